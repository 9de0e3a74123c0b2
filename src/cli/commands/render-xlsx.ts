import { join, resolve } from 'node:path';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { onlyErrors } from '../../core/report.js';
import { displayPath } from '../../engine/discover.js';
import { loadVocabulary } from '../../engine/resources.js';
import { validate } from '../../engine/validate.js';
import { formatters } from '../../formatters/index.js';
import { planWorkbooks, renderWorkbook, type ChannelStyle, type SplitMode } from '../../render/excel/index.js';
import { useColor, type CliIo } from '../io.js';
import { cliText } from '../messages.js';
import { writeFileAtomic } from '../write-output.js';

interface RenderXlsxFlags {
  lang?: Lang;
  out: string;
  config?: string;
  split: SplitMode;
  channels: ChannelStyle;
}

/**
 * `gkml render xlsx`: the standard workbooks. Catalogues with schema errors are not rendered: the errors
 * are printed and nothing is written (exit 1). Each workbook is written to a temporary file and renamed.
 */
export async function runRenderXlsx(io: CliIo, paths: string[], flags: RenderXlsxFlags): Promise<number> {
  // The schema decides what can be rendered; the policy rules are `gkml validate`'s to report.
  const options = { cwd: io.cwd, patterns: paths, rules: false, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}) };
  const result = await validate(options);
  const lang = result.lang;
  const zh = lang === 'zh';
  if (result.report.counts.error > 0) {
    io.stderr.write(formatters.stylish!(onlyErrors(result.report), { color: useColor(io, io.stderr, undefined), lang }));
    io.stderr.write(zh ? '目录文件有错误，没有生成工作簿。请先改正上面的错误。\n' : 'The catalogues have errors; no workbook was written. Fix the errors above first.\n');
    return EXIT.findings;
  }
  if (result.catalogues.length === 0) throw new UsageError(zh ? '没有找到目录文件。' : 'No catalogue files found.');
  const out = resolve(io.cwd, flags.out);
  const excel = { vocab: loadVocabulary(), split: flags.split, channels: flags.channels };
  const written: string[] = [];
  for (const plan of planWorkbooks(result.catalogues, excel)) {
    const path = join(out, plan.fileName);
    const bytes = await renderWorkbook(plan, excel);
    try {
      writeFileAtomic(path, bytes);
    } catch (error) {
      throw new UsageError(cliText.cannotWrite[lang](displayPath(path, io.cwd), (error as Error).message));
    }
    const items = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
    const shown = displayPath(path, io.cwd);
    written.push(zh ? `  ${shown}（${plan.sheets.length} 个工作表，${items} 个事项）` : `  ${shown} (${plan.sheets.length} sheets, ${items} items)`);
  }
  io.stdout.write(zh ? `已写入 ${written.length} 个工作簿：\n${written.join('\n')}\n` : `Wrote ${written.length} workbook(s):\n${written.join('\n')}\n`);
  return EXIT.clean;
}
