import type { DiffCatalogue, DiffItem } from './outline.js';
import { codeKey, nameKey, sameDepartment } from './normalise.js';
import type { Power, RegisterVocabulary } from './types.js';

/** A catalogue item, with the catalogue it is in. */
export interface ItemRef {
  catalogue: DiffCatalogue;
  item: DiffItem;
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
 * One frozen empty list for the many powers with no link, no candidate or no related place (the diff's entries and
 * findings share it too): 100,000 powers, one array.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * Links powers to catalogue items: by the codes an item lists first; a power no code reaches, by its
 * normalised name (or its 主项's) against the items' headings in its department; for what is left, the
 * most alike headings become candidates. Codes an item lists that no register has are stale.
 */
export function matchPowers(powers: readonly Power[], catalogues: readonly DiffCatalogue[], names: Names, index: CatalogueIndex = indexCatalogues(catalogues, names)): Matching {
  const links: Link[][] = [];
  const candidates: Candidate[][] = [];
  const keys = powers.map((p) => (p.code === '' ? '' : codeKey(p.code)));
  const nameKeys = powers.map((p) => nameKey(p.name, names.levelWords));
  const registerCodes = new Set(keys.filter((k) => k !== ''));
  for (const [i, power] of powers.entries()) {
    const key = keys[i]!;
    const coded = key === '' ? undefined : index.byCode.get(key);
    const found = coded ? coded.map(({ ref, codeIndex }): Link => ({ ref, by: 'code', codeIndex })) : index.byName(power, nameKeys[i]!).map((ref): Link => ({ ref, by: 'name' }));
    links.push(found.length > 0 ? found : NONE);
    candidates.push(found.length > 0 ? NONE : index.candidates(power, nameKeys[i]!));
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

/**
 * The keys an item's headings are known by, most specific level first: each level's, and each without a trailing
 * 办事指南/审批信息 …; `add` is told each (key, heading).
 */
function eachHeadingKey(item: DiffItem, names: Names, add: (key: string, heading: string) => void): void {
  for (const heading of [item.level3, item.level2, item.level1]) {
    if (!heading) continue;
    const key = nameKey(heading, names.levelWords);
    add(key, heading);
    const bare = bareKey(key, names.headingSuffixes);
    if (bare !== key) add(bare, heading);
  }
}

/** A heading's key without a trailing 办事指南/审批信息 …, remembered: catalogues repeat their headings thousands of times. */
function bareKey(key: string, suffixes: readonly string[]): string {
  let known = bareKeys.get(suffixes);
  if (!known) bareKeys.set(suffixes, (known = { suffixes: suffixes.map((s) => nameKey(s, [])), bare: new Map() }));
  let bare = known.bare.get(key);
  if (bare === undefined) {
    const suffix = known.suffixes.find((s) => key.endsWith(s) && key.length > s.length);
    bare = suffix && key.length - suffix.length >= 2 ? key.slice(0, -suffix.length) : key;
    known.bare.set(key, bare);
  }
  return bare;
}

const bareKeys = new WeakMap<readonly string[], { suffixes: string[]; bare: Map<string, string> }>();

/**
 * The catalogues' side of the match, which needs no register: `gkml diff` makes it while the register is still being
 * read on another thread.
 */
export function indexCatalogues(catalogues: readonly DiffCatalogue[], names: Names): CatalogueIndex {
  return new CatalogueIndex(catalogues, names);
}

/**
 * Catalogue items by code, by heading and by department, built once per run. Headings are numbered in
 * catalogue order and kept in parallel arrays: 250,000 small objects that live through the whole match cost the
 * garbage collector more than the lookups.
 */
export class CatalogueIndex {
  readonly byCode = new Map<string, { ref: ItemRef; codeIndex: number }[]>();
  private readonly refs: ItemRef[] = [];
  /** Per heading id: its key, its text, and the id of its item in `refs`. */
  private readonly headingKey: string[] = [];
  private readonly headingText: string[] = [];
  private readonly headingRef: number[] = [];
  private readonly byHeading = new Map<string, number[]>();
  private readonly scopes = new Map<string, Scope>();
  /** Per catalogue, the range of its headings' ids. */
  private readonly spans = new Map<DiffCatalogue, { from: number; to: number }>();

  constructor(
    private readonly catalogues: readonly DiffCatalogue[],
    private readonly names: Names,
  ) {
    let id = 0;
    const add = (key: string, heading: string) => {
      const headingId = this.headingKey.push(key) - 1;
      this.headingText.push(heading);
      this.headingRef.push(id);
      const list = this.byHeading.get(key);
      if (list) list.push(headingId);
      else this.byHeading.set(key, [headingId]);
    };
    for (const catalogue of catalogues) {
      const from = this.headingKey.length;
      for (const item of catalogue.items) {
        const ref = { catalogue, item };
        id = this.refs.push(ref) - 1;
        const codes = item.powerCodes;
        for (let codeIndex = 0; codes && codeIndex < codes.length; codeIndex++) {
          const key = codeKey(codes[codeIndex]!);
          const list = this.byCode.get(key);
          if (!list) this.byCode.set(key, [{ ref, codeIndex }]);
          else if (!list.some((l) => l.ref.item === item)) list.push({ ref, codeIndex });
        }
        eachHeadingKey(item, names, add);
      }
      this.spans.set(catalogue, { from, to: this.headingKey.length });
    }
  }

  /** Items of the power's department whose heading is the power's name, else its 主项's. */
  byName(power: Power, key: string): ItemRef[] {
    for (const name of [power.name, power.mainItem]) {
      if (!name) continue;
      const headings = this.byHeading.get(name === power.name ? key : nameKey(name, this.names.levelWords));
      if (!headings) continue;
      const scope = this.scope(power.owner);
      const ids = new Set<number>();
      for (const h of headings) if (scope.items.has(this.headingRef[h]!)) ids.add(this.headingRef[h]!);
      if (ids.size > 0) return [...ids].sort((a, b) => a - b).map((id) => this.refs[id]!);
    }
    return NONE;
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
    if (walked <= 0) return NONE;
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
        const ref = this.headingRef[h]!;
        if (!best.has(ref)) best.set(ref, { ref: this.refs[ref]!, heading: this.headingText[h]!, score: Math.round(score * 100) / 100 });
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
      scope = buildScope(this.headingKey, this.headingRef, chosen.map((c) => this.spans.get(c)!));
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
function buildScope(headingKey: readonly string[], headingRef: readonly number[], spans: readonly { from: number; to: number }[]): Scope {
  const items = new Set<number>();
  const keyIds = new Map<string, number>();
  const keys: Scope['keys'] = [];
  const grams = new Map<string, number[]>();
  for (const { from, to } of spans) {
    for (let id = from; id < to; id++) {
      const key = headingKey[id]!;
      items.add(headingRef[id]!);
      let k = keyIds.get(key);
      if (k === undefined) {
        const own = pieces(key);
        k = keys.push({ grams: own.length, pieces: own, headings: [] }) - 1;
        keyIds.set(key, k);
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
