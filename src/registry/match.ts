import type { Catalogue, Item } from '../model/catalogue.js';
import { codeKey, nameKey, sameDepartment } from './normalise.js';
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
  /** Per power, its name's key (normalise.ts nameKey). */
  nameKeys: string[];
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
  const keys = powers.map((p) => (p.code === '' ? '' : codeKey(p.code)));
  const nameKeys = powers.map((p) => nameKey(p.name, names.levelWords));
  const registerCodes = new Set(keys.filter((k) => k !== ''));
  for (const [i, power] of powers.entries()) {
    const key = keys[i]!;
    const byCode = key === '' ? [] : (index.byCode.get(key) ?? []).map(({ ref, codeIndex }): Link => ({ ref, by: 'code', codeIndex }));
    const found = byCode.length > 0 ? byCode : index.byName(power, nameKeys[i]!).map((ref): Link => ({ ref, by: 'name' }));
    links.push(found);
    candidates.push(found.length > 0 ? [] : index.candidates(power, nameKeys[i]!));
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
  return { links, candidates, nameKeys, stale };
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
        const codes = item.powerCodes ?? [];
        for (let codeIndex = 0; codeIndex < codes.length; codeIndex++) {
          const key = codeKey(codes[codeIndex]!);
          const list = this.byCode.get(key);
          if (!list) this.byCode.set(key, [{ ref, codeIndex }]);
          else if (!list.some((l) => l.ref.item === item)) list.push({ ref, codeIndex });
        }
        for (const h of headingKeys(item, names)) {
          const headingId = this.headings.push({ key: h.key, heading: h.heading, ref: id }) - 1;
          const list = this.byHeading.get(h.key);
          if (list) list.push(headingId);
          else this.byHeading.set(h.key, [headingId]);
        }
      }
      this.spans.set(catalogue, { from, to: this.headings.length });
    }
  }

  /** Items of the power's department whose heading is the power's name, else its 主项's. */
  byName(power: Power, key: string): ItemRef[] {
    const scope = this.scope(power.owner);
    for (const name of [power.name, power.mainItem]) {
      if (!name) continue;
      const ids = (this.byHeading.get(name === power.name ? key : nameKey(name, this.names.levelWords)) ?? []).map((h) => this.headings[h]!.ref).filter((id) => scope.items.has(id));
      if (ids.length > 0) return [...new Set(ids)].sort((a, b) => a - b).map((id) => this.refs[id]!);
    }
    return [];
  }

  /** The (at most three) items of the department whose headings are most like the power's name. */
  candidates(power: Power, key: string): Candidate[] {
    const scope = this.scope(power.owner);
    const grams = pieces(key);
    // A piece most headings share (审批, 管理) says little and costs much: it is skipped.
    const cap = Math.max(50, Math.ceil(scope.keys.length * 0.05));
    const usable: { gram: string; posting: number[] }[] = [];
    for (const gram of grams) {
      const posting = scope.grams.get(gram);
      if (posting && posting.length <= cap) usable.push({ gram, posting });
    }
    // A key scoring at least t shares at least t·g/(2−t) of the name's g pieces, so it is in the posting of
    // one of the others: only the rarer postings are walked, the commoner pieces are looked up per key.
    const t = this.names.candidateSimilarity;
    const need = Math.max(1, Math.ceil((t * grams.length) / (2 - t) - 1e-9));
    const walked = usable.length - need + 1;
    if (walked <= 0) return [];
    usable.sort((a, b) => a.posting.length - b.posting.length);
    // Counted in an array kept with the scope (zeroed again below): a Map per power cost seconds at 100,000 powers.
    const { shared } = scope;
    const touched: number[] = [];
    for (let i = 0; i < walked; i++) for (const k of usable[i]!.posting) if (shared[k]!++ === 0) touched.push(k);
    for (let i = walked; i < usable.length; i++) {
      const { gram, posting } = usable[i]!;
      if (posting.length < touched.length) {
        for (const k of posting) if (shared[k]! > 0) shared[k]!++;
      } else for (const k of touched) if (scope.keys[k]!.pieces.includes(gram)) shared[k]!++;
    }
    const scored: { key: number; score: number }[] = [];
    for (const key of touched) {
      const score = (2 * shared[key]!) / (grams.length + scope.keys[key]!.grams);
      shared[key] = 0;
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
  keys: { grams: number; pieces: string[]; headings: number[] }[];
  /** Two-character piece → the distinct keys having it. */
  grams: Map<string, number[]>;
  /** Scratch counts by key for `candidates`, all zero between calls. */
  shared: Uint32Array;
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
        const own = pieces(h.key);
        k = keys.push({ grams: own.length, pieces: own, headings: [] }) - 1;
        keyIds.set(h.key, k);
        for (const gram of own) {
          const list = grams.get(gram);
          if (list) list.push(k);
          else grams.set(gram, [k]);
        }
      }
      keys[k]!.headings.push(id);
    }
  }
  return { items, keys, grams, shared: new Uint32Array(keys.length) };
}

/** The distinct two-character pieces of a key, in order (a single character is its own piece): normalise.ts's bigrams without the counts. */
function pieces(key: string): string[] {
  const chars = /[\uD800-\uDFFF]/.test(key) ? Array.from(key) : key;
  if (chars.length === 1) return [chars[0]!];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) seen.add(chars[i]! + chars[i + 1]!);
  return [...seen];
}
