import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type Diagnostic, type Location } from '../../src/core/diagnostic.js';
import { createReport, type Report } from '../../src/core/report.js';
import { json, jsonPieces } from '../../src/formatters/json.js';
import { fixtureReport } from './fixture-report.js';

/** JSON.stringify's own text for a JSON text's value, indented by two: what the json format promises to print. */
function canonical(text: string): string {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

/** The pieces joined, checked to be JSON.stringify's text and to hold every finding and file of the report. */
function written(report: Report): string {
  const out = [...jsonPieces(report)].join('');
  expect(out).toBe(canonical(out));
  const value = JSON.parse(out) as { files: string[]; diagnostics: { message: string; ruleId: string }[]; baselined?: number };
  expect(value.files).toEqual(report.files);
  expect(value.diagnostics.map((d) => [d.ruleId, d.message])).toEqual(report.diagnostics.map((d) => [d.ruleId, d.message]));
  // Every field, in the documented order.
  expect(JSON.stringify(value.diagnostics)).toBe(JSON.stringify(report.diagnostics.map(expected)));
  expect(value.baselined).toBe(report.baselined);
  return out;
}

/** A finding as the json format documents it: its place, then what it says. */
function expected(d: Diagnostic) {
  const place = (l: Location) => {
    const start = l.kind === 'sheet' ? { line: l.row, column: l.column } : l.kind === 'yaml' ? l.start : { line: 0, column: 0 };
    return {
      file: l.file,
      line: start.line,
      column: start.column,
      ...(l.kind === 'yaml' ? { endLine: l.end.line, endColumn: l.end.column, path: formatPath(l.path), pathSegments: l.path } : {}),
      ...(l.kind === 'sheet' ? { sheet: l.sheet } : {}),
    };
  };
  return { ...place(d.location), ruleId: d.ruleId, severity: d.severity, messageId: d.messageId, message: d.message, data: d.data, ...(d.related?.length ? { related: d.related.map(place) } : {}) };
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
    expect(json(fixtureReport, { color: false, lang: 'zh' })).toBe(written(fixtureReport));
    expect(written(createReport([], []))).toContain('"diagnostics": []');
    const withExtras: Report = { ...fixtureReport, baselined: 3, disclosures: [{ publisher: '示例县民政局', area: '社会救助', counts: { 决策公开: 1 } }] };
    expect(JSON.parse(written(withExtras)).disclosures).toEqual(withExtras.disclosures);
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 6 }), fc.array(text, { maxLength: 3 }), fc.nat(3), (diagnostics, files, baselined) => {
        const report = { ...createReport(files, diagnostics), ...(baselined ? { baselined } : {}) };
        written(report);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a report of many findings a piece per finding', () => {
    const many = createReport(['a.yaml'], Array.from({ length: 1000 }, (_, i) => ({ ...fixtureReport.diagnostics[0]!, message: `第 ${i} 个` })));
    expect([...jsonPieces(many)].length).toBeGreaterThan(1000);
  });
});
