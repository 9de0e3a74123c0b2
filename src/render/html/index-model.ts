import type { Item } from '../../model/catalogue.js';
import { groupOf, tableAnchor } from './site-map.js';
import type { AreaSummary, CategorySummary, IndexPage, Link, PublisherSummary } from './types.js';
import { categoryHref, pageBase, type SiteModel } from './view-model.js';

/** Counts of one area or category: its items per 五公开 category, and the publishers that have any. */
interface Tally {
  items: number;
  publishers: number;
  perCategory: Map<string, number>;
}

/** The home page: every publisher with its counts per 五公开 category and per area, then the areas and categories. */
export function indexPage(model: SiteModel): IndexPage {
  const { map } = model;
  const categories = model.options.vocab.terms.fiveDisclosures.values;
  const tally = (names: readonly string[]) => new Map(names.map((name): [string, Tally] => [name, { items: 0, publishers: 0, perCategory: new Map() }]));
  const byArea = tally(map.areas.map((a) => a.name));
  const byCategory = tally(map.categories.map((c) => c.name));
  const publishers = map.publishers.map((entry): PublisherSummary => {
    const items = entry.catalogues.flatMap((catalogue) => catalogue.items);
    const perArea = countBy(items, (item) => [groupOf(item)]);
    const perCategory = countBy(items, (item) => item.fiveDisclosures);
    for (const item of items) add(byArea.get(groupOf(item))!, item);
    for (const name of entry.places.keys()) byArea.get(name)!.publishers++;
    for (const name of entry.categories) bump(byCategory.get(name), 'publishers', 1);
    for (const [name, count] of perCategory) bump(byCategory.get(name), 'items', count);
    // The first of its catalogues with items of the area.
    const areas: Link[] = map.areas.filter((a) => perArea.has(a.name)).map((a) => ({ text: `${a.name}（${perArea.get(a.name)}）`, href: `${entry.path}#${tableAnchor(a.path, entry.places.get(a.name)![0])}` }));
    const first = entry.catalogues[0]!;
    return {
      name: entry.name,
      href: entry.path,
      level: first.publisher.level,
      catalogueTypes: [...new Set(entry.catalogues.map((c) => c.catalogueType))].join('、'),
      itemCount: items.length,
      categoryCounts: map.categories.map((category) => {
        const count = perCategory.get(category.name) ?? 0;
        return { label: category.name, count, href: count ? categoryHref(entry, category.name) : '' };
      }),
      areas,
      date: entry.catalogues.flatMap((c) => (c.date ? [c.date] : [])).sort().at(-1) ?? '',
      phone: first.publisher.contact?.phone ?? '',
    };
  });
  const areas = map.areas.map((area): AreaSummary => {
    const { items, publishers: publisherCount, perCategory } = byArea.get(area.name)!;
    return { name: area.name, href: area.path, publisherCount, itemCount: items, categoryCounts: categories.map((c) => ({ label: c, count: perCategory.get(c) ?? 0, href: '' })) };
  });
  const categorySummaries = map.categories.map((category): CategorySummary => {
    const { items, publishers: publisherCount } = byCategory.get(category.name)!;
    return { name: category.name, href: category.path, publisherCount, itemCount: items };
  });
  const { site, totals } = model;
  const base = pageBase(model, 'index', site.title, 'index.html', `${site.title}：${totals.publisherCount} 个公开主体，${totals.itemCount} 项公开事项`);
  return { ...base, totals, categories: [...categories], publishers, areas, categorySummaries };
}

/** A category outside the vocabulary (only a catalogue that skipped the schema has one) has no tally. */
function bump(tally: Tally | undefined, field: 'items' | 'publishers', by: number): void {
  if (tally) tally[field] += by;
}

function add(tally: Tally, item: Item): void {
  tally.items++;
  for (const category of item.fiveDisclosures) tally.perCategory.set(category, (tally.perCategory.get(category) ?? 0) + 1);
}

function countBy(items: readonly Item[], keys: (item: Item) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
