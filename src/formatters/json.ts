import { formatPath, locationStart, type Diagnostic, type Location } from '../core/diagnostic.js';
import type { Report } from '../core/report.js';
import type { Formatter } from './types.js';

/** Machine-readable output: stable keys, 1-based positions, sorted findings. */
export const json: Formatter = (report) => [...jsonPieces(report)].join('');

/**
 * The same text in pieces, a finding at a time, for writing a report of 100,000 findings without holding all of
 * it (and its UTF-8 copy) at once. Each piece is JSON.stringify's own output, indented as it indents nesting.
 */
export function* jsonPieces(report: Report): Generator<string> {
  const top: [string, unknown][] = [
    ['files', report.files],
    ['counts', report.counts],
    ['countsByFile', report.countsByFile],
    ['diagnostics', report.diagnostics],
    ...(report.baselined ? [['baselined', report.baselined] as [string, unknown]] : []),
    ...(report.disclosures ? [['disclosures', report.disclosures] as [string, unknown]] : []),
  ];
  yield* objectPieces(top, (key) => (key === 'diagnostics' ? diagnosticsPieces(report.diagnostics) : undefined));
}

/**
 * A JSON object as JSON.stringify(…, null, 2) writes it at the top level, a field at a time; `large` gives the
 * text of a field that comes in pieces (an array of 100,000 findings), the others are stringified whole.
 */
export function* objectPieces(fields: readonly [string, unknown][], large: (key: string) => Iterable<string> | undefined): Generator<string> {
  yield '{\n';
  for (const [index, [key, value]] of fields.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    yield* large(key) ?? [indent(JSON.stringify(value, null, 2), '  ')];
    yield index < fields.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** A JSON array `depth` deep as JSON.stringify(…, null, 2) nests it, an element a piece; `text` writes one `pad` deep. */
export function* arrayPieces<T>(items: readonly T[], depth: string, text: (item: T, pad: string) => string): Generator<string> {
  if (items.length === 0) return yield '[]';
  const pad = `${depth}  `;
  yield '[\n';
  for (let i = 0; i < items.length; i++) yield `${pad}${text(items[i]!, pad)}${i < items.length - 1 ? ',\n' : '\n'}`;
  yield `${depth}]`;
}

/** The findings as the `diagnostics` array of a JSON report, one level deep (for formats that embed it). */
export function diagnosticsPieces(diagnostics: readonly Diagnostic[]): Iterable<string> {
  return arrayPieces(diagnostics, '  ', diagnosticText);
}

/** JSON.stringify's text nested one level deeper (its strings hold no raw newline, so every newline is layout). */
export function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}

/**
 * One finding as JSON.stringify(…, null, 2) writes it, `pad` deep, written field by field: a report of 100,000
 * findings made a copy of each as an object and then searched the text of each for its newlines.
 */
function diagnosticText(d: Diagnostic, pad: string): string {
  const inner = `${pad}  `;
  let out = '{';
  let first = true;
  const add = (key: string, text: string) => {
    out += `${first ? '' : ','}\n${inner}"${key}": ${text}`;
    first = false;
  };
  placeFields(d.location, add, inner);
  add('ruleId', JSON.stringify(d.ruleId));
  add('severity', JSON.stringify(d.severity));
  add('messageId', JSON.stringify(d.messageId));
  add('message', JSON.stringify(d.message));
  add('data', indent(JSON.stringify(d.data, null, 2), inner));
  if (d.related && d.related.length > 0) add('related', indent(JSON.stringify(d.related.map(place), null, 2), inner));
  return `${out}\n${pad}}`;
}

/** A location's fields, as `place` gives them. */
function placeFields(location: Location, add: (key: string, text: string) => void, pad: string): void {
  const start = locationStart(location);
  add('file', JSON.stringify(location.file));
  add('line', JSON.stringify(start.line));
  add('column', JSON.stringify(start.column));
  if (location.kind === 'yaml') {
    add('endLine', JSON.stringify(location.end.line));
    add('endColumn', JSON.stringify(location.end.column));
    add('path', JSON.stringify(formatPath(location.path)));
    add('pathSegments', indent(JSON.stringify(location.path, null, 2), pad));
  }
  if (location.kind === 'sheet') add('sheet', JSON.stringify(location.sheet));
}

function place(location: Location) {
  const start = locationStart(location);
  return {
    file: location.file,
    line: start.line,
    column: start.column,
    ...(location.kind === 'yaml' ? { endLine: location.end.line, endColumn: location.end.column, path: formatPath(location.path), pathSegments: location.path } : {}),
    ...(location.kind === 'sheet' ? { sheet: location.sheet } : {}),
  };
}
