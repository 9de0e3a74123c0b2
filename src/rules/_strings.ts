import type { Catalogue, Item } from '../model/catalogue.js';

/**
 * Called for every string; `path` is reused while walking, so copy it (`[...path]`) to keep it.
 * Walking without building a path per string keeps rules that read every text cheap on 100,000 items.
 */
export type StringVisitor = (text: string, path: (string | number)[]) => void;

/** Keys of an Item that gkml derives rather than reads: they have no place in the file. */
const DERIVED = new Set(['index', 'areaAsWritten']);

/** Visits every string in an item, depth first in key order (items[i].content[k], items[i].timeLimit.text …). */
export function visitItemStrings(catalogue: Catalogue, item: Item, visit: StringVisitor): void {
  const path: (string | number)[] = ['items', item.index];
  for (const key of Object.keys(item)) {
    if (DERIVED.has(key)) continue;
    const value = (item as unknown as Record<string, unknown>)[key];
    // owner defaults to the publisher's name; only an owner written in the item is the item's text.
    if (key === 'owner' && value === catalogue.publisher.name) continue;
    path.push(key);
    walk(key === 'area' && item.areaAsWritten !== undefined ? item.areaAsWritten : value, path, visit);
    path.pop();
  }
}

/** Visits every string of the catalogue outside its items (title, publisher …). */
export function visitHeaderStrings(catalogue: Catalogue, visit: StringVisitor): void {
  const path: (string | number)[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (key === 'file' || key === 'items') continue;
    path.push(key);
    walk(value, path, visit);
    path.pop();
  }
}

function walk(value: unknown, path: (string | number)[], visit: StringVisitor): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      path.push(k);
      walk(value[k], path, visit);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      path.push(key);
      walk(entry, path, visit);
      path.pop();
    }
  }
}
