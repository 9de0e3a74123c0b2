import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, JsonPath, Position, Severity } from '../core/diagnostic.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { toDiagnostic } from '../core/finding.js';
import type { Lang } from '../core/messages.js';
import { createReport, type Report } from '../core/report.js';
import { SourceDocument } from '../core/source.js';
import { diffDiagnostics, type PositionOf } from '../registry/diagnostics.js';
import { diffRegister, type DiffFinding, type RegisterDiff } from '../registry/diff.js';
import { indexCatalogues } from '../registry/match.js';
import { DIFF_RULES } from '../registry/rule-ids.js';
import { resolveExpectations } from '../registry/expectations.js';
import { scanItems } from '../registry/item-positions.js';
import { registerTables } from '../registry/read-register.js';
import { diffOutline, diffOutlineOf, type DiffCatalogue } from '../registry/outline.js';
import { applySuppressions, parseSuppressions, suppressionMessages, type Suppression } from '../rules/suppression.js';
import type { Config } from './config.js';
import { loadRegisterVocabulary } from './register.js';
import { startRegisterRead, type RegisterReading } from './register-thread.js';
import { validate, type ValidateOptions, type ValidationResult } from './validate.js';
import { KEEPING_HELPERS } from './validate-threads.js';
import { resolveWorkspace } from './workspace.js';

export interface DiffOptions extends ValidateOptions {
  /** Register files, folders or globs (relative to cwd); the config's `register.files` when absent. */
  registers?: string[];
  /** Catalogues already validated (schema at least) by the caller, e.g. `gkml build`; otherwise validated here. */
  validation?: Pick<ValidationResult<DiffCatalogue>, 'catalogues' | 'report' | 'texts'>;
  /** The registers already being read (`gkml build` starts that early, on another thread); otherwise read here. */
  reading?: RegisterReading;
}

export interface DiffRun {
  diff: RegisterDiff;
  /** The catalogues' validation findings, the registers' reading findings and the diff's, suppressions applied. */
  report: Report;
  config: Config;
  failLevel: Severity;
  lang: Lang;
}

/**
 * `gkml diff`: validates the catalogues, reads the registers, diffs them and turns every finding into a
 * positioned Diagnostic; `# gkml-disable-next-line register-…` comments in the catalogues are honoured.
 */
export async function runRegisterDiff(options: DiffOptions): Promise<DiffRun> {
  const { config, lang, failLevel } = await resolveWorkspace(options);
  // With catalogues to check here, a large register is read beside them on a second thread: neither needs the other.
  const patterns = registerPatterns(options, config, lang);
  const asideFrom = options.validation ? Number.POSITIVE_INFINITY : options.threadsFrom;
  const reading = options.reading ?? startRegisterRead(patterns, { cwd: options.cwd, base: registerBase(options, config), lang, ...(asideFrom !== undefined ? { asideFrom } : {}) });
  // The schema only: the diff's report shows what kept a catalogue out, not every lint finding. What the diff
  // reads of each catalogue (and the texts, for positions) is held as it is parsed: parsing again cost seconds.
  const validation = options.validation ?? (await validate({ threads: KEEPING_HELPERS, ...options, rules: false, keepCatalogues: true, keepAs: diffOutline, keepDocument: diffOutlineOf, keepTexts: true, disclosures: false }));
  const vocab = loadRegisterVocabulary();
  const tables = registerTables(vocab);
  // Made while a large register is still being read on the other thread (it answers a little after the checks end).
  const index = indexCatalogues(validation.catalogues, vocab.names);
  const read = await reading.answer();
  const { expectations, unknown } = resolveExpectations(vocab.expectations, config.register?.expectations, tables.types);
  if (unknown.length > 0) {
    throw new ConfigError(
      lang === 'zh'
        ? `register.expectations 中的“${unknown.join('、')}”不是已知的权力类型。可用：${tables.types.names().join('、')}。`
        : `register.expectations names unknown power type(s): ${unknown.join(', ')}. Known: ${tables.types.names().join(', ')}.`,
    );
  }
  const catalogues = validation.catalogues;
  const diff = diffRegister({ registers: read.files, catalogues, vocab, expectations, severities: diffSeverities(config), lang, index });
  const pass = cataloguePass(options.cwd, catalogues, diff.findings, validation.texts);
  const found = diffDiagnostics(diff.findings, pass.positionOf, lang);
  const { kept, problems } = suppress(found, pass.suppressions, lang);
  const sources = { ...pass.sources, ...validation.report.sources, ...read.sources };
  const report = createReport([...validation.report.files, ...read.files.map((f) => f.file)], [...validation.report.diagnostics, ...read.diagnostics, ...kept, ...problems], sources);
  return { diff, report, config, failLevel, lang };
}

/** --register's files, else the config's `register.files`; with neither given, a usage error. */
export function registerPatterns(options: Pick<DiffOptions, 'registers'>, config: Config, lang: Lang): string[] {
  const patterns = options.registers && options.registers.length > 0 ? options.registers : config.register?.files;
  if (patterns) return patterns;
  throw new UsageError(
    lang === 'zh'
      ? '没有指定权责清单。请用 --register 写出清单文件，或在 gkml.config.yaml 中设置 register.files。'
      : 'No register given. Name the register files with --register, or set register.files in gkml.config.yaml.',
  );
}

/** --register's paths are relative to cwd, the config's to the config's folder. */
export function registerBase(options: Pick<DiffOptions, 'registers' | 'cwd'>, config: Config): string {
  return options.registers && options.registers.length > 0 ? options.cwd : config.root;
}

/** The config's `rules:` settings for the diff's rules (a level, or { severity }). */
function diffSeverities(config: Config): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const id of Object.keys(DIFF_RULES)) {
    const setting = config.rules?.[id];
    const level = typeof setting === 'string' ? setting : setting?.severity;
    if (level) out[id] = level;
  }
  return out;
}

/** Texts kept for code frames, at most this much in all: a run with findings in thousands of files shows them without. */
const SOURCE_BUDGET = 16 * 1024 * 1024;

/**
 * One pass over the catalogues with findings or suppressions: each file is read once, the places the diff
 * needs are located, its `gkml-disable` comments parsed, and the text kept for code frames while the budget
 * lasts. Positions come from a line scan where the file is in block style (registry/item-positions.ts),
 * otherwise from the `yaml` parser, as every other stage's do.
 */
function cataloguePass(cwd: string, catalogues: readonly DiffCatalogue[], findings: readonly DiffFinding[], texts: ReadonlyMap<string, string> | undefined) {
  const wanted = new Map<string, JsonPath[]>();
  for (const f of findings) {
    for (const place of [f.at, ...f.related]) {
      if (place.kind !== 'item') continue;
      const list = wanted.get(place.file);
      if (list) list.push(place.path);
      else wanted.set(place.file, [place.path]);
    }
  }
  const positions = new Map<string, Map<string, { start: Position; end: Position }>>();
  const suppressions = new Map<string, Suppression[]>();
  const sources: Record<string, string> = {};
  let budget = SOURCE_BUDGET;
  for (const catalogue of catalogues) {
    const paths = wanted.get(catalogue.file) ?? [];
    const kept = texts?.get(catalogue.file);
    const bytes = kept === undefined ? readFileSync(resolve(cwd, catalogue.file)) : undefined;
    // Most files of a large run need neither positions nor directives: their bytes are never decoded.
    const marked = bytes ? bytes.includes('gkml-disable') : kept!.includes('gkml-disable');
    if (paths.length === 0 && !marked) continue;
    const text = kept ?? bytes!.toString('utf8');
    const directives = marked ? parseSuppressions(text) : [];
    if (directives.length > 0) suppressions.set(catalogue.file, directives);
    if (paths.length === 0 && directives.length === 0) continue;
    if (paths.length > 0) positions.set(catalogue.file, locateAll(text, paths, catalogue.items.length));
    if (text.length <= budget) {
      sources[catalogue.file] = text;
      budget -= text.length;
    }
  }
  const positionOf: PositionOf = (file, path) => positions.get(file)?.get(pathKey(path));
  return { positionOf, suppressions, sources };
}

function locateAll(text: string, paths: readonly JsonPath[], itemCount: number): Map<string, { start: Position; end: Position }> {
  const scan = scanItems(text);
  const fast = scan && scan.count === itemCount ? scan : undefined;
  let document: SourceDocument | undefined;
  const out = new Map<string, { start: Position; end: Position }>();
  for (const path of paths) {
    const key = pathKey(path);
    if (out.has(key)) continue;
    const range = fast?.locate(path) ?? (document ??= new SourceDocument(text)).locate(path);
    out.set(key, { start: range.start, end: range.end });
  }
  return out;
}

function pathKey(path: JsonPath): string {
  return path.join('\u0000');
}

/**
 * Applies `# gkml-disable-next-line <diff-rule> -- reason` in the catalogues to the diff's findings. Only
 * directives naming a diff rule are considered: the others are `gkml validate`'s business.
 */
function suppress(diagnostics: Diagnostic[], byFile: ReadonlyMap<string, Suppression[]>, lang: Lang): { kept: Diagnostic[]; problems: Diagnostic[] } {
  const known = new Set(Object.keys(DIFF_RULES));
  const own = new Map<string, Diagnostic[]>([...byFile.keys()].map((file) => [file, []]));
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const list = d.location.kind === 'yaml' ? own.get(d.location.file) : undefined;
    if (list) list.push(d);
    else kept.push(d);
  }
  const problems: Diagnostic[] = [];
  for (const [file, all] of byFile) {
    const suppressions = all.filter((s) => s.ruleIds.some((id) => known.has(id))).map((s) => ({ ...s, ruleIds: s.ruleIds.filter((id) => known.has(id)) }));
    const result = applySuppressions(own.get(file)!, suppressions, known);
    kept.push(...result.kept);
    problems.push(...result.findings.map((f) => toDiagnostic(f, file, undefined, suppressionMessages, lang)));
  }
  return { kept, problems };
}
