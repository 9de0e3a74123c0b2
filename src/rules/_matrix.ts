import type { Catalogue, CatalogueDocument } from '../model/catalogue.js';
import { resolveArea, type Vocabulary } from '../model/vocab.js';

/** 五公开 in their official order (vocab/terms.yaml fiveDisclosures; test/rules/matrix.test.ts keeps the two equal). */
export const FIVE_DISCLOSURES = ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'] as const;

export type FiveDisclosure = (typeof FIVE_DISCLOSURES)[number];

export interface MatrixRow {
  publisher: string;
  /** The area's official name; '' for items without one (主动公开基本目录 usually has none). */
  area: string;
  /** How many items carry each of the five disclosures (an item tagged with two counts in both). */
  counts: Record<FiveDisclosure, number>;
}

/**
 * The five disclosures × area matrix for formatters: one row per publisher and area, sorted by publisher, then area.
 * Catalogues of the same publisher are added together.
 */
export function disclosureMatrix(catalogues: readonly Catalogue[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const catalogue of catalogues) {
    for (const item of catalogue.items) {
      const publisher = catalogue.publisher.name;
      const area = item.area ?? '';
      const key = `${publisher}\u0000${area}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { publisher, area, counts: emptyCounts() }));
      for (const category of item.fiveDisclosures) if (isFiveDisclosure(category)) row.counts[category] += 1;
    }
  }
  return [...rows.values()].sort((a, b) => compare(a.publisher, b.publisher) || compare(a.area, b.area));
}

/**
 * The same rows for one file straight from its parsed value (it passed the schema), without building its
 * Catalogue: a schema-only run needs nothing else of it. Areas are resolved as toCatalogue resolves them.
 */
export function documentMatrix(document: CatalogueDocument, vocab: Vocabulary): MatrixRow[] {
  const publisher = document.publisher.name;
  const areas = areaNames(vocab);
  const rows = new Map<string, MatrixRow>();
  for (const item of document.items) {
    let area = '';
    if (item.area !== undefined) {
      let official = areas.get(item.area);
      if (official === undefined) areas.set(item.area, (official = resolveArea(vocab, item.area)?.name ?? item.area));
      area = official;
    }
    let row = rows.get(area);
    if (!row) rows.set(area, (row = { publisher, area, counts: emptyCounts() }));
    for (const category of item.fiveDisclosures) if (isFiveDisclosure(category)) row.counts[category] += 1;
  }
  return [...rows.values()].sort((a, b) => compare(a.area, b.area));
}

/** Area as written → official name, per vocabulary. */
const areaNamesByVocab = new WeakMap<Vocabulary, Map<string, string>>();
function areaNames(vocab: Vocabulary): Map<string, string> {
  let names = areaNamesByVocab.get(vocab);
  if (!names) areaNamesByVocab.set(vocab, (names = new Map()));
  return names;
}

function emptyCounts(): Record<FiveDisclosure, number> {
  return Object.fromEntries(FIVE_DISCLOSURES.map((category) => [category, 0])) as Record<FiveDisclosure, number>;
}

function isFiveDisclosure(value: string): value is FiveDisclosure {
  return (FIVE_DISCLOSURES as readonly string[]).includes(value);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
