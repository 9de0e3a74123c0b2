import type { PowerEntry } from './diff.js';

/** Counts for one department, one type, or all powers. Percentages are 0 … 100, unrounded. */
export interface CoverageRow {
  /** The department or type name; '' for powers the register gives none. */
  key: string;
  powers: number;
  /** Powers with at least one catalogue item. */
  covered: number;
  /** Powers whose items have every expected disclosure (a power of unknown type counts when covered). */
  complete: number;
  coverage: number;
  completeness: number;
}

export interface Coverage {
  total: CoverageRow;
  byDepartment: CoverageRow[];
  byType: CoverageRow[];
}

/** Coverage per department (sorted by name), per type (in the vocabulary's order) and in total. */
export function summarise(entries: readonly PowerEntry[], typeOrder: readonly string[]): Coverage {
  const departments = new Map<string, PowerEntry[]>();
  const types = new Map<string, PowerEntry[]>();
  for (const entry of entries) {
    push(departments, entry.department, entry);
    push(types, entry.power.type ?? '', entry);
  }
  const rank = (type: string) => (type === '' ? typeOrder.length : typeOrder.indexOf(type));
  return {
    total: row('', entries),
    byDepartment: [...departments.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([key, list]) => row(key, list)),
    byType: [...types.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, list]) => row(key, list)),
  };
}

function row(key: string, entries: readonly PowerEntry[]): CoverageRow {
  const covered = entries.filter((e) => e.status !== 'uncovered').length;
  const complete = entries.filter((e) => e.status === 'complete' || e.status === 'unchecked').length;
  const percent = (n: number) => (entries.length === 0 ? 100 : (100 * n) / entries.length);
  return { key, powers: entries.length, covered, complete, coverage: percent(covered), completeness: percent(complete) };
}

/** '' (no department) last; otherwise by code point, so the order is the same on every machine. */
function compareKeys(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 66.7% — one decimal, the way the summary tables show it. */
export function formatPercent(value: number): string {
  return `${(Math.floor(value * 10 + 1e-9) / 10).toFixed(1)}%`;
}
