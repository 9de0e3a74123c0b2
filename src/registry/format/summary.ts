import { sayer as sayIn, type Lang, type Say } from '../../core/messages.js';
import { formatPercent, type CoverageRow } from '../coverage.js';
import { diffText } from '../messages.js';
import type { DiffResult } from './types.js';

export type { Say };

export function sayer(lang: Lang): Say {
  return sayIn(diffText, lang);
}

/** The header and rows of a coverage table, as text cells (shared by the stylish, markdown and xlsx outputs). */
export function coverageTable(rows: readonly CoverageRow[], keyHeading: 'department' | 'type', say: Say): string[][] {
  const empty = keyHeading === 'department' ? say('noDepartment') : say('noType');
  return [
    [say(keyHeading), say('powers'), say('covered'), say('coverage'), say('complete'), say('completeness')],
    ...rows.map((r) => [r.key === '' ? empty : r.key, String(r.powers), String(r.covered), formatPercent(r.coverage), String(r.complete), formatPercent(r.completeness)]),
  ];
}

export function titleLine(result: DiffResult, say: Say): string {
  return say('title', { registers: result.diff.registers.length, powers: result.diff.entries.length, catalogues: result.diff.catalogues.length });
}

export function totalLine(result: DiffResult, say: Say): string {
  const t = result.diff.coverage.total;
  return say('totalLine', { covered: t.covered, powers: t.powers, coverage: formatPercent(t.coverage), complete: t.complete, completeness: formatPercent(t.completeness) });
}

/** The --fail-under verdict, when the coverage is below it. */
export function failUnderLine(result: DiffResult, say: Say): string | undefined {
  const limit = result.failUnder;
  const coverage = result.diff.coverage.total.coverage;
  return limit !== undefined && coverage < limit ? say('failUnder', { coverage: formatPercent(coverage), limit }) : undefined;
}
