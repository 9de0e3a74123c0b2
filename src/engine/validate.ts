import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { createReport, type DisclosureRow, type Report } from '../core/report.js';
import { adoptCatalogue, type Catalogue, type CatalogueDocument } from '../model/catalogue.js';
import { formatBytes } from '../parse/decode.js';
import { DEFAULT_LIMITS, loadCatalogueBytes, type LoadedFile, type LoadLimits, type ParserMode } from '../parse/load.js';
import { disclosureMatrix } from '../rules/_matrix.js';
import type { Profile } from '../rules/types.js';
import { checkLoadedFile, type FileChecks } from './check-file.js';
import { checkRuleSettings, fileChecks, type CheckSettings } from './file-checks.js';
import { readShared } from './read-shared.js';
import { loadSchema, loadVocabulary } from './resources.js';
import { DEFAULT_HELPERS, keptResult, loadCheck, startHelpers, type KeptFile } from './validate-threads.js';
import { resolveWorkspace, type WorkspaceOptions } from './workspace.js';

export interface ValidateOptions<Kept = Catalogue> extends WorkspaceOptions {
  /** 'fast' (js-yaml, default) or 'exact' (`yaml` throughout); findings are the same either way. */
  parser?: ParserMode;
  /**
   * Helper threads for a large run (at most one less than the cores, and 3); default 0, none (see validate-threads.ts).
   * They check files beside the main thread and never consult `cache`: a caller with a cache asks for them
   * only when many files will miss it.
   */
  threads?: number;
  /** Apply the policy rules after the schema (default true); false checks the schema only. */
  rules?: boolean;
  /** `publish` (default) or `draft`; overrides the config's `profile`. */
  profile?: Profile;
  /** Hold every clean file's catalogue in memory (`gkml build` renders them all) instead of parsing again on use. */
  keepCatalogues?: boolean;
  /**
   * What of each catalogue to hold (default all of it): made as each file is checked, so the rest of the file's
   * value is garbage at once. `gkml diff` holds registry/outline.ts's diffOutline, a fraction of each item.
   */
  keepAs?: (catalogue: Catalogue) => Kept;
  /**
   * With the rules off, nothing counted (`disclosures: false`) and no cache: what keepAs would make, made from the
   * parsed document instead, with no Catalogue made at all (keepAs still serves files a helper thread checked).
   */
  keepDocument?: (file: string, document: CatalogueDocument) => Kept;
  /** Work goes to other threads (helpers, the register reader) only from this many bytes of input on; tests lower it. */
  threadsFrom?: number;
  /** With keepCatalogues: also hold the text of each file parsed in this run (the register diff locates findings in it). */
  keepTexts?: boolean;
  /** Results of earlier runs, by the file's exact bytes (`gkml build`'s incremental cache); no helper threads then. */
  cache?: FileCache;
  /** Count each clean catalogue's 五公开 × area rows for the report (default true); `gkml diff` shows none. */
  disclosures?: boolean;
  /** Reads a catalogue file's bytes, used before the next read (default readShared: one buffer for every file). */
  read?: (file: string) => Buffer;
  /** Told after each file this thread checks (files done, files in all), for a progress bar. */
  onFile?: (done: number, total: number) => void;
}

/** What a file's check produced, kept between runs of `gkml build`. */
export interface CachedFile {
  diagnostics: Diagnostic[];
  catalogue?: Catalogue;
}

export interface FileCache {
  get(file: string, bytes: Uint8Array): CachedFile | undefined;
  /** `encoded`: the result as the cache stores it, when a helper thread serialised it already. */
  set(file: string, bytes: Uint8Array, result: CachedFile, encoded?: Uint8Array): void;
}

export interface ValidationResult<Kept = Catalogue> {
  report: Report;
  /** Catalogues that passed the schema (as `keepAs` made them), in file order (parsed again on first use). */
  catalogues: Kept[];
  /** With `keepTexts`: the text of each clean file this run decoded (not those from the cache), by its name. */
  texts?: ReadonlyMap<string, string>;
  /** How many files helper threads checked (and found clean); 0 without helpers. */
  helped: number;
  failLevel: Severity;
  lang: Lang;
}

/**
 * Finds, reads and checks every catalogue of the run: YAML, the schema (one compiled validator), then the
 * policy rules and the file's suppressions. Large runs may share the files with helper threads (`threads`),
 * which only sort out the clean ones (validate-threads.ts); every finding is produced here, on one code path.
 */
export async function validate<Kept = Catalogue>(options: ValidateOptions<Kept>): Promise<ValidationResult<Kept>> {
  const workspace = await resolveWorkspace(options);
  const { files, lang, config } = workspace;
  const settings: CheckSettings = { lang, rules: options.rules ?? true, profile: options.profile ?? config.profile ?? 'publish', settings: config.rules ?? {} };
  checkRuleSettings(settings.settings, config.file ? workspace.display(config.file) : 'gkml.config.yaml', lang);
  const schema = loadSchema('catalogue');
  const own = options.keepCatalogues || options.cache !== undefined;
  // A schema-only run that keeps nothing counts each clean file's summary rows from its value, without a Catalogue.
  const byDocument = options.keepDocument && !settings.rules && options.disclosures === false && !options.cache ? { keepDocument: options.keepDocument } : {};
  const checks: FileChecks = { ...fileChecks(schema, await loadCheck(schema), settings), catalogues: own || settings.rules, ...byDocument };
  const parser = options.parser ?? 'fast';
  const limits: LoadLimits = {
    maxBytes: config.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
    maxAliasNodes: config.maxAliasNodes ?? DEFAULT_LIMITS.maxAliasNodes,
  };
  const sizes = files.map((file) => statSync(file).size);
  const keepAs = options.keepAs ?? ((catalogue: Catalogue) => catalogue as unknown as Kept);
  const run: FileRun<Kept> = { checks, keepAs, intern: own && options.keepAs === undefined, countDisclosures: options.disclosures ?? true, read: options.read ?? readShared, parser, limits, diagnostics: [], sources: {}, clean: new Set(), disclosures: [], ...(own ? { kept: new Map() } : {}), ...(own && options.keepTexts ? { texts: new Map() } : {}), ...(options.cache ? { cache: options.cache } : {}) };
  const checked = new Set<number>();
  const done = (index: number) => {
    checked.add(index);
    options.onFile?.(checked.size, files.length);
  };
  // Files the cache answers for are taken here first; only the others are shared with helper threads. With no
  // helpers asked for, a file the cache misses is checked at once, from the bytes just read and hashed.
  const alone = (options.threads ?? DEFAULT_HELPERS) < 1;
  const open: number[] = [];
  for (const [index, file] of files.entries()) {
    if (options.cache && fromCache(run, file, workspace.display(file), sizes[index]!, index, alone)) done(index);
    else open.push(index);
  }
  const helpers = startHelpers(open.map((i) => files[i]!), open.map((i) => workspace.display(files[i]!)), open.map((i) => sizes[i]!), { parser, limits, settings, ...(options.threadsFrom !== undefined ? { threadsFrom: options.threadsFrom } : {}) }, options.threads, { keep: own, texts: run.texts !== undefined });
  for (let at = helpers.take(); at < open.length; at = helpers.take()) {
    const index = open[at]!;
    checkFile(run, files[index]!, workspace.display(files[index]!), sizes[index]!, index);
    done(index);
  }
  const answer = await helpers.finish();
  for (const at of answer.clean) run.clean.add(open[at]!);
  run.disclosures.push(...answer.disclosures);
  for (const [at, file] of answer.kept) keepHelped(run, workspace.display(files[open[at]!]!), open[at]!, file);
  // Files a helper found not clean, or never answered for, get the full check here.
  open.forEach((index, at) => {
    if (!checked.has(index) && !answer.clean.has(at)) checkFile(run, files[index]!, workspace.display(files[index]!), statSync(files[index]!).size, index);
  });
  const report: Report = { ...createReport(files.map(workspace.display), run.diagnostics, run.sources), disclosures: mergeDisclosures(run.disclosures) };
  const passed = files.flatMap((file, index) => (run.clean.has(index) ? [{ name: workspace.display(file), file }] : []));
  let catalogues: Kept[] | undefined;
  return {
    report,
    failLevel: workspace.failLevel,
    lang,
    ...(run.texts ? { texts: run.texts } : {}),
    helped: answer.clean.size,
    // Parsed again on first use rather than held: keeping every parsed item of a large run costs more in
    // garbage collection than parsing it again, and `gkml validate` itself never asks.
    get catalogues() {
      if (run.kept) return (catalogues ??= [...run.kept.entries()].sort(([a], [b]) => a - b).map(([, c]) => c));
      return (catalogues ??= passed.flatMap(({ name, file }) => {
        const value = loadCatalogueBytes(readShared(file), parser, limits).value as unknown as CatalogueDocument | undefined;
        return value ? [keepAs(adoptCatalogue(name, value, loadVocabulary()))] : [];
      }));
    },
  };
}

interface FileRun<Kept = Catalogue> {
  checks: FileChecks;
  read: (file: string) => Buffer;
  keepAs: (catalogue: Catalogue) => Kept;
  /**
   * Share (intern) the parsed values: only for a caller that holds whole catalogues; an outline drops most of
   * them at once, and a check that keeps nothing pays for the lookups without gaining.
   */
  intern: boolean;
  countDisclosures: boolean;
  parser: ParserMode;
  limits: LoadLimits;
  diagnostics: Diagnostic[];
  sources: Record<string, string>;
  /** Indexes of the files that passed the schema (whatever the rules said). */
  clean: Set<number>;
  disclosures: DisclosureRow[];
  /** The clean files' catalogues (as keepAs made them) by file index, when the caller keeps them. */
  kept?: Map<number, Kept>;
  /** Their texts by name, when the caller keeps them too. */
  texts?: Map<string, string>;
  cache?: FileCache;
}

/** Takes a file's result from the cache, if it has one, or with `checkOnMiss` checks it; true when it did either. */
function fromCache<Kept>(run: FileRun<Kept>, file: string, name: string, size: number, index: number, checkOnMiss: boolean): boolean {
  if (size > run.limits.maxBytes) return false;
  const bytes = run.read(file);
  const cached = run.cache?.get(name, bytes);
  if (cached) record(run, name, index, cached, () => bytes.toString('utf8'));
  else if (checkOnMiss) checkBytes(run, name, bytes, index);
  return cached !== undefined || checkOnMiss;
}

/** Reads and checks one file, adding its findings (with positions) and its share of the summary. */
function checkFile<Kept>(run: FileRun<Kept>, file: string, name: string, size: number, index: number): void {
  if (size > run.limits.maxBytes) return record(run, name, index, checkLoadedFile(name, tooLarge(size, run.limits), run.checks));
  checkBytes(run, name, run.read(file), index);
}

function checkBytes<Kept>(run: FileRun<Kept>, name: string, bytes: Uint8Array, index: number): void {
  const loaded = loadCatalogueBytes(bytes, run.parser, run.limits, { keep: run.intern });
  const result = checkLoadedFile(name, loaded, run.checks);
  run.cache?.set(name, bytes, result);
  if (run.texts && (result.catalogue || result.kept !== undefined) && loaded.text !== undefined) run.texts.set(name, loaded.text);
  record(run, name, index, result, () => loaded.text);
}

/** A clean file a helper thread checked: its catalogue (and text) kept, its result cached as the helper encoded it. */
function keepHelped<Kept>(run: FileRun<Kept>, name: string, index: number, file: KeptFile): void {
  const result = keptResult(file);
  run.cache?.set(name, file.bytes, result, file.entry);
  run.kept?.set(index, run.keepAs(result.catalogue));
  if (run.texts && file.text !== undefined) run.texts.set(name, file.text);
}

function record<Kept>(run: FileRun<Kept>, name: string, index: number, result: CachedFile & { disclosures?: DisclosureRow[]; kept?: unknown }, text?: () => string | undefined): void {
  if (result.disclosures) {
    run.clean.add(index);
    run.disclosures.push(...result.disclosures);
  } else if (result.kept !== undefined) {
    run.clean.add(index);
    run.kept?.set(index, result.kept as Kept);
  } else if (result.catalogue) {
    run.clean.add(index);
    run.kept?.set(index, run.keepAs(result.catalogue));
    if (run.countDisclosures) run.disclosures.push(...disclosureMatrix([result.catalogue]));
  }
  if (result.diagnostics.length === 0) return;
  run.diagnostics.push(...result.diagnostics);
  const source = text?.();
  if (source !== undefined) run.sources[name] = source;
}

function tooLarge(size: number, limits: LoadLimits): LoadedFile {
  const data = { size: formatBytes(size), limit: formatBytes(limits.maxBytes) };
  return { findings: [{ ruleId: 'input', severity: 'error', messageId: 'tooLarge', data }], source: () => undefined };
}

/** Adds up the rows of one publisher and area found in several files; sorted like disclosureMatrix. */
export function mergeDisclosures(rows: readonly DisclosureRow[]): DisclosureRow[] {
  const merged = new Map<string, DisclosureRow>();
  for (const row of rows) {
    const key = `${row.publisher}\u0000${row.area}`;
    const into = merged.get(key);
    if (!into) merged.set(key, { publisher: row.publisher, area: row.area, counts: { ...row.counts } });
    else for (const [category, n] of Object.entries(row.counts)) into.counts[category] = (into.counts[category] ?? 0) + n;
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}
