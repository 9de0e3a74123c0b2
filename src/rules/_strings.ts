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

const itemTexts = new WeakMap<Catalogue, string[]>();

/**
 * Every string of each item (every key, a superset of what visitItemStrings visits), joined by newlines, one
 * text per item, built once per catalogue and shared by the rules that read every text: one regular
 * expression over an item's text rules the item out, and the path walk runs only for the few it cannot.
 * A pattern used this way must not match across a newline.
 */
export function itemTextsOf(catalogue: Catalogue): readonly string[] {
  let texts = itemTexts.get(catalogue);
  if (!texts) {
    texts = catalogue.items.map((item) => {
      const parts: string[] = [];
      collect(item, parts);
      return parts.join('\n');
    });
    itemTexts.set(catalogue, texts);
  }
  return texts;
}

function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const entry of value) collect(entry, into);
  else if (typeof value === 'object' && value !== null) for (const key in value) collect((value as Record<string, unknown>)[key], into);
}
