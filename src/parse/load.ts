import { load as loadFast, CORE_SCHEMA } from 'js-yaml';
import type { Finding } from '../core/finding.js';
import { SourceDocument } from '../core/source.js';
import { measureExpansion } from './alias-guard.js';
import { decodeSource } from './decode.js';
import { syntaxMessageIds } from './messages.js';

export type ParserMode = 'fast' | 'exact';

export interface LoadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** How many nodes aliases may add when expanded. */
  maxAliasNodes: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxBytes: 10 * 1024 * 1024, maxAliasNodes: 100_000 };

/** A catalogue file after decoding and parsing: its value, or the problems that stopped it. */
export interface LoadedFile {
  text?: string;
  value?: Record<string, unknown>;
  findings: Finding[];
  /** The exact `yaml` document, parsed on first use: only files with findings pay for it. */
  source(): SourceDocument | undefined;
}

/**
 * Bytes → a catalogue object, or findings. 'fast' parses with js-yaml (CORE_SCHEMA, so dates and
 * numbers-looking codes stay YAML 1.2 core, like `yaml`) and falls back to the exact parser for
 * any problem; 'exact' uses `yaml` throughout. Both report the same findings at the same places.
 */
export function loadCatalogueBytes(bytes: Uint8Array, mode: ParserMode, limits: LoadLimits = DEFAULT_LIMITS): LoadedFile {
  const decoded = decodeSource(bytes, limits.maxBytes);
  if (!decoded.ok) {
    const finding: Finding = { ruleId: 'input', severity: 'error', messageId: decoded.messageId, data: decoded.data };
    if (decoded.start) finding.start = decoded.start;
    return { findings: [finding], source: () => undefined };
  }
  return loadCatalogueText(decoded.text, mode, limits);
}

export function loadCatalogueText(text: string, mode: ParserMode, limits: LoadLimits = DEFAULT_LIMITS): LoadedFile {
  let source: SourceDocument | undefined;
  const exact = () => (source ??= new SourceDocument(text));
  const result = (findings: Finding[], value?: Record<string, unknown>): LoadedFile =>
    value ? { text, value, findings, source: exact } : { text, findings, source: exact };

  let value: unknown;
  const fast = mode === 'fast' ? parseFast(text) : { ok: false as const };
  if (fast.ok) {
    value = fast.value;
  } else {
    const syntax = syntaxFindings(exact());
    if (syntax.length > 0) return result(syntax);
    try {
      value = exact().toValue();
    } catch (error) {
      // `yaml` reports an alias to a missing anchor only while converting.
      const detail = error instanceof Error ? error.message : String(error);
      return result([{ ruleId: 'yaml-syntax', severity: 'error', messageId: 'undefinedAlias', data: { detail }, start: { line: 1, column: 1 } }]);
    }
  }
  const shape = shapeFinding(value);
  if (shape) return result([shape]);
  const expansion = measureExpansion(value);
  if (expansion.cycle) return result([fileFinding('aliasCycle', {})]);
  if (expansion.expanded - expansion.written > limits.maxAliasNodes) {
    return result([fileFinding('aliasBomb', { limit: limits.maxAliasNodes })]);
  }
  return result([], value as Record<string, unknown>);
}

function parseFast(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: loadFast(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

/** Every duplicate key, plus the first other syntax error (later ones are usually its echoes). */
function syntaxFindings(source: SourceDocument): Finding[] {
  const problems = source.syntaxProblems();
  const duplicates = problems.filter((p) => p.code === 'DUPLICATE_KEY');
  const first = problems.find((p) => p.code !== 'DUPLICATE_KEY');
  return [...duplicates, ...(first ? [first] : [])].map((p) => {
    const messageId = syntaxMessageIds[p.code] ?? 'syntax';
    const key = source.text.slice(offsetOf(source.text, p.start), offsetOf(source.text, p.end)).trim();
    return { ruleId: 'yaml-syntax', severity: 'error', messageId, data: { detail: p.detail, key }, start: p.start, end: p.end };
  });
}

function offsetOf(text: string, position: { line: number; column: number }): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.column - 1;
}

function shapeFinding(value: unknown): Finding | undefined {
  if (value === undefined || value === null) return fileFinding('empty', {});
  if (Array.isArray(value)) return { ...fileFinding('topLevelList', {}), start: { line: 1, column: 1 } };
  if (typeof value !== 'object') return { ...fileFinding('topLevelScalar', { value: String(value).slice(0, 40) }), start: { line: 1, column: 1 } };
  return undefined;
}

function fileFinding(messageId: string, data: Record<string, string | number>): Finding {
  return { ruleId: 'input', severity: 'error', messageId, data };
}
