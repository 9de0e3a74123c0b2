import type { Catalogue, CatalogueDocument, Item, ItemDocument, Publisher } from '../model/catalogue.js';
import type { TimeLimitValue } from '../model/time-limit.js';

/** What the register diff reads of an item: its headings, codes, owner, categories and time limit. */
export type DiffItem = Pick<Item, 'id' | 'index' | 'level1' | 'level2' | 'level3' | 'owner' | 'fiveDisclosures' | 'timeLimit' | 'powerCodes'>;

/** What the register diff reads of a catalogue. Every Catalogue is one; `gkml diff` keeps no more than this. */
export interface DiffCatalogue {
  file: string;
  publisher: Pick<Publisher, 'name'>;
  items: DiffItem[];
}

/**
 * The part of a catalogue the diff reads, for a run that holds 100,000 items while it reads a register: the
 * rest (content, basis, channels …) is dropped as soon as the file is checked, which halves what the garbage
 * collector copies while the catalogues are parsed.
 */
export function diffOutline(catalogue: Catalogue): DiffCatalogue {
  return { file: catalogue.file, publisher: { name: catalogue.publisher.name }, items: catalogue.items.map(outlineItem) };
}

function outlineItem(item: Item): DiffItem {
  return outlineOf(item, item.index, item.owner);
}

/**
 * An item's outline, the keys always in this order, from an item or the document it was adopted from. Its
 * categories and time limit are shared objects that say only what the diff reads (the categories, the working
 * days): 100,000 items held through a long parse each kept six small objects more, all copied by every
 * young-generation collection they lived through.
 */
function outlineOf(item: Pick<ItemDocument, 'id' | 'level1' | 'level2' | 'level3' | 'fiveDisclosures' | 'timeLimit' | 'powerCodes'>, index: number, owner: string): DiffItem {
  const outline: DiffItem = { id: item.id, index, level1: item.level1, owner, fiveDisclosures: sharedCategories(item.fiveDisclosures), timeLimit: sharedTimeLimit(item.timeLimit) };
  if (item.level2 !== undefined) outline.level2 = item.level2;
  if (item.level3 !== undefined) outline.level3 = item.level3;
  if (item.powerCodes !== undefined) outline.powerCodes = item.powerCodes;
  return outline;
}

/**
 * diffOutline of the catalogue a schema-valid document would become (adoptCatalogue), made from the document
 * itself: the diff reads none of what adopting adds but the owner, and adopting 100,000 items (a field or
 * four added to objects of thousands of shapes) cost a third of a second. test/registry/outline.test.ts holds the two equal.
 */
export function diffOutlineOf(file: string, document: CatalogueDocument): DiffCatalogue {
  const publisher = document.publisher.name;
  return { file, publisher: { name: publisher }, items: document.items.map((item, index) => outlineOf(item, index, item.owner ?? publisher)) };
}

/** One array for each list of categories (a schema-valid catalogue has at most a few hundred orderings of five). */
function sharedCategories(categories: readonly string[]): Item['fiveDisclosures'] {
  const key = categories.join('\u0000');
  let shared = categoryLists.get(key);
  if (!shared) {
    if (categoryLists.size >= 10_000) categoryLists.clear();
    categoryLists.set(key, (shared = Object.freeze([...categories]) as Item['fiveDisclosures']));
  }
  return shared;
}

/** A time limit as the diff reads it: `实时`/`及时` as written, otherwise only its working days, one object per number. */
function sharedTimeLimit(limit: TimeLimitValue): TimeLimitValue {
  if (typeof limit !== 'object') return limit;
  const workdays = typeof limit.workdays === 'number' ? limit.workdays : undefined;
  let shared = timeLimits.get(workdays);
  if (!shared) {
    if (timeLimits.size >= 10_000) timeLimits.clear();
    timeLimits.set(workdays, (shared = Object.freeze(workdays === undefined ? {} : { workdays })));
  }
  return shared;
}

const categoryLists = new Map<string, Item['fiveDisclosures']>();
const timeLimits = new Map<number | undefined, TimeLimitValue>();
