import type { Item } from './catalogue.js';

/**
 * The item with every field in one order, those it leaves out as undefined. Catalogues write their keys in any
 * order and leave most out, so the items of a large site come in thousands of V8 hidden classes (2,841 in the
 * 100,000-item benchmark), and every read of a field in the renderer's loops took V8's slow megamorphic lookup.
 * adoptCatalogue makes every item of a catalogue this way, so the rules, the pages, catalogue.json and .csv and the
 * workbook rows all read items of one shape (and catalogue.json lists every item's fields in this order).
 */
export function sameShape(item: Item): Item {
  // Object.assign sets the blank's fields in place, so every copy keeps the blank's order; it reads the item's
  // keys by the item's own layout, where naming each field would be one more megamorphic read apiece.
  return Object.assign<object, Item>(blank(), item);
}

/** Every field of an item, none set: a field added to Item is a type error here until it is listed. */
const blank = (): Record<keyof Item, undefined> => ({
  id: undefined,
  index: undefined,
  area: undefined,
  areaAsWritten: undefined,
  category: undefined,
  level1: undefined,
  level2: undefined,
  level3: undefined,
  kind: undefined,
  fiveDisclosures: undefined,
  content: undefined,
  basis: undefined,
  clause: undefined,
  timeLimit: undefined,
  postingPeriod: undefined,
  retention: undefined,
  owner: undefined,
  office: undefined,
  channels: undefined,
  channelsOther: undefined,
  audience: undefined,
  mode: undefined,
  levels: undefined,
  interprets: undefined,
  powerCodes: undefined,
  url: undefined,
  note: undefined,
});
