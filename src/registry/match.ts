import type { Catalogue, Item } from '../model/catalogue.js';
import { bigrams, codeKey, nameKey, sameDepartment } from './normalise.js';
import type { Power, RegisterVocabulary } from './types.js';

/** A catalogue item, with the catalogue it is in. */
export interface ItemRef {
  catalogue: Catalogue;
  item: Item;
}

/** A power linked to an item: by a code in the item's powerCodes, or by the same name. */
export interface Link {
  ref: ItemRef;
  by: 'code' | 'name';
  /** For a link by code: the index in the item's powerCodes. */
  codeIndex?: number;
}

/** An item whose heading is like the power's name: offered to the user, never linked. */
export interface Candidate {
  ref: ItemRef;
  heading: string;
  /** 0 … 1. */
  score: number;
}

export interface Matching {
  /** Per power, in the order given. */
  links: Link[][];
  candidates: Candidate[][];
  /** powerCodes entries naming no power of the registers, in catalogue order. */
  stale: { ref: ItemRef; codeIndex: number; code: string }[];
}

type Names = RegisterVocabulary['names'];

/**
 * Links powers to catalogue items: by the codes an item lists first; a power no code reaches, by its
 * normalised name (or its 主项's) against the items' headings in its department; for what is left, the
 * most alike headings become candidates. Codes an item lists that no register has are stale.
 */
export function matchPowers(powers: readonly Power[], catalogues: readonly Catalogue[], names: Names): Matching {
  const index = new CatalogueIndex(catalogues, names);
  const links: Link[][] = [];
  const candidates: Candidate[][] = [];
  const registerCodes = new Set<string>();
  for (const power of powers) {
    if (power.code !== '') registerCodes.add(codeKey(power.code));
  }
  for (const power of powers) {
    const byCode = power.code === '' ? [] : (index.byCode.get(codeKey(power.code)) ?? []).map(({ ref, codeIndex }): Link => ({ ref, by: 'code', codeIndex }));
    const found = byCode.length > 0 ? byCode : index.byName(power).map((ref): Link => ({ ref, by: 'name' }));
    links.push(found);
    candidates.push(found.length > 0 ? [] : index.candidates(power));
  }
  const departments = [...new Set(powers.map((p) => p.owner).filter((o): o is string => o !== undefined))];
  const stale: Matching['stale'] = [];
  for (const catalogue of catalogues) {
    if (departments.length > 0 && !departments.some((d) => sameDepartment(d, catalogue.publisher.name))) continue;
    for (const item of catalogue.items) {
      (item.powerCodes ?? []).forEach((code, codeIndex) => {
        if (!registerCodes.has(codeKey(code))) stale.push({ ref: { catalogue, item }, codeIndex, code });
      });
    }
  }
  return { links, candidates, stale };
}

/** The headings an item is known by: each level, and each without a trailing 办事指南/审批信息 … */
export function headingKeys(item: Item, names: Names): { key: string; heading: string }[] {
  const out: { key: string; heading: string }[] = [];
  for (const heading of [item.level3, item.level2, item.level1]) {
    if (!heading) continue;
    const key = nameKey(heading, names.levelWords);
    out.push({ key, heading });
    const bare = stripSuffix(key, suffixKeys(names.headingSuffixes));
    if (bare !== key && bare.length >= 2) out.push({ key: bare, heading });
  }
  return out;
}

const suffixCache = new WeakMap<readonly string[], string[]>();

function suffixKeys(suffixes: readonly string[]): string[] {
  let keys = suffixCache.get(suffixes);
  if (!keys) suffixCache.set(suffixes, (keys = suffixes.map((s) => nameKey(s, []))));
  return keys;
}

function stripSuffix(key: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => key.endsWith(s) && key.length > s.length);
  return suffix ? key.slice(0, -suffix.length) : key;
}

/** Catalogue items by code, by heading and by department, built once per run. */
class CatalogueIndex {
  readonly byCode = new Map<string, { ref: ItemRef; codeIndex: number }[]>();
  private readonly refs: ItemRef[] = [];
  private readonly headings: { key: string; heading: string; ref: number }[] = [];
  private readonly byHeading = new Map<string, number[]>();
  private readonly scopes = new Map<string, Scope>();
  /** Per catalogue, the range of its headings' ids (they are numbered in catalogue order). */
  private readonly spans = new Map<Catalogue, { from: number; to: number }>();

  constructor(
    private readonly catalogues: readonly Catalogue[],
    private readonly names: Names,
  ) {
    for (const catalogue of catalogues) {
      const from = this.headings.length;
      for (const item of catalogue.items) {
        const ref = { catalogue, item };
        const id = this.refs.push(ref) - 1;
        (item.powerCodes ?? []).forEach((code, codeIndex) => {
          const key = codeKey(code);
          const list = this.byCode.get(key) ?? [];
          if (!list.some((l) => l.ref.item === item)) list.push({ ref, codeIndex });
          this.byCode.set(key, list);
        });
        for (const h of headingKeys(item, names)) {
          const headingId = this.headings.push({ ...h, ref: id }) - 1;
          const list = this.byHeading.get(h.key) ?? [];
          list.push(headingId);
          this.byHeading.set(h.key, list);
        }
      }
      this.spans.set(catalogue, { from, to: this.headings.length });
    }
  }

  /** Items of the power's department whose heading is the power's name, else its 主项's. */
  byName(power: Power): ItemRef[] {
    const scope = this.scope(power.owner);
    for (const name of [power.name, power.mainItem]) {
      if (!name) continue;
      const ids = (this.byHeading.get(nameKey(name, this.names.levelWords)) ?? []).map((h) => this.headings[h]!.ref).filter((id) => scope.items.has(id));
      if (ids.length > 0) return [...new Set(ids)].sort((a, b) => a - b).map((id) => this.refs[id]!);
    }
    return [];
  }

  /** The (at most three) items of the department whose headings are most like the power's name. */
  candidates(power: Power): Candidate[] {
    const scope = this.scope(power.owner);
    const grams = [...bigrams(nameKey(power.name, this.names.levelWords)).keys()];
    // A piece most headings share (审批, 管理) says little and costs much: it is skipped.
    const cap = Math.max(50, Math.ceil(scope.keys.length * 0.05));
    const shared = new Map<number, number>();
    for (const gram of grams) {
      const posting = scope.grams.get(gram);
      if (!posting || posting.length > cap) continue;
      for (const k of posting) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    const scored: { key: number; score: number }[] = [];
    for (const [key, count] of shared) {
      const score = (2 * count) / (grams.length + scope.keys[key]!.grams);
      if (score >= this.names.candidateSimilarity) scored.push({ key, score });
    }
    scored.sort((a, b) => b.score - a.score || a.key - b.key);
    const best = new Map<number, Candidate>();
    for (const { key, score } of scored) {
      for (const h of scope.keys[key]!.headings) {
        const ref = this.headings[h]!.ref;
        if (!best.has(ref)) best.set(ref, { ref: this.refs[ref]!, heading: this.headings[h]!.heading, score: Math.round(score * 100) / 100 });
        if (best.size === 3) return [...best.values()];
      }
    }
    return [...best.values()];
  }

  /** The items of a department's catalogues (all catalogues when the power names none, or none of them matches). */
  private scope(owner: string | undefined): Scope {
    const key = owner ?? '';
    let scope = this.scopes.get(key);
    if (!scope) {
      const mine = owner === undefined ? [] : this.catalogues.filter((c) => sameDepartment(owner, c.publisher.name));
      const chosen = mine.length > 0 ? mine : this.catalogues;
      scope = buildScope(this.headings, chosen.map((c) => this.spans.get(c)!));
      this.scopes.set(key, scope);
    }
    return scope;
  }
}

interface Scope {
  items: Set<number>;
  /** Each distinct heading key of the scope: how many pieces it has and the headings (in catalogue order) that have it. */
  keys: { grams: number; headings: number[] }[];
  /** Two-character piece → the distinct keys having it. */
  grams: Map<string, number[]>;
}

/** The scope's headings by distinct key: catalogues repeat headings (办事指南, 最低生活保障) many times over. */
function buildScope(headings: readonly { key: string; ref: number }[], spans: readonly { from: number; to: number }[]): Scope {
  const items = new Set<number>();
  const keyIds = new Map<string, number>();
  const keys: Scope['keys'] = [];
  const grams = new Map<string, number[]>();
  for (const { from, to } of spans) {
    for (let id = from; id < to; id++) {
      const h = headings[id]!;
      items.add(h.ref);
      let k = keyIds.get(h.key);
      if (k === undefined) {
        const pieces = [...bigrams(h.key).keys()];
        k = keys.push({ grams: pieces.length, headings: [] }) - 1;
        keyIds.set(h.key, k);
        for (const gram of pieces) {
          const list = grams.get(gram);
          if (list) list.push(k);
          else grams.set(gram, [k]);
        }
      }
      keys[k]!.headings.push(id);
    }
  }
  return { items, keys, grams };
}
