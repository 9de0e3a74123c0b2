import type { JsonPath, Position } from '../core/diagnostic.js';

type Range = { start: Position; end: Position };

/**
 * Where the items of a block-style catalogue (`items:` then `  - id: …` entries, as gkml's examples and most
 * files are written) and their one-line fields are, found by scanning lines. The `yaml` parser
 * (core/source.ts) gives the same answers — test/registry/item-positions.test.ts pins them equal — but is
 * about ten times slower, too slow for a diff touching thousands of catalogue files. Answers undefined for
 * anything it does not recognise; the caller then asks the parser.
 */
export function scanItems(text: string): { count: number; locate: (path: JsonPath) => Range | undefined } | undefined {
  const split = text.split('\n');
  const lines = text.includes('\r') ? split.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)) : split;
  const itemsLine = lines.findIndex((l) => /^items:\s*(#.*)?$/.test(l));
  if (itemsLine === -1) return undefined;
  const entries: { line: number; keyIndex: number }[] = [];
  let seqIndent = -1;
  let last = itemsLine;
  for (let n = itemsLine + 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    if (seqIndent === -1) seqIndent = indent;
    if (indent < seqIndent || (indent === seqIndent && !line.startsWith('- ', indent))) break;
    if (indent === seqIndent) {
      const key = /^-( +)[A-Za-z_][\w-]*:(\s|$)/.exec(line.slice(indent));
      if (!key) return undefined;
      entries.push({ line: n, keyIndex: indent + 1 + key[1]!.length });
    }
    last = n;
  }
  const spans = entries.map((e, i) => ({ ...e, lastLine: lastContent(lines, e.line, i + 1 < entries.length ? entries[i + 1]!.line - 1 : last) }));
  const endAfter = (line: number): Position => (line + 1 < lines.length ? { line: line + 2, column: 1 } : { line: line + 1, column: lines[line]!.length + 1 });
  return {
    count: entries.length,
    locate(path) {
      if (path.length < 2 || path.length > 4 || path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
      const span = spans[path[1]];
      if (!span) return undefined;
      if (path.length === 2) return { start: { line: span.line + 1, column: span.keyIndex + 1 }, end: endAfter(span.lastLine) };
      if (typeof path[2] !== 'string') return undefined;
      const keyLine = findKey(lines, span.line, span.lastLine, span.keyIndex, path[2]);
      if (keyLine === undefined) return undefined;
      const valueAt = span.keyIndex + path[2].length + 1;
      if (continues(lines, keyLine, span.lastLine, span.keyIndex) && path.length === 3 && !blockBelow(lines, keyLine, valueAt)) return undefined;
      return path.length === 3 ? fieldValue(lines, keyLine, valueAt, span.lastLine, endAfter) : element(lines, keyLine, valueAt, span.lastLine, path[3]);
    },
  };
}

/** The next content line is indented deeper than `indent`: the value goes on (a multi-line scalar, a nested block). */
function continues(lines: readonly string[], n: number, lastLine: number, indent: number): boolean {
  const next = nextContent(lines, n + 1, lastLine);
  return next !== undefined && indentOf(lines[next]!) > indent;
}

/** `key:` with nothing after it on its line (but perhaps a comment): the value is a block below. */
function blockBelow(lines: readonly string[], n: number, after: number): boolean {
  const at = skipSpaces(lines[n]!, after);
  return at >= lines[n]!.length || lines[n]![at] === '#';
}

function isBlank(line: string): boolean {
  const at = indentOf(line);
  return at === line.length || line.charCodeAt(at) === 0x23;
}

/**
 * Where a line's content starts: the length `trimStart()` takes off (the same whitespace, `\s`), without making the
 * trimmed copy. A diff touching every catalogue scans some two million lines.
 */
function indentOf(line: string): number {
  let at = 0;
  for (; at < line.length; at++) {
    const c = line.charCodeAt(at);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !/\s/.test(line[at]!)) break;
  }
  return at;
}

function lastContent(lines: readonly string[], from: number, to: number): number {
  for (let n = to; n > from; n--) if (!isBlank(lines[n]!)) return n;
  return from;
}

function findKey(lines: readonly string[], from: number, to: number, column: number, key: string): number | undefined {
  for (let n = from; n <= to; n++) {
    const line = lines[n]!;
    if (line.startsWith(`${key}:`, column) && (line.length === column + key.length + 1 || /\s/.test(line[column + key.length + 1]!))) {
      if (n === from || line.slice(0, column).trim() === '') return n;
    }
  }
  return undefined;
}

/** The value of `key:` on its line: a plain or quoted scalar or a one-line flow collection; or a block sequence below. */
function fieldValue(lines: readonly string[], n: number, after: number, lastLine: number, endAfter: (line: number) => Position): Range | undefined {
  const line = lines[n]!;
  const start = skipSpaces(line, after);
  if (start >= line.length || line[start] === '#') {
    const next = nextContent(lines, n + 1, lastLine);
    if (next === undefined) return undefined;
    const indent = indentOf(lines[next]!);
    const sequence = lines[next]!.startsWith('- ', indent);
    // A block mapping below its key must be indented deeper than the key; a sequence may sit at the key's column.
    if (!sequence && indent <= indentOf(lines[n]!)) return undefined;
    let end = next;
    for (let k = next + 1; k <= lastLine; k++) {
      if (isBlank(lines[k]!)) continue;
      const deep = indentOf(lines[k]!);
      if (deep < indent || (deep === indent && sequence && !lines[k]!.startsWith('- ', deep))) break;
      end = k;
    }
    return { start: { line: next + 1, column: indent + 1 }, end: endAfter(end) };
  }
  const end = scalarEnd(line, start);
  return end === undefined ? undefined : { start: { line: n + 1, column: start + 1 }, end: { line: n + 1, column: end + 1 } };
}

/** Element `index` of the sequence under `key:`: a one-line flow sequence, or `- value` lines. */
function element(lines: readonly string[], n: number, after: number, lastLine: number, index: string | number | undefined): Range | undefined {
  if (typeof index !== 'number') return undefined;
  const line = lines[n]!;
  const open = skipSpaces(line, after);
  if (line[open] === '[') {
    let at = skipSpaces(line, open + 1);
    for (let k = 0; at < line.length && line[at] !== ']'; k++) {
      const end = scalarEnd(line, at, ',]');
      if (end === undefined || '[{'.includes(line[at]!)) return undefined;
      if (k === index) return { start: { line: n + 1, column: at + 1 }, end: { line: n + 1, column: end + 1 } };
      at = skipSpaces(line, end);
      if (line[at] === ',') at = skipSpaces(line, at + 1);
    }
    return undefined;
  }
  if (open < line.length && line[open] !== '#') return undefined;
  let k = 0;
  let seqIndent = -1;
  for (let m = n + 1; m <= lastLine; m++) {
    if (isBlank(lines[m]!)) continue;
    const trimmed = lines[m]!.trimStart();
    const dash = lines[m]!.length - trimmed.length;
    if (seqIndent === -1) seqIndent = dash;
    if (!trimmed.startsWith('- ') || dash !== seqIndent) return undefined;
    if (k++ === index) {
      if (continues(lines, m, lastLine, dash)) return undefined;
      const start = skipSpaces(lines[m]!, dash + 1);
      const end = scalarEnd(lines[m]!, start);
      return end === undefined ? undefined : { start: { line: m + 1, column: start + 1 }, end: { line: m + 1, column: end + 1 } };
    }
  }
  return undefined;
}

function nextContent(lines: readonly string[], from: number, to: number): number | undefined {
  for (let n = from; n <= to; n++) if (!isBlank(lines[n]!)) return n;
  return undefined;
}

function skipSpaces(line: string, at: number): number {
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
  return at;
}

/**
 * Where a scalar or a flow collection starting at `start` ends (exclusive): after its closing quote or bracket,
 * or for a plain scalar before trailing spaces, a ` #` comment or one of `stops`. Undefined for what a line
 * scan cannot tell (block scalars, anchors, tags, a collection that goes on to the next line).
 */
function scalarEnd(line: string, start: number, stops = ''): number | undefined {
  const first = line[start];
  if (first === undefined || '|>&*!%@`'.includes(first)) return undefined;
  if (first === '"' || first === "'") {
    for (let i = start + 1; i < line.length; i++) {
      if (first === '"' && line[i] === '\\') i++;
      else if (line[i] === first) {
        if (first === "'" && line[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return undefined;
  }
  if (first === '[' || first === '{') {
    let depth = 0;
    for (let i = start; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"' || ch === "'") {
        const end = scalarEnd(line, i);
        if (end === undefined) return undefined;
        i = end - 1;
      } else if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') {
        if (--depth === 0) return i + 1;
      }
    }
    return undefined;
  }
  let end = start;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (stops.includes(ch) || (ch === '#' && /\s/.test(line[i - 1] ?? ''))) break;
    if (ch !== ' ' && ch !== '\t') end = i + 1;
  }
  return end;
}
