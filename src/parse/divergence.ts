/**
 * js-yaml and `yaml` agree on plain YAML but differ at the edges: explicit `?` keys, block scalars,
 * tabs, comments glued to a token, flow collections or quotes spanning lines, empty keys, directives.
 * A text with any of these goes through the exact parser, so the fast path never decides a case
 * where the two could disagree (test/validate/parser-equivalence.test.ts checks this on generated damage).
 */
export function needsExactParser(text: string): boolean {
  return EDGE_CASES.some(([pattern, needs]) => (needs === undefined || needs.test(text)) && pattern.test(text)) || hasOpenLine(text);
}

/** Explicit keys (`? key`). */
export const EXPLICIT_KEY = /(?:^|[\s\-[{,])\?(?:\s|$)/m;
/** Block scalar headers (`|`, `>-`, `|2`). */
export const BLOCK_SCALAR = /(?:^|[\s\-[{,:])[|>][-+0-9]*[ ]*(?:#.*)?$/m;
/** An empty key (a colon with nothing before it). */
export const EMPTY_KEY = /(?:^|[\s[{,]):(?:[\s,\]}]|$)/m;
/** Keys that are not strings (null, booleans, numbers). */
export const NON_STRING_KEY = /^[ -]*(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|-?\d[\d._]*(?:e\d+)?|0[xo][\da-f]+|\.inf|\.nan)[ ]*:(?:\s|$)/im;

/** Each pattern, and for slow ones the characters it cannot match without: that quick scan skips most texts. */
const EDGE_CASES: [RegExp, RegExp?][] = [
  [/\t/], // tabs: indentation errors are reported differently
  [EXPLICIT_KEY, /\?/],
  [BLOCK_SCALAR, /[|>]/],
  [/\S#/], // a comment glued to a token (or a # inside a scalar)
  [EMPTY_KEY],
  [/^%/m], // directives
  [NON_STRING_KEY],
  [/[!&*]/], // tags, anchors and aliases
];

/** A line that leaves a quote or a bracket open continues onto the next one. */
function hasOpenLine(text: string): boolean {
  // Works on offsets into `text` rather than sliced lines: this runs over every fast-path file.
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (lineIsOpen(text, start, end)) return true;
    if (newline === -1) return false;
    start = newline + 1;
  }
}

const DOUBLE = 0x22;
const SINGLE = 0x27;
const HASH = 0x23;
const BACKSLASH = 0x5c;

/** Whether text[start, end) leaves a quote or a bracket open; a `#` after a space (or first) ends it. */
export function lineIsOpen(text: string, start: number, end: number): boolean {
  if (!hasBracketOrQuote(text, start, end)) return false;
  let depth = 0;
  let quote = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) {
        if (quote === SINGLE && i + 1 < end && text.charCodeAt(i + 1) === SINGLE) i++;
        else quote = 0;
      } else if (c === BACKSLASH && quote === DOUBLE) i++;
      continue;
    }
    if (c === HASH && (i === start || text.charCodeAt(i - 1) === 0x20)) break;
    if ((c === DOUBLE || c === SINGLE) && (i === start || opensQuote(text.charCodeAt(i - 1)))) quote = c;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return quote !== 0 || depth !== 0;
}

function hasBracketOrQuote(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE || c === SINGLE || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return true;
  }
  return false;
}

/** `[\s[{,:-]`: what may stand before a quote that opens a quoted scalar. */
function opensQuote(c: number): boolean {
  return c === 0x5b || c === 0x7b || c === 0x2c || c === 0x3a || c === 0x2d || isSpace(c);
}

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
