import { arrayPieces, diagnosticsPieces, indent, objectPieces } from '../../formatters/json.js';
import type { CoverageRow } from '../coverage.js';
import type { PowerEntry } from '../diff.js';
import { powerLocation } from '../places.js';
import type { DiffFormatter, DiffResult } from './types.js';

/** Machine-readable diff: coverage, every power with its links, and the findings in gkml's JSON shape. */
export const diffJson: DiffFormatter = (result) => [...diffJsonPieces(result)].join('');

/**
 * diffJson's text in pieces, a power or a finding at a time: JSON.stringify(…, null, 2) of the whole, without
 * making (and, for the findings, parsing back) one object of 200,000 powers and findings first.
 */
export function* diffJsonPieces(result: DiffResult): Generator<string> {
  const { coverage } = result.diff;
  const top: [string, unknown][] = [
    ['registers', result.diff.registers],
    ['catalogues', result.diff.catalogues],
    ['coverage', { total: rounded(coverage.total), byDepartment: coverage.byDepartment.map(rounded), byType: coverage.byType.map(rounded) }],
    ...(result.failUnder !== undefined ? ([['failUnder', result.failUnder], ['passed', coverage.total.coverage >= result.failUnder]] as [string, unknown][]) : []),
    ['powers', result.diff.entries],
    ['files', result.report.files],
    ['counts', result.report.counts],
    ['diagnostics', result.report.diagnostics],
  ];
  yield* objectPieces(top, (key) =>
    key === 'powers'
      ? arrayPieces(result.diff.entries, '  ', (entry, pad) => indent(JSON.stringify(entryJson(entry), null, 2), pad))
      : key === 'diagnostics'
        ? diagnosticsPieces(result.report.diagnostics)
        : undefined,
  );
}

function rounded(row: CoverageRow) {
  return { ...row, coverage: Math.floor(row.coverage * 10 + 1e-9) / 10, completeness: Math.floor(row.completeness * 10 + 1e-9) / 10 };
}

function entryJson(e: PowerEntry) {
  const { power } = e;
  const at = powerLocation(power.origin, 'name');
  return {
    code: power.code,
    name: power.name,
    ...(power.mainItem ? { mainItem: power.mainItem } : {}),
    type: power.type ?? null,
    ...(power.typeAsWritten ? { typeAsWritten: power.typeAsWritten } : {}),
    department: e.department,
    status: e.status,
    expected: e.expected,
    missing: e.missing,
    items: e.links,
    candidates: e.candidates,
    origin: at.kind === 'sheet' ? { file: at.file, sheet: at.sheet, row: at.row, columns: power.origin.kind === 'sheet' ? power.origin.columns : {} } : { file: at.file, line: at.kind === 'yaml' ? at.start.line : 0, column: at.kind === 'yaml' ? at.start.column : 0 },
  };
}
