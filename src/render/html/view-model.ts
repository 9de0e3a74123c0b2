import type { Catalogue, Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import { itemName, listRow, officialRow, type CellCache, type ChannelStyle, type RowContext } from './cells.js';
import { filtersFor } from './filters.js';
import { buildSiteMap, commonRegion, groupOf, levelColumns, placeName, tableAnchor, type GroupEntry, type PublisherEntry, type SiteMap } from './site-map.js';
import type { CatalogueSection, ContactLine, ListPage, ListSection, NavLink, OfficialRow, OfficialTable, PageBase, PublisherPage, SiteInfo } from './types.js';

export interface SiteOptions {
  vocab: Vocabulary;
  /** The build date (YYYY-MM-DD), from the caller: a renderer never reads the clock. */
  generatedAt: string;
  channelStyle?: ChannelStyle;
  /** The site's name; by default 〈place〉政务公开目录 from the publishers' common region. */
  title?: string;
}

/** Directives every page satisfies: no inline script or style, nothing from another origin. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Everything shared by the pages of one build. */
export interface SiteModel {
  map: SiteMap;
  site: SiteInfo;
  options: Required<Omit<SiteOptions, 'title'>>;
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
    publisherCount: map.publishers.length,
    itemCount: catalogues.reduce((n, c) => n + c.items.length, 0),
    areaCount: map.areas.length,
  };
  return { map, site, cache: new Map(), options: { vocab: options.vocab, generatedAt: options.generatedAt, channelStyle: options.channelStyle ?? 'checklist' } };
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
  const rows = catalogues.flatMap((c) => c.tables.flatMap((t) => t.groups.flatMap((g) => g.rows)));
  const dates = entry.catalogues.flatMap((c) => (c.date ? [c.date] : [])).sort();
  const base = pageBase(model, 'publisher', entry.name, entry.path, `${entry.name}政务公开目录，共 ${rows.length} 项`);
  return {
    ...base,
    site: { ...model.site, updated: dates.at(-1) ?? '' },
    breadcrumb: [{ text: '首页', href: 'index.html' }],
    contact: contactLines(first),
    publisher: { name: entry.name, level: first.publisher.level, region: first.publisher.region ?? '', office: first.publisher.office ?? '' },
    filters: filtersFor(rows.map((r) => r.data), model.options.vocab, first.catalogueType === '主动公开基本目录' ? '事项类别' : '领域'),
    catalogues,
    channelStyle: model.options.channelStyle,
  };
}

/** The second and later catalogues of a publisher prefix their anchors, so the first one's match the index's links. */
function catalogueSection(model: SiteModel, catalogue: Catalogue, anchors: string[], index: number): CatalogueSection {
  const { vocab, channelStyle } = model.options;
  const columns = levelColumns(catalogue, vocab);
  const anchorOf = new Map(catalogue.items.map((item, i) => [item.id, anchors[i]!]));
  const names = new Map(catalogue.items.map((item) => [item.id, itemName(item)]));
  const byGroup = new Map<string, { item: Item; anchor: string }[]>();
  catalogue.items.forEach((item, i) => {
    const list = byGroup.get(groupOf(item)) ?? [];
    list.push({ item, anchor: anchors[i]! });
    byGroup.set(groupOf(item), list);
  });
  const tables = [...byGroup.entries()].map(([group, entries]): OfficialTable => {
    const hasLevel3 = entries.some(({ item }) => item.level3);
    const context: RowContext = { vocab, channelStyle, levelColumns: columns, levelLabels: catalogue.levelLabels ?? {}, anchors: anchorOf, names, group, cache: model.cache, hasLevel3 };
    const rows = entries.map(({ item, anchor }, i) => officialRow(item, i + 1, anchor, context));
    const known = vocab.areas.some((a) => a.name === group);
    const page = model.map.areas.find((a) => a.name === group)!.path;
    return {
      anchor: tableAnchor(page, index),
      heading: known ? `${group}领域` : group,
      hasLevel3,
      itemColspan: hasLevel3 ? 3 : 2,
      audienceColumns: [...vocab.terms.audiences.values],
      modeColumns: [...vocab.terms.modes.values],
      levelColumns: columns.map((level) => catalogue.levelLabels?.[level] ?? level),
      levelColspan: columns.length,
      groups: mergeLevel1(rows),
    };
  });
  return {
    anchor: index === 0 ? '_catalogue' : `_c${index + 1}`,
    title: catalogue.title ?? `${catalogue.publisher.name}${catalogue.catalogueType}`,
    catalogueType: catalogue.catalogueType,
    version: catalogue.version ?? '',
    date: catalogue.date ?? '',
    itemCount: catalogue.items.length,
    tables,
    notApplicable: (catalogue.notApplicableAreas ?? []).map(({ area, reason }) => ({ area, reason })),
  };
}

/** Consecutive rows with the same 一级事项 become one group whose first cell spans them all. */
export function mergeLevel1(rows: OfficialRow[]): { rows: OfficialRow[] }[] {
  const groups: { rows: OfficialRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.rows[0]!.level1 === row.level1) last.rows.push({ ...row, first: false });
    else groups.push({ rows: [row] });
  }
  for (const group of groups) {
    const head = group.rows[0]!;
    head.span = group.rows.length;
    if (head.span === 1 && !head.level2) head.level1Scope = 'row';
  }
  return groups;
}

/** An area's page: its items across publishers, one section per publisher, each line linking to its row. */
export function areaPage(model: SiteModel, area: GroupEntry): ListPage {
  const known = model.options.vocab.areas.some((a) => a.name === area.name);
  const heading = known ? `${area.name}领域` : area.name;
  const sections = listSections(model, (item) => groupOf(item) === area.name);
  return listPage(model, 'area', area, heading, `${heading}各公开主体的公开事项。点击事项名称查看公开内容、依据、时限和渠道。`, sections);
}

/** A 五公开 category's page: its items across publishers, one section per publisher. */
export function categoryPage(model: SiteModel, category: GroupEntry): ListPage {
  const sections = listSections(model, (item) => item.fiveDisclosures.includes(category.name));
  return listPage(model, 'category', category, category.name, `属于“${category.name}”的公开事项，按公开主体列出。点击事项名称查看完整要素。`, sections);
}

function listPage(model: SiteModel, kind: 'area' | 'category', entry: GroupEntry, heading: string, intro: string, sections: ListSection[]): ListPage {
  const rows = sections.flatMap((s) => s.rows);
  const base = pageBase(model, kind, heading, entry.path, `${heading}：${sections.length} 个公开主体，${rows.length} 项`);
  const filters = filtersFor(rows.map((r) => r.data), model.options.vocab, '领域');
  if (kind === 'area') filters.areas = [];
  if (kind === 'category') filters.categories = [];
  return { ...base, breadcrumb: [{ text: '首页', href: kind === 'area' ? 'index.html#areas' : 'index.html#categories' }], heading, intro, filters, sections };
}

function listSections(model: SiteModel, wanted: (item: Item) => boolean): ListSection[] {
  return model.map.publishers.flatMap((entry) => {
    const rows = entry.catalogues.flatMap((catalogue, c) =>
      catalogue.items.flatMap((item, i) => (wanted(item) ? [listRow(item, `${entry.path}#${entry.anchors[c]![i]!}`, groupOf(item))] : [])),
    );
    return rows.length ? [{ anchor: `p-${entry.slug}`, heading: entry.name, rows }] : [];
  });
}
