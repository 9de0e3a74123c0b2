import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, JsonPath, Position, Severity } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import { renderMessage, sayer, type Lang } from '../core/messages.js';
import { createReport, type Report } from '../core/report.js';
import { SourceDocument } from '../core/source.js';
import { diffOutline, diffOutlineOf, type DiffCatalogue } from '../registry/outline.js';
import { adjustRegister, type Adjustment } from '../registry/adjust.js';
import type { LevelTable } from '../registry/adjust-fields.js';
import { adjustDiagnostics } from '../registry/adjust-findings.js';
import { adjustInputText } from '../registry/adjust-messages.js';
import type { PositionOf } from '../registry/diagnostics.js';
import { scanItems } from '../registry/item-positions.js';
import { registerTables } from '../registry/read-register.js';
import { ADJUST_RULES } from '../registry/rule-ids.js';
import { findConfig, type Config } from './config.js';
import { loadRegisterVocabulary, readRegisters, type RegisterRead } from './register.js';
import { loadVocabulary } from './resources.js';
import { startRegisterRead } from './register-thread.js';
import { validate } from './validate.js';
import { resolveWorkspace, type WorkspaceOptions } from './workspace.js';

export interface AdjustOptions extends WorkspaceOptions {
  /** The older and the newer version of the list: files, folders or globs, relative to cwd. */
  before: string;
  after: string;
}

export interface AdjustRun {
  adjustment: Adjustment;
  /** The registers' reading findings, the catalogues' schema findings and one finding per change. */
  report: Report;
  catalogues: string[];
  failLevel: Severity;
  lang: Lang;
}

/**
 * `gkml diff-register`: reads both versions with the `gkml diff` readers, pairs their powers and finds the
 * catalogue items each change touches (the catalogues given, else the workspace's, else none). Input that
 * cannot be compared — the same file twice, a version without powers, two lists with nothing in common — is
 * a UsageError with one message.
 */
export async function runRegisterAdjust(options: AdjustOptions): Promise<AdjustRun> {
  const lang0 = options.lang ?? 'zh';
  const say = sayer(adjustInputText, lang0);
  if (samePath(resolve(options.cwd, options.before), resolve(options.cwd, options.after))) throw new UsageError(say('sameFile', { file: options.after }));
  const patterns = options.patterns ?? [];
  const useWorkspace = patterns.length > 0 || options.configFile !== undefined || findConfig(options.cwd) !== undefined;
  const workspace = useWorkspace ? await resolveWorkspace(options) : undefined;
  const lang = workspace?.lang ?? lang0;
  const tables = registerTables(loadRegisterVocabulary());
  const withPowers = (read: RegisterRead, pattern: string, side: 'sideOld' | 'sideNew') => {
    if (read.files.every((f) => f.powers.length === 0)) throw new UsageError(noPowers(read, pattern, side, lang));
    return read;
  };
  // A large new version is read on a second thread while the old one is read here (register-thread.ts).
  const reading = startRegisterRead([options.after], { cwd: options.cwd, base: options.cwd, lang });
  const before = withPowers(await readRegisters([options.before], { cwd: options.cwd, base: options.cwd, lang, tables }), options.before, 'sideOld');
  const after = withPowers(await reading.answer(), options.after, 'sideNew');
  // Parsed once, and only what the matching reads is held (the default parsed every file again on first use).
  const validation = workspace ? await validate({ ...options, rules: false, keepCatalogues: true, keepAs: diffOutline, keepDocument: diffOutlineOf, disclosures: false }) : undefined;
  const catalogues = validation?.catalogues ?? [];
  const terms = loadVocabulary().terms.levels;
  const levels: LevelTable = { values: terms.values, variants: terms.variants };
  const adjustment = adjustRegister({ before: before.files, after: after.files, catalogues, names: tables.vocab.names, levels });
  if (adjustment.common === 0) {
    const data = { before: options.before, beforePowers: adjustment.before.powers, after: options.after, afterPowers: adjustment.after.powers };
    throw new UsageError(renderMessage(adjustInputText, 'nothingInCommon', data, lang));
  }
  const found = adjustDiagnostics(adjustment, positions(options.cwd, catalogues, adjustment), lang, adjustSeverities(workspace?.config));
  const files = [...(validation?.report.files ?? []), ...before.files.map((f) => f.file), ...after.files.map((f) => f.file)];
  const diagnostics: Diagnostic[] = [...(validation?.report.diagnostics ?? []), ...before.diagnostics, ...after.diagnostics, ...found];
  const sources = { ...(validation?.report.sources ?? {}), ...before.sources, ...after.sources };
  return { adjustment, report: createReport(files, diagnostics, sources), catalogues: catalogues.map((c) => c.file), failLevel: workspace?.failLevel ?? options.failLevel ?? 'error', lang };
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return real(a) === real(b);
}

/** A version with no powers: the reader's own first message (damaged, password, no header …) says why. */
function noPowers(read: RegisterRead, pattern: string, side: 'sideOld' | 'sideNew', lang: Lang): string {
  const reason = read.diagnostics.find((d) => d.severity === 'error') ?? read.diagnostics[0];
  const detail = reason ? reason.message : renderMessage(adjustInputText, 'noPowersDetail', {}, lang);
  return renderMessage(adjustInputText, 'noPowers', { side: renderMessage(adjustInputText, side, {}, lang), file: pattern, detail }, lang);
}

/** The config's `rules:` levels for the diff-register rules. */
function adjustSeverities(config: Config | undefined): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const id of Object.keys(ADJUST_RULES)) {
    const setting = config?.rules?.[id];
    const level = typeof setting === 'string' ? setting : setting?.severity;
    if (level) out[id] = level;
  }
  return out;
}

/** Where the touched items are: each catalogue with one read once, by a line scan where it is block style, else the parser. */
function positions(cwd: string, catalogues: readonly DiffCatalogue[], adjustment: Adjustment): PositionOf {
  const wanted = new Set(adjustment.changes.flatMap((c) => c.touched.map((r) => r.catalogue)));
  const located = new Map<string, (path: JsonPath) => { start: Position; end: Position } | undefined>();
  for (const catalogue of catalogues) {
    if (!wanted.has(catalogue)) continue;
    const text = readFileSync(resolve(cwd, catalogue.file), 'utf8');
    const scan = scanItems(text);
    const fast = scan && scan.count === catalogue.items.length ? scan : undefined;
    let document: SourceDocument | undefined;
    located.set(catalogue.file, (path) => {
      const range = fast?.locate(path) ?? (document ??= new SourceDocument(text)).locate(path);
      return { start: range.start, end: range.end };
    });
  }
  return (file, path) => located.get(file)?.(path);
}
