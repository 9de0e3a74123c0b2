import type { Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import { collator, groupOf } from './site-map.js';
import type { FilterOption, Filters } from './types.js';

/** The distinct values, in the vocabulary's order (else by collation). */
function options(seen: Set<string>, order: readonly string[]): FilterOption[] {
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...seen].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b)).map((value) => ({ value, label: value }));
}

/**
 * The filter bar of a page: one choice list per field, holding only the values its items carry.
 * A list with a single value cannot narrow anything and is left out. The rows carry no filter data:
 * assets/site.js reads each row's values from its cells (五公开, the √ columns, the table's area).
 */
export function filtersFor(items: Iterable<Item>, vocab: Vocabulary, areaLabel: string): Filters {
  const categories = new Set<string>();
  const areas = new Set<string>();
  const audiences = new Set<string>();
  const modes = new Set<string>();
  let total = 0;
  for (const item of items) {
    total++;
    for (const value of item.fiveDisclosures) categories.add(value);
    areas.add(groupOf(item));
    for (const value of item.audience) audiences.add(value);
    for (const value of item.mode) modes.add(value);
  }
  const useful = (list: FilterOption[]) => (list.length > 1 ? list : []);
  return {
    categories: useful(options(categories, vocab.terms.fiveDisclosures.values)),
    areas: useful(options(areas, vocab.areas.map((a) => a.name))),
    areaLabel,
    audiences: useful(options(audiences, vocab.terms.audiences.values)),
    modes: useful(options(modes, vocab.terms.modes.values)),
    total,
  };
}
