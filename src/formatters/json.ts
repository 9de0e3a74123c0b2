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
  yield '{\n';
  for (const [index, [key, value]] of top.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (key === 'diagnostics') yield* diagnosticsPieces(report.diagnostics);
    else yield indent(JSON.stringify(value, null, 2), '  ');
    yield index < top.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

function* diagnosticsPieces(diagnostics: readonly Diagnostic[]): Generator<string> {
  if (diagnostics.length === 0) return yield '[]';
  yield '[\n';
  for (let i = 0; i < diagnostics.length; i++) {
    yield `    ${indent(JSON.stringify(toJson(diagnostics[i]!), null, 2), '    ')}${i < diagnostics.length - 1 ? ',\n' : '\n'}`;
  }
  yield '  ]';
}

/** JSON.stringify's text nested one level deeper (its strings hold no raw newline, so every newline is layout). */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}

function toJson(d: Diagnostic) {
  return {
    ...place(d.location),
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: d.message,
    data: d.data,
    ...(d.related && d.related.length > 0 ? { related: d.related.map(place) } : {}),
  };
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
