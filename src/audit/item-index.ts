import { nearest } from '../core/suggest.js';
import type { Catalogue, Item } from '../model/catalogue.js';

/** An item and the catalogue it belongs to. */
export interface CatalogueItem {
  catalogue: Catalogue;
  item: Item;
}

export type ItemLookup =
  | { kind: 'found'; found: CatalogueItem }
  | { kind: 'unknown'; suggestion?: string }
  /** The id is in several catalogues and the row names no publisher or file that picks one. */
  | { kind: 'ambiguous'; candidates: CatalogueItem[] }
  /** The id exists, but not under the publisher or file the row names. */
  | { kind: 'mismatch'; candidates: CatalogueItem[] };

/** Ids are unique per file, not across a workspace: an id maps to every item that has it. */
export interface ItemIndex {
  byId: ReadonlyMap<string, CatalogueItem[]>;
  ids: readonly string[];
}

export function indexItems(catalogues: readonly Catalogue[]): ItemIndex {
  const byId = new Map<string, CatalogueItem[]>();
  for (const catalogue of catalogues) {
    for (const item of catalogue.items) {
      const list = byId.get(item.id) ?? [];
      list.push({ catalogue, item });
      byId.set(item.id, list);
    }
  }
  return { byId, ids: [...byId.keys()].sort() };
}

/**
 * Finds the item a log row means. A publisher (the catalogue's publisher or the item's owner) or a file
 * (the catalogue path, or its end such as `county-civil-affairs.yaml`) narrows an id that several have.
 */
export function findItem(index: ItemIndex, id: string, hints: { publisher?: string; file?: string } = {}): ItemLookup {
  const all = index.byId.get(id);
  if (!all) {
    const suggestion = nearest(id, index.ids);
    return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
  }
  let candidates = all;
  if (hints.publisher) candidates = candidates.filter((c) => c.catalogue.publisher.name === hints.publisher || c.item.owner === hints.publisher);
  if (hints.file) candidates = candidates.filter((c) => sameFile(c.catalogue.file, hints.file!));
  if (candidates.length === 1) return { kind: 'found', found: candidates[0]! };
  if (candidates.length === 0) return { kind: 'mismatch', candidates: all };
  return { kind: 'ambiguous', candidates };
}

function sameFile(catalogueFile: string, named: string): boolean {
  const file = catalogueFile.replace(/\\/g, '/');
  const name = named.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  return file === name || file.endsWith(`/${name}`);
}
