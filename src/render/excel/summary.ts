import type { Vocabulary } from '../../model/vocab.js';
import type { WorkbookPlan } from './plan.js';

export interface SummaryRow {
  area: string;
  items: number;
  /** Items per 五公开 category, in the order of vocab/terms.yaml; an item with two categories counts in both. */
  counts: number[];
}

export interface SummaryTable {
  categories: string[];
  rows: SummaryRow[];
  total: SummaryRow;
}

export const NO_AREA_LABEL = '（未分领域）';

/** Counts per five-disclosure category × area over every catalogue sheet of a workbook. */
export function summarise(plan: WorkbookPlan, vocab: Vocabulary): SummaryTable {
  const categories = vocab.terms.fiveDisclosures.values;
  const byArea = new Map<string, SummaryRow>();
  const total: SummaryRow = { area: '合计', items: 0, counts: categories.map(() => 0) };
  const place = new Map(categories.map((category, i) => [category, i]));
  for (const sheet of plan.sheets) {
    for (const { item } of sheet.rows) {
      const area = item.area ?? NO_AREA_LABEL;
      let row = byArea.get(area);
      if (!row) byArea.set(area, (row = { area, items: 0, counts: categories.map(() => 0) }));
      row.items++;
      total.items++;
      // Each category once, however often the item lists it.
      item.fiveDisclosures.forEach((category, k) => {
        const i = place.get(category);
        if (i !== undefined && item.fiveDisclosures.indexOf(category) === k) {
          row.counts[i]!++;
          total.counts[i]!++;
        }
      });
    }
  }
  return { categories, rows: [...byArea.values()], total };
}
