import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { createReport } from '../../core/report.js';
import { importFile, schemaPathFrom, type ImportFileResult } from '../../engine/import.js';
import { displayPath } from '../../engine/discover.js';
import { formatters } from '../../formatters/index.js';
import { catalogueYaml } from '../../importer/index.js';
import { useColor, type CliIo } from '../io.js';
import { cliText } from '../messages.js';

interface ImportFlags {
  lang?: Lang;
  out: string;
  publisher?: string;
  level?: string;
  type?: string;
  format: 'stylish' | 'json';
  force?: boolean;
  color?: boolean;
}

/**
 * `gkml import`: reads every file first, and writes only when all of them imported and every catalogue
 * passes the schema; the YAML files and reports appear together or not at all (writeAll). Exit 0 when written (the
 * guesses are for a clerk to check, not failures), 1 when an imported catalogue fails the schema.
 */
export async function runImport(io: CliIo, files: string[], flags: ImportFlags): Promise<number> {
  const lang = flags.lang ?? 'zh';
  const zh = lang === 'zh';
  const out = resolve(io.cwd, flags.out);
  const results: ImportFileResult[] = files.map((file) =>
    importFile(file, {
      cwd: io.cwd,
      lang,
      ...(flags.publisher ? { publisher: flags.publisher } : {}),
      ...(flags.level ? { level: flags.level } : {}),
      ...(flags.type ? { catalogueType: flags.type } : {}),
    }),
  );
  const diagnostics: Diagnostic[] = results.flatMap((r) => r.diagnostics);
  const report = createReport(results.map((r) => r.file), diagnostics);
  io.stdout.write(formatters[flags.format]!(report, { color: useColor(io, io.stdout, flags.color), lang }));
  if (results.some((r) => !r.valid)) {
    io.stderr.write(zh ? '导入结果没有通过目录格式检查，没有写入任何文件。这是 gkml 的问题，请把上面的信息报告给维护者。\n' : 'The imported catalogues do not pass the schema; nothing was written. This is a gkml bug: please report the findings above.\n');
    return EXIT.findings;
  }
  const writes = plannedWrites(results, out, lang, report);
  const existing = writes.filter((w) => existsSync(w.path)).map((w) => displayPath(w.path, io.cwd));
  if (existing.length > 0 && !flags.force) {
    throw new UsageError(zh ? `输出目录中已有这些文件：${existing.join('、')}。如要覆盖，请加 --force。` : `These files already exist: ${existing.join(', ')}. Add --force to overwrite them.`);
  }
  writeAll(writes, (path, error) => new UsageError(cliText.cannotWrite[lang](displayPath(path, io.cwd), error.message)));
  const items = results.reduce((n, r) => n + r.catalogues.reduce((m, c) => m + c.document.items.length, 0), 0);
  const catalogues = results.reduce((n, r) => n + r.catalogues.length, 0);
  const written = writes.map((w) => displayPath(w.path, io.cwd));
  io.stdout.write(
    zh
      ? `已导入 ${catalogues} 个目录、${items} 个事项，写入：\n${written.map((w) => `  ${w}`).join('\n')}\n推测共 ${diagnostics.length} 处，已列在导入报告中，请逐条核对后运行 gkml validate。\n`
      : `Imported ${catalogues} catalogue(s), ${items} item(s); wrote:\n${written.map((w) => `  ${w}`).join('\n')}\n${diagnostics.length} guess(es) are listed in the import report; check each, then run gkml validate.\n`,
  );
  return EXIT.clean;
}

interface PlannedWrite {
  path: string;
  /** The text, made when it is written: one catalogue's YAML at a time is in memory, never all of them. */
  text: () => string;
}

/** The YAML files and, per input file, its import report (plain text, without colour). */
function plannedWrites(results: ImportFileResult[], out: string, lang: Lang, report: ReturnType<typeof createReport>): PlannedWrite[] {
  const schemaRef = schemaPathFrom(out);
  const writes: PlannedWrite[] = [];
  const taken = new Set<string>();
  for (const result of results) {
    for (const catalogue of result.catalogues) {
      let name = catalogue.name;
      for (let n = 2; taken.has(name); n++) name = catalogue.name.replace(/\.yaml$/, `-${n}.yaml`);
      taken.add(name);
      writes.push({ path: join(out, name), text: () => catalogueYaml(catalogue.document, { schemaRef, source: basename(result.file) }) });
    }
    const own = createReport([result.file], report.diagnostics.filter((d) => d.location.file === result.file));
    writes.push({ path: join(out, `${basename(result.file).replace(/\.[^.]+$/, '')}.import-report.txt`), text: () => formatters.stylish!(own, { color: false, lang }) });
  }
  return writes;
}

/**
 * Writes every file or none: each text goes to a temporary file beside its target, and only when all of
 * them are on disk are they renamed into place (the same temporary-then-rename as write-output.ts, for a
 * set of files). A failure removes the temporary files and leaves the folder as it was.
 */
function writeAll(writes: PlannedWrite[], fail: (path: string, error: Error) => Error): void {
  const done: { temporary: string; path: string }[] = [];
  try {
    for (const write of writes) {
      mkdirSync(dirname(write.path), { recursive: true });
      const temporary = join(dirname(write.path), `.${basename(write.path)}.${process.pid}.tmp`);
      done.push({ temporary, path: write.path });
      try {
        writeFileSync(temporary, write.text());
      } catch (error) {
        throw fail(write.path, error as Error);
      }
    }
    for (const { temporary, path } of done) renameSync(temporary, path);
  } catch (error) {
    for (const { temporary } of done) rmSync(temporary, { force: true });
    throw error;
  }
}
