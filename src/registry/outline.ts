import type { Catalogue, CatalogueDocument, Item, ItemDocument, Publisher } from '../model/catalogue.js';

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

/** An item's outline, the keys always in this order, from an item or the document it was adopted from. */
function outlineOf(item: Pick<ItemDocument, 'id' | 'level1' | 'level2' | 'level3' | 'fiveDisclosures' | 'timeLimit' | 'powerCodes'>, index: number, owner: string): DiffItem {
  const outline: DiffItem = { id: item.id, index, level1: item.level1, owner, fiveDisclosures: item.fiveDisclosures, timeLimit: item.timeLimit };
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
