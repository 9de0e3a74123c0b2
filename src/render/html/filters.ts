import type { Vocabulary } from '../../model/vocab.js';
import { collator } from './site-map.js';
import type { FilterOption, Filters, RowData } from './types.js';

/** The distinct values of one `|`-separated field, in the vocabulary's order (else by collation). */
function options(rows: readonly RowData[], field: keyof RowData, order: readonly string[]): FilterOption[] {
  const raw = new Set<string>();
  for (const row of rows) raw.add(row[field]);
  const seen = new Set<string>();
  for (const joined of raw) for (const value of joined.split('|')) if (value) seen.add(value);
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...seen].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b)).map((value) => ({ value, label: value }));
}

/**
 * The filter bar of a page: one choice list per field, holding only the values its rows carry.
 * A list with a single value cannot narrow anything and is left out.
 */
export function filtersFor(rows: readonly RowData[], vocab: Vocabulary, areaLabel: string): Filters {
  const useful = (list: FilterOption[]) => (list.length > 1 ? list : []);
  return {
    categories: useful(options(rows, 'category', vocab.terms.fiveDisclosures.values)),
    areas: useful(options(rows, 'area', vocab.areas.map((a) => a.name))),
    areaLabel,
    audiences: useful(options(rows, 'audience', vocab.terms.audiences.values)),
    modes: useful(options(rows, 'mode', vocab.terms.modes.values)),
    total: rows.length,
  };
}
