import { codeKey, nameKey, sameDepartment, splitOwners } from './normalise.js';
import type { Power } from './types.js';

/** The fields an adjustment compares, in the order a list's columns usually come. */
export type AdjustField = 'code' | 'name' | 'mainItem' | 'type' | 'basis' | 'owner' | 'office' | 'level' | 'responsibilities' | 'accountability';

export interface FieldChange {
  field: AdjustField;
  /** As each version writes it; '' when the version leaves it empty. */
  before: string;
  after: string;
}

/**
 * The administrative levels, highest first, and the words lists use for them: `levels` of vocab/terms.yaml
 * (省级, 市级, 县级, 乡级, 村级, with variants such as 乡镇级 → 乡级). Passed in by the engine.
 */
export interface LevelTable {
  values: readonly string[];
  variants: Readonly<Record<string, string>>;
}

/** Words in a 备注 that say the power was handed down to a lower level this round. */
const DEVOLVED_NOTE = /下放/;

/** A row whose 备注 says it was devolved (下放). */
export function markedDevolved(power: Power): boolean {
  return DEVOLVED_NOTE.test(power.note ?? '');
}

/**
 * The fields that differ, compared as `gkml diff` compares them: names by their normalised key (so 全角/半角,
 * spaces and “（县级）” notes are no change), offices as the same department, other text ignoring width and spaces.
 */
export function compareFields(before: Power, after: Power, levelWords: readonly string[], levels: LevelTable): FieldChange[] {
  const text = (s: string) => codeKey(s);
  const name = (s: string) => nameKey(s, levelWords);
  const checks: [AdjustField, string | undefined, string | undefined, (a: string, b: string) => boolean][] = [
    ['code', before.code, after.code, (a, b) => codeKey(a) === codeKey(b)],
    ['name', before.name, after.name, (a, b) => name(a) === name(b)],
    ['mainItem', before.mainItem, after.mainItem, (a, b) => name(a) === name(b)],
    ['type', before.type ?? before.typeAsWritten, after.type ?? after.typeAsWritten, (a, b) => a === b],
    ['basis', before.basis, after.basis, (a, b) => text(a) === text(b)],
    ['owner', before.owner, after.owner, sameOwners],
    ['office', before.office, after.office, (a, b) => text(a) === text(b)],
    ['level', before.level, after.level, (a, b) => levelKey(a, levels) === levelKey(b, levels)],
    ['responsibilities', before.responsibilities, after.responsibilities, (a, b) => text(a) === text(b)],
    ['accountability', before.accountability, after.accountability, (a, b) => text(a) === text(b)],
  ];
  const out: FieldChange[] = [];
  for (const [field, a = '', b = '', same] of checks) {
    if (a === '' && b === '') continue;
    // A column one version has and the other leaves out (or leaves blank) is not an adjustment of that field.
    if ((a === '' || b === '') && field !== 'code' && field !== 'mainItem' && field !== 'type') continue;
    if (!same(a, b)) out.push({ field, before: a, after: b });
  }
  return out;
}

/**
 * 下放: the new row's 备注 says so (and the old one did not), or the power moved to a lower level — its
 * 行使层级, or its 实施主体 (示例县民政局 → 示例镇人民政府).
 */
export function isDevolved(before: Power, after: Power, levels: LevelTable): boolean {
  if (markedDevolved(after) && !markedDevolved(before)) return true;
  const down = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && b > a;
  if (before.level && after.level && down(levelRank(before.level, levels), levelRank(after.level, levels))) return true;
  if (before.owner && after.owner && !sameOwners(before.owner, after.owner)) return down(ownerRank(before.owner, levels), ownerRank(after.owner, levels));
  return false;
}

function sameOwners(a: string, b: string): boolean {
  const x = splitOwners(a);
  const y = splitOwners(b);
  return x.length === y.length && x.every((o) => y.some((p) => sameDepartment(o, p)));
}

/** 县级、乡级 → the lowest level it names (the larger rank); undefined when no level word is found. */
function levelRank(text: string, levels: LevelTable): number | undefined {
  const ranks = splitOwners(text).map((word) => levels.values.indexOf(official(word, levels))).filter((r) => r >= 0);
  return ranks.length > 0 ? Math.max(...ranks) : undefined;
}

function levelKey(text: string, levels: LevelTable): string {
  return splitOwners(text).map((w) => official(w, levels)).sort().join('、');
}

function official(word: string, levels: LevelTable): string {
  const key = word.normalize('NFKC').replace(/\s+/g, '');
  return levels.variants[key] ?? key;
}

const unitCache = new WeakMap<LevelTable, { unit: string; rank: number }[]>();

/**
 * The level of an office from its name: the last place-name unit in it (县, 镇, 街道 …, from the level words
 * without 级), where a unit counts only after a place name of its own — so 示例县市场监督管理局 is 县级 (the
 * 市 of 市场 follows 县 directly) and 示例县示例镇人民政府 is 乡级.
 */
function ownerRank(owner: string, levels: LevelTable): number | undefined {
  let units = unitCache.get(levels);
  if (!units) {
    const words = [...levels.values, ...Object.keys(levels.variants)].filter((w) => /^[^()（）]+级$/.test(w));
    units = words.map((w) => ({ unit: w.slice(0, -1), rank: levels.values.indexOf(official(w, levels)) })).filter((u) => u.unit !== '' && u.rank >= 0);
    units.sort((a, b) => b.unit.length - a.unit.length);
    unitCache.set(levels, units);
  }
  let rank: number | undefined;
  let lastEnd = 0;
  for (let i = 0; i < owner.length; ) {
    const found = i > lastEnd ? units.find((u) => owner.startsWith(u.unit, i)) : undefined;
    if (found) {
      rank = found.rank;
      lastEnd = i += found.unit.length;
    } else i++;
  }
  return rank;
}
