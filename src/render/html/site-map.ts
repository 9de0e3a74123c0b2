import type { Catalogue, Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';

/** One publisher's page: every catalogue it published, and the anchor each of its items got. */
export interface PublisherEntry {
  name: string;
  slug: string;
  path: string;
  catalogues: Catalogue[];
  /** Per catalogue, item index → anchor. */
  anchors: string[][];
  /**
   * The areas (or 事项类别) its items have, in the order first met — the area pages it appears on — and where its
   * items of each are, as catalogue and item index pairs, in order.
   */
  places: ReadonlyMap<string, readonly number[]>;
  /** The 五公开 categories its items have: the category pages it appears on. */
  categories: Set<string>;
}

/** A cross-publisher view: an area (or, for items without one, a 事项类别), or a 五公开 category. */
export interface GroupEntry {
  name: string;
  path: string;
}

/** Where everything goes: file names and anchors, decided once so every page links alike. */
export interface SiteMap {
  publishers: PublisherEntry[];
  areas: GroupEntry[];
  categories: GroupEntry[];
}

const OTHER_GROUP = '其他事项';

/** The section an item is listed under: its area, else its 事项类别. */
export function groupOf(item: Item): string {
  return item.area ?? item.category ?? OTHER_GROUP;
}

export const collator = new Intl.Collator('zh-CN');

/** FNV-1a, for stable file names from free text. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const stem = name.replace(/\.[^.]*$/, '');
  return stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'publisher';
}

/** Claims a file name, adding -2, -3 … when it is taken. */
function claim(taken: Set<string>, stem: string): string {
  let name = stem;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Decides every page's file name. Publisher pages are named after their first catalogue file, area
 * pages after the area's vocabulary id, so links survive a rebuild; the order is by level, then name.
 */
export function buildSiteMap(catalogues: readonly Catalogue[], vocab: Vocabulary): SiteMap {
  const taken = new Set(['index', 'catalogue']);
  const byName = new Map<string, Catalogue[]>();
  for (const catalogue of [...catalogues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const list = byName.get(catalogue.publisher.name) ?? [];
    list.push(catalogue);
    byName.set(catalogue.publisher.name, list);
  }
  const levels = vocab.terms.levels.values;
  const rank = (list: Catalogue[]) => levels.indexOf(list[0]!.publisher.level);
  const groups = [...byName.entries()].sort(([a, x], [b, y]) => rank(x) - rank(y) || collator.compare(a, b));

  const areaNames = new Set<string>();
  const used = groups.map(([, list]) => {
    const places = new Map<string, number[]>();
    const categories = new Set<string>();
    list.forEach((catalogue, c) => {
      catalogue.items.forEach((item, i) => {
        const group = groupOf(item);
        const found = places.get(group);
        if (found) found.push(c, i);
        else places.set(group, [c, i]);
        for (const category of item.fiveDisclosures) categories.add(category);
      });
    });
    for (const name of places.keys()) areaNames.add(name);
    return { places, categories };
  });
  const vocabOrder = (name: string) => {
    const at = vocab.areas.findIndex((area) => area.name === name);
    return at === -1 ? vocab.areas.length : at;
  };
  const areas = [...areaNames]
    .sort((a, b) => vocabOrder(a) - vocabOrder(b) || collator.compare(a, b))
    .map((name) => {
      const id = vocab.areas.find((area) => area.name === name)?.id;
      return { name, path: `${claim(taken, id ? `area-${id}` : `group-${shortHash(name)}`)}.html` };
    });
  const categories = vocab.terms.fiveDisclosures.values.map((name, index) => ({ name, path: `${claim(taken, `category-${index + 1}`)}.html` }));

  const publishers = groups.map(([name, list], index) => {
    const slug = claim(taken, baseName(list[0]!.file));
    const claimAnchor = anchorClaimer();
    const anchors = list.map((catalogue) => catalogue.items.map((item) => claimAnchor(item.id)));
    return {
      name,
      slug,
      path: `${slug}.html`,
      catalogues: list,
      anchors,
      ...used[index]!,
    };
  });
  return { publishers, areas, categories };
}

/**
 * Gives each item of a publisher its anchor: its id, or `id-2`, `id-3` … when that is taken. A publisher's
 * catalogues often use the same ids (32 files of mz-0001 … mz-0200 in the benchmark): each id remembers the
 * suffix it reached, so the 32nd copy does not try the 31 taken before it. Anchors are only ever added, so a
 * suffix once taken stays taken and the first free one is the same as counting from 2.
 */
function anchorClaimer(): (id: string) => string {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (id) => {
    const before = used.size;
    if (used.add(id).size > before) return id; // the usual case, an id not yet taken: one look-up, not two
    let n = nextSuffix.get(id) ?? 2;
    while (used.has(`${id}-${n}`)) n++;
    const anchor = `${id}-${n}`;
    used.add(anchor);
    nextSuffix.set(id, n + 1);
    return anchor;
  };
}

/**
 * The anchor of an area's table on a publisher page: `_` keeps it apart from item ids, which cannot
 * hold one; a publisher's second and later catalogues add `_c2`, `_c3` … in front.
 */
export function tableAnchor(areaPath: string, catalogueIndex = 0): string {
  return `${catalogueIndex === 0 ? '' : `_c${catalogueIndex + 1}`}_${areaPath.replace(/\.html$/, '')}`;
}

/** The levels a catalogue's table needs a column for: those its items use and the publisher's own, in order. */
export function levelColumns(catalogue: Catalogue, items: readonly Item[], vocab: Vocabulary): string[] {
  const used = new Set<string>([catalogue.publisher.level]);
  for (const item of items) for (const level of item.levels) used.add(level);
  return vocab.terms.levels.values.filter((level) => used.has(level));
}

/**
 * The place the site covers: the regions all publishers share, cut at an administrative boundary
 * (示例省示例市示例县 and 示例省示例市示例县示例镇 share 示例省示例市示例县).
 */
export function commonRegion(regions: readonly string[]): string {
  if (regions.length === 0) return '';
  let prefix = regions[0]!;
  for (const region of regions) {
    let n = 0;
    while (n < prefix.length && n < region.length && prefix[n] === region[n]) n++;
    prefix = prefix.slice(0, n);
  }
  if (regions.every((region) => region === prefix)) return prefix;
  const cut = Math.max(...[...'省市州盟县区旗镇乡街道'].map((c) => prefix.lastIndexOf(c)));
  return cut === -1 ? '' : prefix.slice(0, cut + 1);
}

/** The last administrative unit of a region: 示例省示例市示例县 → 示例县. */
export function placeName(region: string): string {
  const parts = region.match(/.+?(?:自治州|自治县|自治旗|省|市|州|盟|县|区|旗|镇|乡|街道)/g);
  return parts?.at(-1) ?? region;
}
