import type { Catalogue, Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import { cellCaches, itemName, listRow, officialRow, type CellCache, type ChannelStyle, type RowContext } from './cells.js';
import { filtersFor } from './filters.js';
import { buildSiteMap, commonRegion, groupOf, levelColumns, placeName, tableAnchor, type GroupEntry, type PublisherEntry, type SiteMap } from './site-map.js';
import type { CatalogueSection, ContactLine, ListPage, ListRow, ListSection, NavLink, OfficialRow, OfficialTable, PageBase, PublisherCount, PublisherPage, SiteInfo, SiteTotals } from './types.js';

export interface SiteOptions {
  vocab: Vocabulary;
  /** The build date (YYYY-MM-DD), from the caller: a renderer never reads the clock. */
  generatedAt: string;
  channelStyle?: ChannelStyle;
  /** The site's name; by default 〈place〉政务公开目录 from the publishers' common region. */
  title?: string;
  /**
   * For fingerprints only: a key that is equal only for catalogues that are equal (e.g. a hash of the file's
   * bytes and its path, which `gkml build` has already worked out). Without one, planSite hashes the catalogue.
   */
  catalogueKey?: (catalogue: Catalogue) => string | undefined;
  /** Every template rendered by handlebars' own functions (tests compare them with the fast row partials). */
  plainHandlebars?: boolean;
}

/** Directives every page satisfies: no inline script or style, nothing from another origin. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Everything shared by the pages of one build. */
export interface SiteModel {
  map: SiteMap;
  site: SiteInfo;
  totals: SiteTotals;
  options: Required<Omit<SiteOptions, 'title' | 'catalogueKey' | 'plainHandlebars'>>;
  cache: CellCache;
}

export function buildSiteModel(catalogues: readonly Catalogue[], options: SiteOptions): SiteModel {
  const map = buildSiteMap(catalogues, options.vocab);
  const region = commonRegion(catalogues.flatMap((c) => (c.publisher.region ? [c.publisher.region] : [])));
  const dates = catalogues.flatMap((c) => (c.date ? [c.date] : [])).sort();
  const site: SiteInfo = {
    title: options.title || `${region ? placeName(region) : ''}政务公开目录`,
    region,
    updated: dates.at(-1) ?? '',
    generatedAt: options.generatedAt,
    generator: 'gkml',
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  };
  const totals = { publisherCount: map.publishers.length, itemCount: catalogues.reduce((n, c) => n + c.items.length, 0), areaCount: map.areas.length };
  return { map, site, totals, cache: new Map(), options: { vocab: options.vocab, generatedAt: options.generatedAt, channelStyle: options.channelStyle ?? 'checklist' } };
}

function nav(path: string): NavLink[] {
  return [
    { text: '首页', href: 'index.html', current: path === 'index.html' },
    { text: '公开主体', href: 'index.html#publishers', current: false },
    { text: '按领域', href: 'index.html#areas', current: false },
    { text: '按五公开类别', href: 'index.html#categories', current: false },
  ];
}

export function pageBase(model: SiteModel, kind: PageBase['page']['kind'], title: string, path: string, description: string): PageBase {
  return { site: model.site, page: { kind, title, path, description }, nav: nav(path), breadcrumb: [], contact: [] };
}

function contactLines(catalogue: Catalogue): ContactLine[] {
  const { contact, office } = catalogue.publisher;
  const lines: [string, string | undefined][] = [
    ['承办机构', office],
    ['联系电话', contact?.phone],
    ['办公地址', contact?.address],
    ['电子邮箱', contact?.email],
    ['办公时间', contact?.hours],
  ];
  return lines.flatMap(([label, text]) => (text ? [{ label, text }] : []));
}

/** A publisher's page: each catalogue in the official table layout, one table per area (or 事项类别). */
export function publisherPage(model: SiteModel, entry: PublisherEntry): PublisherPage {
  const first = entry.catalogues[0]!;
  const catalogues = entry.catalogues.map((catalogue, index) => catalogueSection(model, catalogue, entry.anchors[index]!, index));
  const items = entry.catalogues.flatMap((catalogue) => catalogue.items);
  const dates = entry.catalogues.flatMap((c) => (c.date ? [c.date] : [])).sort();
  const base = pageBase(model, 'publisher', entry.name, entry.path, `${entry.name}政务公开目录，共 ${items.length} 项`);
  return {
    ...base,
    site: { ...model.site, updated: dates.at(-1) ?? '' },
    breadcrumb: [{ text: '首页', href: 'index.html' }],
    contact: contactLines(first),
    publisher: { name: entry.name, level: first.publisher.level, region: first.publisher.region ?? '', office: first.publisher.office ?? '' },
    filters: filtersFor(items, model.options.vocab, first.catalogueType === '主动公开基本目录' ? '事项类别' : '领域'),
    catalogues,
    channelStyle: model.options.channelStyle,
  };
}

/**
 * The second and later catalogues of a publisher prefix their anchors, so the first one's match the index's links.
 * `items` are the catalogue's items in one shape (PublisherEntry.items).
 */
function catalogueSection(model: SiteModel, catalogue: Catalogue, anchors: string[], index: number): CatalogueSection {
  const { items } = catalogue;
  const { vocab, channelStyle } = model.options;
  const columns = levelColumns(catalogue, items, vocab);
  const levelLabels = catalogue.levelLabels ?? {};
  let targets: Map<string, { anchor: string; name: string }> | undefined;
  const target = (id: string) => (targets ??= new Map(items.map((item, i) => [item.id, { anchor: anchors[i]!, name: itemName(item) }]))).get(id);
  const byGroup = new Map<string, { item: Item; anchor: string }[]>();
  items.forEach((item, i) => {
    const group = groupOf(item);
    const list = byGroup.get(group);
    if (list) list.push({ item, anchor: anchors[i]! });
    else byGroup.set(group, [{ item, anchor: anchors[i]! }]);
  });
  const cells = cellCaches(model.cache, channelStyle, vocab, columns, levelLabels);
  const tables = [...byGroup.entries()].map(([group, entries]): OfficialTable => {
    const hasLevel3 = entries.some(({ item }) => item.level3);
    const context: RowContext = { vocab, channelStyle, levelColumns: columns, levelLabels, target, hasLevel3, ...cells };
    const known = vocab.areas.some((a) => a.name === group);
    const page = model.map.areas.find((a) => a.name === group)!.path;
    return {
      anchor: tableAnchor(page, index),
      heading: known ? `${group}领域` : group,
      area: group,
      hasLevel3,
      itemColspan: hasLevel3 ? 3 : 2,
      audienceColumns: [...vocab.terms.audiences.values],
      modeColumns: [...vocab.terms.modes.values],
      levelColumns: columns.map((level) => catalogue.levelLabels?.[level] ?? level),
      levelColspan: columns.length,
      // Made when the template reads them, as its table is rendered: a page's rows never all live at once.
      get groups() {
        return mergeLevel1(entries.map(({ item, anchor }, i) => officialRow(item, i + 1, anchor, context)));
      },
    };
  });
  return {
    anchor: index === 0 ? '_catalogue' : `_c${index + 1}`,
    title: catalogue.title ?? `${catalogue.publisher.name}${catalogue.catalogueType}`,
    catalogueType: catalogue.catalogueType,
    version: catalogue.version ?? '',
    date: catalogue.date ?? '',
    itemCount: items.length,
    tables,
    notApplicable: (catalogue.notApplicableAreas ?? []).map(({ area, reason }) => ({ area, reason })),
  };
}

/** Consecutive rows with the same 一级事项 become one group whose first cell spans them all. */
export function mergeLevel1(rows: OfficialRow[]): { rows: OfficialRow[] }[] {
  const groups: { rows: OfficialRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.rows[0]!.level1 === row.level1) {
      row.first = false; // rows are made afresh for each page
      last.rows.push(row);
    }
    else groups.push({ rows: [row] });
  }
  for (const group of groups) {
    const head = group.rows[0]!;
    head.span = group.rows.length;
    head.spans = head.span > 1;
    if (head.span === 1 && !head.level2) head.level1Scope = 'row';
  }
  return groups;
}

/** An area's page: its items across publishers, one section per publisher, each line linking to its row. */
export function areaPage(model: SiteModel, area: GroupEntry): ListPage {
  const known = model.options.vocab.areas.some((a) => a.name === area.name);
  const heading = known ? `${area.name}领域` : area.name;
  const items: Item[] = [];
  const sections: ListSection[] = [];
  for (const entry of model.map.publishers) {
    if (!entry.places.has(area.name)) continue;
    const rows: ListRow[] = [];
    const places = entry.places.get(area.name)!;
    const where = places[0]!; // the first of its catalogues with items of the area
    const { catalogues, anchors, path } = entry;
    for (let at = 0; at < places.length; at += 2) {
      const c = places[at]!;
      const i = places[at + 1]!;
      const item = catalogues[c]!.items[i]!;
      items.push(item);
      rows.push(listRow(item, `${path}#${anchors[c]![i]!}`));
    }
    sections.push({ anchor: `p-${entry.slug}`, heading: entry.name, href: `${entry.path}#${tableAnchor(area.path, where)}`, rows });
  }
  const base = pageBase(model, 'area', heading, area.path, `${heading}：${sections.length} 个公开主体，${items.length} 项`);
  const filters = { ...filtersFor(items, model.options.vocab, '领域'), areas: [] };
  const intro = `${heading}各公开主体的公开事项。点击事项名称，在公开主体的目录中查看公开内容、依据、时限和渠道。`;
  return { ...base, breadcrumb: [{ text: '首页', href: 'index.html#areas' }], heading, intro, filters, sections, publishers: [] };
}

/**
 * A 五公开 category's page: the publishers with items of the category, each linking to its page filtered
 * to them (`?category=`; assets/site.js applies it), where the items show in the official layout.
 */
export function categoryPage(model: SiteModel, category: GroupEntry): ListPage {
  const publishers = model.map.publishers.flatMap((entry): PublisherCount[] => {
    if (!entry.categories.has(category.name)) return [];
    let count = 0;
    for (const { items } of entry.catalogues) for (const item of items) if (item.fiveDisclosures.includes(category.name)) count++;
    return [{ name: entry.name, href: categoryHref(entry, category.name), level: entry.catalogues[0]!.publisher.level, count }];
  });
  const total = publishers.reduce((n, p) => n + p.count, 0);
  const base = pageBase(model, 'category', category.name, category.path, `${category.name}：${publishers.length} 个公开主体，${total} 项`);
  const intro = `属于“${category.name}”的公开事项共 ${total} 项，分属以下公开主体。点击公开主体，查看它目录中属于该类别的事项。`;
  const filters = filtersFor([], model.options.vocab, '领域');
  return { ...base, breadcrumb: [{ text: '首页', href: 'index.html#categories' }], heading: category.name, intro, filters, sections: [], publishers };
}

/** A publisher's page showing only the items of one 五公开 category. */
export function categoryHref(entry: PublisherEntry, category: string): string {
  return `${entry.path}?category=${encodeURIComponent(category)}`;
}
