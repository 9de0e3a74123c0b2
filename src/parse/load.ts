import { load as loadFast, CORE_SCHEMA } from 'js-yaml';
import type { Finding } from '../core/finding.js';
import type { Position } from '../core/diagnostic.js';
import { SourceDocument, type SyntaxProblem } from '../core/source.js';
import { measureExpansion } from './alias-guard.js';
import { decodeSource } from './decode.js';
import { needsExactParser } from './divergence.js';
import { readPlainYaml } from './plain-yaml.js';
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
 * Bytes → a catalogue object, or findings. 'fast' reads plain YAML itself (plain-yaml.ts, js-yaml's value)
 * and the rest with js-yaml (CORE_SCHEMA, so dates and numbers-looking codes stay YAML 1.2 core, like
 * `yaml`), and falls back to the exact parser for any problem; 'exact' uses `yaml` throughout. Both report the same findings at the same places.
 */
/** `keep`: the caller holds the value (a build, a diff): repeated short values then share one string. */
export interface LoadOptions {
  keep?: boolean;
}

export function loadCatalogueBytes(bytes: Uint8Array, mode: ParserMode, limits: LoadLimits = DEFAULT_LIMITS, options: LoadOptions = {}): LoadedFile {
  const decoded = decodeSource(bytes, limits.maxBytes);
  if (!decoded.ok) {
    const finding: Finding = { ruleId: 'input', severity: 'error', messageId: decoded.messageId, data: decoded.data };
    if (decoded.start) finding.start = decoded.start;
    return { findings: [finding], source: () => undefined };
  }
  return loadCatalogueText(decoded.text, mode, limits, options);
}

export function loadCatalogueText(text: string, mode: ParserMode, limits: LoadLimits = DEFAULT_LIMITS, options: LoadOptions = {}): LoadedFile {
  let source: SourceDocument | undefined;
  const exact = () => (source ??= new SourceDocument(text));
  const result = (findings: Finding[], value?: Record<string, unknown>): LoadedFile =>
    value ? { text, value, findings, source: exact } : { text, findings, source: exact };

  let value: unknown;
  // The plain reader gives up on every text needsExactParser would flag, so what it reads needs no scan.
  const plain = mode === 'fast' ? readPlainYaml(text, options.keep === true) : undefined;
  const fast = plain !== undefined ? { ok: true as const, value: plain } : mode === 'fast' && !needsExactParser(text) ? parseFast(text) : { ok: false as const };
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
  // Aliases need an anchor (&name): a text without '&' has none, and walking it would find nothing.
  const expansion = text.includes('&') ? measureExpansion(value) : undefined;
  if (expansion?.cycle) return result([fileFinding('aliasCycle', {})]);
  if (expansion && expansion.expanded - expansion.written > limits.maxAliasNodes) {
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
  const lines = source.text.split(/\r?\n/);
  return [...duplicates, ...(first ? [first] : [])].map((p) => {
    const messageId = syntaxMessageIds[p.code] ?? 'syntax';
    const start = p.code === 'MISSING_CHAR' ? (openingQuote(lines, p) ?? p.start) : p.start;
    const key = keyAt(lines, start);
    if (p.code === 'DUPLICATE_KEY') {
      const end = { line: start.line, column: start.column + Math.max(1, key.length) };
      return { ruleId: 'yaml-syntax', severity: 'error', messageId, data: { detail: p.detail, key }, start, end, path: source.pathAt(start) };
    }
    const end = start === p.start ? p.end : { line: start.line, column: start.column + 1 };
    return { ruleId: 'yaml-syntax', severity: 'error', messageId, data: { detail: p.detail, key }, start, end };
  });
}

/** The mapping key that starts at `start` (up to its colon), for the duplicate-key message. */
function keyAt(lines: string[], start: Position): string {
  const rest = (lines[start.line - 1] ?? '').slice(start.column - 1);
  return (/^("[^"]*"|'[^']*'|[^:#]*?)\s*:(\s|$)/.exec(rest)?.[1] ?? rest.trim()).replace(/^["']|["']$/g, '');
}

/** `yaml` reports an unclosed quote where the file ends; point at the quote that was opened instead. */
function openingQuote(lines: string[], problem: SyntaxProblem): Position | undefined {
  const quote = /'quote/.test(problem.detail) ? "'" : /"quote/.test(problem.detail) ? '"' : undefined;
  if (!quote) return undefined;
  for (let line = Math.min(problem.start.line, lines.length); line >= 1; line--) {
    const text = lines[line - 1]!;
    if (text.split(quote).length % 2 === 0) return { line, column: text.indexOf(quote) + 1 };
  }
  return undefined;
}

function shapeFinding(value: unknown): Finding | undefined {
  if (value === undefined || value === null) return fileFinding('emptyFile', {});
  if (Array.isArray(value)) return { ...fileFinding('topLevelList', {}), path: [] };
  if (typeof value !== 'object') return { ...fileFinding('topLevelScalar', { value: String(value).slice(0, 40) }), path: [] };
  return undefined;
}

function fileFinding(messageId: string, data: Record<string, string | number>): Finding {
  return { ruleId: 'input', severity: 'error', messageId, data };
}
