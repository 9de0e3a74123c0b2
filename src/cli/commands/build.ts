import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures, type Report } from '../../core/report.js';
import { checkCatalogues, diffBuild, MANIFEST, scanBuild, type BuildCheck, type BuildManifest, type BuildScan, type BuildSettings, type CatalogueCheck } from '../../engine/build.js';
import { readLastBuild } from '../../engine/build-cache.js';
import { displayPath } from '../../engine/discover.js';
import { startRegisterReadOf } from '../../engine/register-thread.js';
import { loadVocabulary, resourcePath } from '../../engine/resources.js';
import { formatPercent } from '../../registry/coverage.js';
import { TemplateError } from '../../render/html/render.js';
import { CacheWriter, saveCache } from '../build/cache.js';
import { formatFindings, splitFindings, type BuildFindings } from '../build/findings.js';
import { buildDate } from '../build/date.js';
import { decide, keepPrevious, reportFiles, siteFiles, workbookFiles, REPORTS_DIR, SITE_DIR, XLSX_DIR, type OutputInputs, type PlannedFile } from '../build/outputs.js';
import { Progress, showProgress } from '../build/progress.js';
import { formatSummary, type BuildSummary, type OutputGroup } from '../build/summary.js';
import { buildText } from '../build/messages.js';
import { useColor, type CliIo } from '../io.js';
import { packageVersion } from '../version.js';
import { TreeWriter, type TreeFile } from '../write-tree.js';
import { readTemplateSet } from './render-html.js';

/** What the last build keeps for a run that finds nothing changed. */
interface LastData {
  summary: BuildSummary;
  findings: BuildFindings;
}

/** Catalogue files whose findings are shown with code frames. */
function sourceFiles(report: Report): string[] {
  return [...new Set(report.diagnostics.filter((d) => d.location.kind === 'yaml').map((d) => d.location.file))].sort();
}

export interface BuildFlags {
  config?: string;
  out?: string;
  cacheDir?: string;
  outputs?: ('site' | 'xlsx')[];
  reports?: string[];
  split?: 'publisher' | 'area';
  channels?: 'checklist' | 'selected';
  only?: string[];
  lang?: Lang;
  failLevel?: Severity;
  profile?: 'publish' | 'draft';
  cache?: boolean;
  force?: boolean;
  quiet?: boolean;
  color?: boolean;
}

/** `gkml build [workspace]`: every stage, one atomic output folder, a summary; 0 clean, 1 findings, 2 usage. */
export async function runBuild(io: CliIo, workspace: string | undefined, flags: BuildFlags): Promise<number> {
  const started = performance.now();
  const settings = buildSettings(io, workspace, flags);
  const progress = new Progress(io.stderr, !flags.quiet && showProgress(io.stderr, io.env));
  progress.stage(buildText[flags.lang ?? 'zh'].stages.scan);
  const scan = await scanBuild(settings);
  const { lang } = scan.workspace;
  const say = buildText[lang];
  const shownOut = displayPath(scan.out, io.cwd);
  const finish = (summary: BuildSummary, findings: BuildFindings, unchangedRun: boolean): number => {
    progress.stage(say.stages.print);
    io.stdout.write(formatFindings(findings, { color: useColor(io, io.stdout, flags.color), lang, reportPath: `${shownOut}/${REPORTS_DIR}/register-diff.md` }));
    progress.end();
    if (io.env.GKML_TIMING) io.stderr.write(progress.timings.map(([label, wall, cpu]) => `timing  ${label.padEnd(12)} ${wall.toFixed(2)} s wall  ${cpu.toFixed(2)} s CPU\n`).join(''));
    io.stdout.write(formatSummary({ ...summary, out: shownOut }, lang, (performance.now() - started) / 1000, unchangedRun));
    return summary.exitCode;
  };
  const last = !flags.force && flags.cache !== false && unchanged(scan) ? readLastBuild(scan.cacheDir, scan.inputs, io.cwd) : undefined;
  if (last) {
    const { summary, findings } = last.data as LastData;
    return finish(summary, { ...findings, shown: { ...findings.shown, sources: last.sources } }, true);
  }
  const writer = settings.useCache === false ? undefined : new CacheWriter(scan.cacheDir);
  const stageSettings: BuildSettings = { ...settings, ...(writer ? { cacheStore: writer.store } : {}), onStage: (stage) => progress.stage(say.stages[stage]), onFile: (done, total) => progress.count(done, total) };
  const run: PublishRun = { scan, settings: stageSettings, flags, progress, shownOut };
  const { check, summary, groups } = await checkAndPublish(run).catch((error: unknown) => {
    progress.end();
    void writer?.finish(); // what the checks made is still worth keeping
    // A template of the user's own that fails is theirs to fix; one of gkml's is gkml's bug (exit 2 either way).
    if (error instanceof TemplateError && scan.templateDir) throw new UsageError(say.templateFailed(error.template, error.reason, shownOut));
    throw error;
  });
  progress.stage(say.stages.cache);
  measure(groups, scan.out);
  const findings = splitFindings(check.report);
  if (check.cache) {
    try {
      await saveCache(check.cache, { inputs: scan.inputs, files: sourceFiles(findings.shown), data: { summary, findings: { ...findings, shown: { ...findings.shown, sources: {} } } } satisfies LastData }, writer);
    } catch (error) {
      io.stderr.write(`${say.cacheNotSaved((error as Error).message)}\n`);
    }
  }
  return finish(summary, findings, false);
}

async function checkAndPublish(run: PublishRun): Promise<Published> {
  const checked = await checkCatalogues(run.scan, run.settings);
  const ahead = checked.register && run.scan.registerFiles.length > 0 && !hasFailures(checked.report, run.scan.workspace.failLevel);
  return ahead ? publishAhead(run, checked) : publishChecked(run, checked);
}

/** What the publishing steps share. */
interface PublishRun {
  scan: BuildScan;
  settings: BuildSettings;
  flags: BuildFlags;
  progress: Progress;
  shownOut: string;
}

interface Published {
  check: BuildCheck;
  summary: BuildSummary;
  groups: OutputGroup[];
}

/** The register diffed (if there is one), then every output made and swapped in, or held. */
async function publishChecked(run: PublishRun, checked: CatalogueCheck): Promise<Published> {
  const check = checked.register ? await diffBuild(checked, run.settings) : checked;
  run.progress.stage(buildText[run.scan.workspace.lang].stages.plan);
  const inputs = outputInputs(run.scan, check, run.settings, run.flags, run.scan.workspace.lang);
  return { check, ...(await publish(run, check, inputs, isHeld(run.scan, check, inputs))) };
}

/**
 * Catalogues fit to publish and a register to diff: the register is read on a second thread while the site and
 * workbooks (which do not depend on it) are written into the new folder, and diffed after. Should the diff's
 * findings hold publication after all, that folder is dropped and the build goes on as one that holds.
 */
async function publishAhead(run: PublishRun, checked: CatalogueCheck): Promise<Published> {
  const { scan, settings, flags, progress } = run;
  const lang = scan.workspace.lang;
  const reading = startRegisterReadOf(scan.registerFiles, { cwd: settings.cwd, base: scan.workspace.config.root, lang });
  progress.stage(buildText[lang].stages.plan);
  const published = planPublished(scan, outputInputs(scan, checked, settings, flags, lang));
  const writer = new TreeWriter(scan.out, { marker: MANIFEST, lang });
  await writeInto(writer, published, progress, lang);
  let check: BuildCheck;
  try {
    check = await diffBuild(checked, settings, reading);
  } catch (error) {
    writer.discard();
    throw error;
  }
  const inputs = outputInputs(scan, check, settings, flags, lang);
  if (isHeld(scan, check, inputs)) {
    writer.discard();
    return { check, ...(await publish(run, check, inputs, true)) };
  }
  const reports = reportFiles(inputs).map((file) => ({ file, reuse: false }));
  await writeInto(writer, reports, progress, lang);
  const planned = [...published, ...reports];
  writer.commit(manifestText(scan, planned));
  const groups = outputGroups(planned);
  return { check, summary: summaryOf(run, check, false, groups), groups };
}

/** Plans every output file (reusing what has not changed), makes the rest and swaps the new folder in. */
async function publish(run: PublishRun, check: BuildCheck, inputs: OutputInputs, held: boolean): Promise<{ summary: BuildSummary; groups: OutputGroup[] }> {
  const { scan, progress } = run;
  const published = held ? keepPrevious(scan.previous, (path) => existsSync(join(scan.out, path))).map((file) => ({ file, reuse: true })) : planPublished(scan, inputs);
  const planned = [...published, ...reportFiles(inputs).map((file) => ({ file, reuse: false }))];
  const writer = new TreeWriter(scan.out, { marker: MANIFEST, lang: inputs.lang });
  await writeInto(writer, planned, progress, inputs.lang);
  writer.commit(manifestText(scan, planned));
  const groups = outputGroups(planned);
  return { summary: summaryOf(run, check, held, groups), groups };
}

/** The site and workbooks, each reused from the previous build when its fingerprint has not changed. */
function planPublished(scan: BuildScan, inputs: OutputInputs): Planned[] {
  const exists = (path: string) => existsSync(join(scan.out, path));
  return decide([...(inputs.outputs.includes('site') ? siteFiles(inputs) : []), ...(inputs.outputs.includes('xlsx') ? workbookFiles(inputs) : [])], scan.previous, exists);
}

/** Findings at or above the fail level, or coverage under register.failUnder: nothing new is published. */
function isHeld(scan: BuildScan, check: BuildCheck, inputs: OutputInputs): boolean {
  return hasFailures(check.report, scan.workspace.failLevel) || belowFailUnder(check, inputs.failUnder);
}

function manifestText(scan: BuildScan, planned: readonly Planned[]): string {
  const manifest: BuildManifest = { format: 1, inputs: scan.inputs, files: Object.fromEntries(planned.map(({ file }) => [file.path, file.fingerprint])) };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

function summaryOf(run: PublishRun, check: BuildCheck, held: boolean, groups: OutputGroup[]): BuildSummary {
  return {
    out: run.shownOut,
    publishers: new Set(check.catalogues.map((c) => c.publisher.name)).size,
    items: check.catalogues.reduce((n, c) => n + c.items.length, 0),
    files: run.scan.workspace.files.length,
    checked: check.checked,
    counts: check.report.counts,
    ...(check.diff ? { coverage: coverageOf(check) } : {}),
    held,
    groups,
    exitCode: held ? EXIT.findings : EXIT.clean,
  };
}

export function buildSettings(io: CliIo, workspace: string | undefined, flags: BuildFlags): BuildSettings {
  return {
    cwd: io.cwd,
    patterns: workspace ? [workspace] : [],
    version: `${packageVersion()} node ${process.versions.node}`,
    // What changes the output besides the files and the config: the date on the pages, and flags over the config.
    variant: { generatedAt: buildDate(io.env), outputs: flags.outputs ?? null, reports: flags.reports ?? null, split: flags.split ?? null, channels: flags.channels ?? null },
    ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.out ? { out: flags.out } : {}),
    ...(flags.only ? { only: flags.only } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.failLevel ? { failLevel: flags.failLevel } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.cache === false ? { useCache: false } : {}),
  };
}

/** Same inputs as the build that wrote the output folder, and every file it wrote still there. */
function unchanged(scan: BuildScan): boolean {
  const previous = scan.previous;
  return previous !== undefined && previous.inputs === scan.inputs && Object.keys(previous.files).every((path) => existsSync(join(scan.out, path)));
}

function outputInputs(scan: BuildScan, check: BuildCheck, settings: BuildSettings, flags: BuildFlags, lang: Lang): OutputInputs {
  const { config } = scan.workspace;
  // A flag wins over the config.
  const build = { ...config.build, ...definedOnly({ outputs: flags.outputs, reports: flags.reports, split: flags.split, channels: flags.channels }) };
  const failUnder = config.register?.failUnder;
  return {
    catalogues: check.catalogues,
    report: check.report,
    ...(check.diff ? { diff: check.diff } : {}),
    ...(failUnder !== undefined ? { failUnder } : {}),
    lang,
    failLevel: scan.workspace.failLevel,
    vocab: loadVocabulary(),
    templates: readTemplateSet(resourcePath('templates/html'), scan.templateDir, lang),
    generatedAt: (settings.variant as { generatedAt: string }).generatedAt,
    ...(config.site?.title ? { title: config.site.title } : {}),
    channels: build.channels ?? 'checklist',
    split: build.split ?? 'publisher',
    outputs: build.outputs ?? ['site', 'xlsx'],
    reports: build.reports ?? ['json'],
    fileHashes: scan.fileHashes,
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function belowFailUnder(check: BuildCheck, failUnder: number | undefined): boolean {
  return check.diff !== undefined && failUnder !== undefined && check.diff.diff.coverage.total.coverage < failUnder;
}

function coverageOf(check: BuildCheck): BuildSummary['coverage'] {
  const total = check.diff!.diff.coverage.total;
  return { powers: total.powers, covered: total.covered, percent: formatPercent(total.coverage) };
}

type Planned = { file: PlannedFile; reuse: boolean };

/**
 * Writes planned files into the new folder: workbooks first (they are made asynchronously), then the rest,
 * pages rendered as they are written. A renderer that fails removes the folder.
 */
async function writeInto(writer: TreeWriter, planned: readonly Planned[], progress: Progress, lang: Lang): Promise<void> {
  const isWorkbook = ({ file, reuse }: Planned) => !reuse && file.path.endsWith('.xlsx');
  // The workbooks are made while the pages are written: their parts deflate on the thread pool, and between two
  // pages the main thread writes more of their rows, so neither waits for the other (the workbooks alone, after the
  // pages, left the main thread idle about 0.6 s waiting for zlib). They are added to the folder after the pages.
  const workbooks = planned.filter(isWorkbook);
  const made = makeWorkbooks(workbooks);
  made.catch(() => undefined); // awaited below; a page that fails first leaves it unawaited
  const pages = planned.filter((p) => !isWorkbook(p));
  progress.stage(buildText[lang].stages.write, pages.length);
  for (const { file, reuse } of pages) {
    writer.add({
      path: file.path,
      // Made inside add(), whose failure removes the unfinished folder.
      get content() {
        return reuse ? { reuse: file.path } : (file.render() as TreeFile['content']);
      },
    });
    progress.tick();
    if (workbooks.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  progress.stage(buildText[lang].stages.workbooks, workbooks.length);
  let bytes: Uint8Array[];
  try {
    bytes = await made;
  } catch (error) {
    writer.abort(error);
  }
  workbooks.forEach(({ file }, i) => {
    writer.add({ path: file.path, content: bytes[i]! });
    progress.tick();
  });
}

/** Each workbook's bytes, made one after another. */
async function makeWorkbooks(workbooks: readonly Planned[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const { file } of workbooks) out.push((await file.render()) as Uint8Array);
  return out;
}

function outputGroups(planned: readonly Planned[]): OutputGroup[] {
  const groups: OutputGroup[] = [];
  for (const [kind, dir] of [['site', SITE_DIR], ['xlsx', XLSX_DIR], ['reports', REPORTS_DIR]] as const) {
    const mine = planned.filter(({ file }) => file.path.startsWith(`${dir}/`));
    if (mine.length === 0) continue;
    const reused = mine.filter(({ reuse }) => reuse).length;
    groups.push({ kind, dir, files: mine.length, bytes: 0, made: mine.length - reused, reused });
  }
  return groups;
}

/** Sizes of what is now in the output folder, for the summary. */
function measure(groups: OutputGroup[], out: string): void {
  for (const group of groups) group.bytes = folderSize(join(out, group.dir));
}

function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const stat = statSync(current);
    if (stat.isDirectory()) for (const entry of readdirSync(current)) stack.push(join(current, entry));
    else total += stat.size;
  }
  return total;
}

