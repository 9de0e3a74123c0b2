import type { DiffCatalogue } from './outline.js';
import { compareFields, isDevolved, markedDevolved, type FieldChange, type LevelTable } from './adjust-fields.js';
import { matchPowers, type ItemRef } from './match.js';
import { codeKey, nameKey, sameDepartment } from './normalise.js';
import type { Power, RegisterFile, RegisterVocabulary } from './types.js';

/** The kinds of a 动态调整, in the order summaries list them: 新增, 取消, 调整, 类型变化, 下放. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'retyped' | 'devolved';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'changed', 'retyped', 'devolved'];

/** One power that differs between the two versions of the list. */
export interface PowerChange {
  kind: ChangeKind;
  /** The old version's row (absent for an added power, and for a new row marked 下放). */
  before?: Power;
  /** The new version's row (absent for a removed power). */
  after?: Power;
  /** How the two rows were paired. */
  by?: 'code' | 'name';
  /** Fields whose text differs, old → new, in the list's column order. */
  fields: FieldChange[];
  /** The new row's 实施主体 (the old row's for a removal); '' when the list names none. */
  department: string;
  /** Catalogue items citing either version's code, or named like it (as `gkml diff` links them): the items to revise. */
  touched: ItemRef[];
}

export interface Adjustment {
  before: { files: string[]; powers: number };
  after: { files: string[]; powers: number };
  /** Powers found in both versions (changed or not). */
  common: number;
  /** New-list order for what the new list has, then old-list order for the removals. */
  changes: PowerChange[];
}

export interface AdjustInput {
  before: readonly RegisterFile[];
  after: readonly RegisterFile[];
  catalogues: readonly DiffCatalogue[];
  names: RegisterVocabulary['names'];
  levels: LevelTable;
}

/**
 * The adjustment between two versions of a 权责清单: powers paired by code first, then by normalised name
 * (主项 and 子项 together, then the name alone); unpaired old powers were removed, unpaired new ones added.
 * Pure: data in, data out.
 */
export function adjustRegister(input: AdjustInput): Adjustment {
  const old = input.before.flatMap((r) => r.powers);
  const now = input.after.flatMap((r) => r.powers);
  const pairs = pairPowers(old, now, input.names.levelWords);
  const oldLinks = matchPowers(old, input.catalogues, input.names).links;
  const newLinks = matchPowers(now, input.catalogues, input.names).links;
  const touched = (i?: number, j?: number) => uniqueItems([...(i === undefined ? [] : oldLinks[i]!), ...(j === undefined ? [] : newLinks[j]!)].map((l) => l.ref));
  const changes: PowerChange[] = [];
  let common = 0;
  now.forEach((after, j) => {
    const pair = pairs.byNew.get(j);
    if (!pair) {
      // A new row marked 下放 is how a receiving body's list shows a power handed down from an office not compared here.
      changes.push({ kind: markedDevolved(after) ? 'devolved' : 'added', after, fields: [], department: after.owner ?? '', touched: touched(undefined, j) });
      return;
    }
    common++;
    const before = old[pair.i]!;
    const fields = compareFields(before, after, input.names.levelWords, input.levels);
    const devolved = isDevolved(before, after, input.levels);
    const kind: ChangeKind | undefined = devolved ? 'devolved' : fields.some((f) => f.field === 'type') ? 'retyped' : fields.length > 0 ? 'changed' : undefined;
    if (kind) changes.push({ kind, before, after, by: pair.by, fields, department: after.owner ?? '', touched: touched(pair.i, j) });
  });
  old.forEach((before, i) => {
    if (!pairs.byOld.has(i)) changes.push({ kind: 'removed', before, fields: [], department: before.owner ?? '', touched: touched(i, undefined) });
  });
  return {
    before: { files: input.before.map((r) => r.file), powers: old.length },
    after: { files: input.after.map((r) => r.file), powers: now.length },
    common,
    changes,
  };
}

interface Pairs {
  /** New index → old index and how. */
  byNew: Map<number, { i: number; by: 'code' | 'name' }>;
  byOld: Set<number>;
}

/** Old and new rows paired: the same code (子项 sharing their 主项's code by name among them), then the same name. */
function pairPowers(old: readonly Power[], now: readonly Power[], levelWords: readonly string[]): Pairs {
  const pairs: Pairs = { byNew: new Map(), byOld: new Set() };
  const pair = (i: number, j: number, by: 'code' | 'name') => {
    pairs.byNew.set(j, { i, by });
    pairs.byOld.add(i);
  };
  const fullName = (p: Power) => (p.mainItem ? `${nameKey(p.mainItem, levelWords)}›${nameKey(p.name, levelWords)}` : nameKey(p.name, levelWords));
  const byCode = group(now, (p) => (p.code === '' ? undefined : codeKey(p.code)));
  old.forEach((p, i) => {
    if (p.code === '') return;
    const free = (byCode.get(codeKey(p.code)) ?? []).filter((j) => !pairs.byNew.has(j));
    const j = free.find((k) => fullName(now[k]!) === fullName(p)) ?? free[0];
    if (j !== undefined) pair(i, j, 'code');
  });
  for (const key of [fullName, (p: Power) => nameKey(p.name, levelWords)]) {
    const byName = group(now, (p, j) => (pairs.byNew.has(j) ? undefined : key(p)));
    old.forEach((p, i) => {
      if (pairs.byOld.has(i)) return;
      const free = (byName.get(key(p)) ?? []).filter((j) => !pairs.byNew.has(j));
      // The same office first; a devolved power changes its office, so another office's is taken next.
      const j = free.find((k) => sameOwner(now[k]!, p)) ?? free[0];
      if (j !== undefined) pair(i, j, 'name');
    });
  }
  return pairs;
}

function sameOwner(a: Power, b: Power): boolean {
  return (a.owner ?? '') === (b.owner ?? '') || (!!a.owner && !!b.owner && sameDepartment(a.owner, b.owner));
}

function group(powers: readonly Power[], key: (p: Power, index: number) => string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  powers.forEach((p, j) => {
    const k = key(p, j);
    if (k === undefined || k === '') return;
    const list = out.get(k);
    if (list) list.push(j);
    else out.set(k, [j]);
  });
  return out;
}

/** Each item once, in catalogue order. */
function uniqueItems(refs: readonly ItemRef[]): ItemRef[] {
  const seen = new Set<unknown>();
  const out = refs.filter((r) => !seen.has(r.item) && seen.add(r.item));
  return out.sort((a, b) => (a.catalogue.file < b.catalogue.file ? -1 : a.catalogue.file > b.catalogue.file ? 1 : a.item.index - b.item.index));
}

/** Counts per kind, overall and per department (departments sorted; '' for none). */
export function adjustmentSummary(adjustment: Adjustment): { total: Record<ChangeKind, number> & { touched: number }; byDepartment: { department: string; counts: Record<ChangeKind, number>; touched: number }[] } {
  const zero = () => Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  const total = { ...zero(), touched: 0 };
  const rows = new Map<string, { department: string; counts: Record<ChangeKind, number>; items: Set<unknown> }>();
  const allItems = new Set<unknown>();
  for (const change of adjustment.changes) {
    total[change.kind]++;
    let row = rows.get(change.department);
    if (!row) rows.set(change.department, (row = { department: change.department, counts: zero(), items: new Set() }));
    row.counts[change.kind]++;
    for (const ref of change.touched) {
      row.items.add(ref.item);
      allItems.add(ref.item);
    }
  }
  total.touched = allItems.size;
  const byDepartment = [...rows.values()].sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : 0)).map((r) => ({ department: r.department, counts: r.counts, touched: r.items.size }));
  return { total, byDepartment };
}
