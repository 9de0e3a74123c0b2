/**
 * js-yaml and `yaml` agree on plain YAML but differ at the edges: explicit `?` keys, block scalars,
 * tabs, comments glued to a token, flow collections or quotes spanning lines, empty keys, directives.
 * A text with any of these goes through the exact parser, so the fast path never decides a case
 * where the two could disagree (test/validate/parser-equivalence.test.ts checks this on generated damage).
 */
export function needsExactParser(text: string): boolean {
  return EDGE_CASES.some((pattern) => pattern.test(text)) || hasOpenLine(text);
}

const EDGE_CASES: RegExp[] = [
  /\t/, // tabs: indentation errors are reported differently
  /(?:^|[\s\-[{,])\?(?:\s|$)/m, // explicit keys
  /(?:^|[\s\-[{,:])[|>][-+0-9]*[ ]*(?:#.*)?$/m, // block scalar headers
  /\S#/, // a comment glued to a token (or a # inside a scalar)
  /(?:^|[\s[{,]):(?:[\s,\]}]|$)/m, // an empty key
  /^%/m, // directives
  /^[ -]*(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|-?\d[\d._]*(?:e\d+)?|0[xo][\da-f]+|\.inf|\.nan)[ ]*:(?:\s|$)/im, // keys that are not strings
  /[!&*]/, // tags, anchors and aliases
];

/** A line that leaves a quote or a bracket open continues onto the next one. */
function hasOpenLine(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (lineIsOpen(line)) return true;
    if (end === -1) return false;
    start = end + 1;
  }
  return false;
}

function lineIsOpen(line: string): boolean {
  if (!/["'[\]{}]/.test(line)) return false;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(line[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return quote !== '' || depth !== 0;
}
