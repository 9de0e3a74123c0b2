import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, locationStart, type Diagnostic, type Location } from '../../src/core/diagnostic.js';
import { createReport, type Report } from '../../src/core/report.js';
import { json, jsonPieces } from '../../src/formatters/json.js';
import { fixtureReport } from './fixture-report.js';

/** The format as documented: one JSON.stringify of the whole report, indented by two. */
function reference(report: Report): string {
  const place = (location: Location) => {
    const start = locationStart(location);
    return {
      file: location.file,
      line: start.line,
      column: start.column,
      ...(location.kind === 'yaml' ? { endLine: location.end.line, endColumn: location.end.column, path: formatPath(location.path), pathSegments: location.path } : {}),
      ...(location.kind === 'sheet' ? { sheet: location.sheet } : {}),
    };
  };
  const toJson = (d: Diagnostic) => ({ ...place(d.location), ruleId: d.ruleId, severity: d.severity, messageId: d.messageId, message: d.message, data: d.data, ...(d.related?.length ? { related: d.related.map(place) } : {}) });
  const out = {
    files: report.files,
    counts: report.counts,
    countsByFile: report.countsByFile,
    diagnostics: report.diagnostics.map(toJson),
    ...(report.baselined ? { baselined: report.baselined } : {}),
    ...(report.disclosures ? { disclosures: report.disclosures } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const text = fc.string({ unit: fc.constantFrom('a', '政', '\n', '"', '\\', '\u0007', ' ', '{', ']', '𠀋') });
const position = fc.record({ line: fc.nat(500), column: fc.nat(80) });
const location: fc.Arbitrary<Location> = fc.oneof(
  fc.record({ kind: fc.constant('yaml' as const), file: text, path: fc.array(fc.oneof(text, fc.nat(9)), { maxLength: 3 }), start: position, end: position }),
  fc.record({ kind: fc.constant('sheet' as const), file: text, sheet: text, row: fc.nat(99), column: fc.nat(20) }),
  fc.record({ kind: fc.constant('file' as const), file: text }),
);
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  { ruleId: text, severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const), messageId: text, data: fc.dictionary(text, fc.oneof(text, fc.integer())), message: text, location, related: fc.array(location, { maxLength: 2 }) },
  { requiredKeys: ['ruleId', 'severity', 'messageId', 'data', 'message', 'location'] },
);

describe('the json format', () => {
  it('written in pieces, is byte for byte the one JSON.stringify of the report', () => {
    expect(json(fixtureReport, { color: false, lang: 'zh' })).toBe(reference(fixtureReport));
    const empty = createReport([], []);
    expect([...jsonPieces(empty)].join('')).toBe(reference(empty));
    const withExtras: Report = { ...fixtureReport, baselined: 3, disclosures: [{ publisher: '示例县民政局', area: '社会救助', counts: { 决策公开: 1 } }] };
    expect([...jsonPieces(withExtras)].join('')).toBe(reference(withExtras));
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 6 }), fc.array(text, { maxLength: 3 }), fc.nat(3), (diagnostics, files, baselined) => {
        const report = { ...createReport(files, diagnostics), ...(baselined ? { baselined } : {}) };
        expect([...jsonPieces(report)].join('')).toBe(reference(report));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a report of many findings a piece per finding', () => {
    const many = createReport(['a.yaml'], Array.from({ length: 1000 }, (_, i) => ({ ...fixtureReport.diagnostics[0]!, message: `第 ${i} 个` })));
    expect([...jsonPieces(many)].length).toBeGreaterThan(1000);
  });
});
