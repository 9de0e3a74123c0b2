import { json } from '../../formatters/json.js';
import type { CoverageRow } from '../coverage.js';
import type { PowerEntry } from '../diff.js';
import { powerLocation } from '../places.js';
import type { DiffFormatter } from './types.js';

/** Machine-readable diff: coverage, every power with its links, and the findings in gkml's JSON shape. */
export const diffJson: DiffFormatter = (result, options) => {
  const findings = JSON.parse(json(result.report, options)) as { files: string[]; counts: unknown; countsByFile: unknown; diagnostics: unknown[] };
  const { coverage } = result.diff;
  const out = {
    registers: result.diff.registers,
    catalogues: result.diff.catalogues,
    coverage: { total: rounded(coverage.total), byDepartment: coverage.byDepartment.map(rounded), byType: coverage.byType.map(rounded) },
    ...(result.failUnder !== undefined ? { failUnder: result.failUnder, passed: coverage.total.coverage >= result.failUnder } : {}),
    powers: result.diff.entries.map(entryJson),
    files: findings.files,
    counts: findings.counts,
    diagnostics: findings.diagnostics,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

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
