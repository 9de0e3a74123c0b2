import type { Item } from '../../model/catalogue.js';
import { groupOf, tableAnchor } from './site-map.js';
import type { AreaSummary, CategorySummary, IndexPage, Link, PublisherSummary } from './types.js';
import { pageBase, type SiteModel } from './view-model.js';

/** The home page: every publisher with its counts per 五公开 category and per area, then the areas and categories. */
export function indexPage(model: SiteModel): IndexPage {
  const { map } = model;
  const categories = model.options.vocab.terms.fiveDisclosures.values;
  const areaPath = new Map(map.areas.map((a) => [a.name, a.path]));
  const publishers = map.publishers.map((entry): PublisherSummary => {
    const items = entry.catalogues.flatMap((c) => c.items);
    const perArea = countBy(items, (item) => [groupOf(item)]);
    const where = (area: string) => entry.catalogues.findIndex((c) => c.items.some((item) => groupOf(item) === area));
    const areas: Link[] = map.areas.filter((a) => perArea.has(a.name)).map((a) => ({ text: `${a.name}（${perArea.get(a.name)}）`, href: `${entry.path}#${tableAnchor(a.path, where(a.name))}` }));
    const perCategory = countBy(items, (item) => item.fiveDisclosures);
    const first = entry.catalogues[0]!;
    return {
      name: entry.name,
      href: entry.path,
      level: first.publisher.level,
      catalogueTypes: [...new Set(entry.catalogues.map((c) => c.catalogueType))].join('、'),
      itemCount: items.length,
      categoryCounts: map.categories.map((category) => {
        const count = perCategory.get(category.name) ?? 0;
        return { label: category.name, count, href: count ? `${category.path}#p-${entry.slug}` : '' };
      }),
      areas,
      date: entry.catalogues.flatMap((c) => (c.date ? [c.date] : [])).sort().at(-1) ?? '',
      phone: first.publisher.contact?.phone ?? '',
    };
  });
  const allItems = map.publishers.flatMap((entry) => entry.catalogues.flatMap((c) => c.items.map((item) => ({ item, publisher: entry.name }))));
  const areas = map.areas.map((area): AreaSummary => {
    const inArea = allItems.filter(({ item }) => groupOf(item) === area.name);
    const perCategory = countBy(inArea.map((e) => e.item), (item) => item.fiveDisclosures);
    return {
      name: area.name,
      href: areaPath.get(area.name)!,
      publisherCount: new Set(inArea.map((e) => e.publisher)).size,
      itemCount: inArea.length,
      categoryCounts: categories.map((c) => ({ label: c, count: perCategory.get(c) ?? 0, href: '' })),
    };
  });
  const categorySummaries = map.categories.map((category): CategorySummary => {
    const inCategory = allItems.filter(({ item }) => item.fiveDisclosures.includes(category.name));
    return { name: category.name, href: category.path, publisherCount: new Set(inCategory.map((e) => e.publisher)).size, itemCount: inCategory.length };
  });
  const site = model.site;
  const base = pageBase(model, 'index', site.title, 'index.html', `${site.title}：${site.publisherCount} 个公开主体，${site.itemCount} 项公开事项`);
  return { ...base, categories: [...categories], publishers, areas, categorySummaries };
}

function countBy(items: readonly Item[], keys: (item: Item) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
