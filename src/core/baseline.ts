import { formatPath, type Diagnostic } from './diagnostic.js';

/**
 * A baseline records the findings a legacy catalogue already had, so a run fails only on new ones.
 * Findings are matched by what they are and where in the document (rule, message, file, path, data),
 * not by line number, so editing elsewhere in the file does not break the match. Findings at a register's
 * rows are matched by their power's code or name instead (powerIdentity).
 */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface BaselineEntry {
  file: string;
  ruleId: string;
  messageId: string;
  path: string;
  data: string;
  count: number;
  /** For people reading the file; not used to match. */
  message: string;
}

function key(d: { file: string; ruleId: string; messageId: string; path: string; data: string }): string {
  return [d.file, d.ruleId, d.messageId, d.path, d.data].join('\u0000');
}

function entryOf(d: Diagnostic): Omit<BaselineEntry, 'count'> {
  const power = powerIdentity(d);
  if (power) return { file: d.location.file, ruleId: d.ruleId, messageId: d.messageId, path: power, data: '', message: d.message };
  const path = d.location.kind === 'yaml' ? formatPath(d.location.path) : d.location.kind === 'sheet' ? `${d.location.sheet}!${d.location.row}` : '';
  const data = JSON.stringify(Object.keys(d.data).sort().map((k) => [k, d.data[k]]));
  return { file: d.location.file, ruleId: d.ruleId, messageId: d.messageId, path, data, message: d.message };
}

/**
 * A `register-…` finding at a row of a 权责清单 (a sheet cell, or an entry of the YAML form's `powers`) is
 * remembered by its power — `民政局!code:SLX-XK-001`, else `民政局!name:<the name without spaces>` — not by
 * its row number: inserting or deleting rows in the list must not make every row below look new. Its data
 * is left out too, as it names other rows and items (a duplicate's first row, similar items) that move.
 */
function powerIdentity(d: Diagnostic): string | undefined {
  if (!d.ruleId.startsWith('register-')) return undefined;
  const { location } = d;
  const inRegister = location.kind === 'sheet' || (location.kind === 'yaml' && location.path[0] === 'powers');
  if (!inRegister) return undefined;
  const scope = location.kind === 'sheet' ? `${location.sheet}!` : 'powers!';
  const text = (key: string) => (typeof d.data[key] === 'string' ? (d.data[key] as string).normalize('NFKC').replace(/\s+/g, '') : '');
  const code = text('code');
  if (code !== '') return `${scope}code:${code.toUpperCase()}`;
  const name = text('name');
  return name !== '' ? `${scope}name:${name}` : undefined;
}

/** The baseline for a set of findings: one entry per distinct finding, with how often it occurs; sorted. */
export function createBaseline(diagnostics: readonly Diagnostic[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    const entry = entryOf(d);
    const existing = entries.get(key(entry));
    if (existing) existing.count++;
    else entries.set(key(entry), { ...entry, count: 1 });
  }
  return { version: 1, findings: [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e) };
}

/** Removes the findings the baseline already knows (each entry absorbs at most `count` of them). */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline): { kept: Diagnostic[]; absorbed: number } {
  const budget = new Map(baseline.findings.map((e) => [key(e), e.count]));
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const k = key(entryOf(d));
    const left = budget.get(k) ?? 0;
    if (left > 0) budget.set(k, left - 1);
    else kept.push(d);
  }
  return { kept, absorbed: diagnostics.length - kept.length };
}

/** Checks a parsed baseline file's shape; returns undefined when it is not one. */
export function asBaseline(value: unknown): Baseline | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const b = value as Partial<Baseline>;
  if (b.version !== 1 || !Array.isArray(b.findings)) return undefined;
  const ok = b.findings.every((e) => e && typeof e.file === 'string' && typeof e.ruleId === 'string' && typeof e.messageId === 'string' && typeof e.path === 'string' && typeof e.data === 'string' && Number.isInteger(e.count));
  return ok ? (b as Baseline) : undefined;
}
