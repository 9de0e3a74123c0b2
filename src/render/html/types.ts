/**
 * The plain data the HTML templates receive. Every string is final text (handlebars escapes it);
 * every link is already checked (http(s) or relative); the templates only loop and print.
 */

/** A √ column of the official table (公开对象, 公开方式, 公开层级). */
export interface Tick {
  label: string;
  on: boolean;
}

/** A link that passed the http(s)-or-relative check. */
export interface Link {
  text: string;
  href: string;
}

/** One item as a row of the official table (primer §1.2). */
export interface OfficialRow {
  /** The item id: the row's anchor, stable across rebuilds. */
  anchor: string;
  ordinal: number;
  /** First row of its 一级事项 group: carries the merged cell. */
  first: boolean;
  span: number;
  /** span > 1: the cell needs a rowspan attribute. */
  spans: boolean;
  /** The merged cell's scope: 'rowgroup', or 'row' when it is the row's only name (one row, no 二级事项). */
  level1Scope: string;
  level1: string;
  level2: string;
  level3: string;
  /** Whether the table has a 三级事项 column (so that a row template need not look up its table). */
  hasLevel3: boolean;
  /** 政策文件, 政策解读 …; empty for 一般. */
  kind: string;
  fiveDisclosures: string;
  content: string[];
  /** 解读, 栏目链接 and the like. */
  links: Link[];
  notes: string[];
  basis: string[];
  clause: string;
  timeLimit: string;
  postingPeriod: string;
  retention: string;
  owner: string;
  office: string;
  /** What the eye sees (■/□ marks) and what a screen reader hears (the selected names). */
  channelsShown: string;
  channelsSpoken: string;
  /** 公开对象, 公开方式 and 公开层级 in the header's column order. */
  ticks: Tick[];
}

/** The items of one 一级事项: one <tbody>, its first cell spanning every row. */
export interface RowGroup {
  rows: OfficialRow[];
}

/** One area (or 事项类别) of a catalogue in the official two-header-row layout. */
export interface OfficialTable {
  anchor: string;
  heading: string;
  /** The area (or 事项类别) name, which the area filter matches. */
  area: string;
  hasLevel3: boolean;
  /** 2, or 3 with 三级事项. */
  itemColspan: number;
  audienceColumns: string[];
  modeColumns: string[];
  levelColumns: string[];
  levelColspan: number;
  groups: RowGroup[];
}

export interface NotApplicable {
  area: string;
  reason: string;
}

export interface CatalogueSection {
  anchor: string;
  title: string;
  catalogueType: string;
  version: string;
  date: string;
  itemCount: number;
  tables: OfficialTable[];
  notApplicable: NotApplicable[];
}

/** One item in the cross-publisher views (by area, by 五公开 category): a line linking to its row. */
export interface ListRow {
  href: string;
  name: string;
  fiveDisclosures: string;
  audience: string;
  mode: string;
  timeLimit: string;
}

/** One publisher's items on an area page; `href` is its table of that area on the publisher page. */
export interface ListSection {
  anchor: string;
  heading: string;
  href: string;
  rows: ListRow[];
}

/** One publisher on a 五公开 category page: how many items, and its page filtered to the category. */
export interface PublisherCount {
  name: string;
  href: string;
  level: string;
  count: number;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The filter bar: each list holds what occurs on the page, so no choice empties it. */
export interface Filters {
  categories: FilterOption[];
  areas: FilterOption[];
  areaLabel: string;
  audiences: FilterOption[];
  modes: FilterOption[];
  total: number;
}

export interface ContactLine {
  label: string;
  text: string;
}

/** What every page shows in its header and footer. */
export interface SiteInfo {
  title: string;
  region: string;
  /** The latest `date` of the catalogues: the 更新日期. */
  updated: string;
  /** Passed in by the caller; never read from a clock here. */
  generatedAt: string;
  generator: string;
  contentSecurityPolicy: string;
}

/** The whole site's counts: on the home page only, so that a publisher's page never depends on the others. */
export interface SiteTotals {
  publisherCount: number;
  itemCount: number;
  areaCount: number;
}

export interface NavLink {
  text: string;
  href: string;
  current: boolean;
}

export interface PageBase {
  site: SiteInfo;
  page: { kind: 'index' | 'publisher' | 'area' | 'category'; title: string; path: string; description: string };
  nav: NavLink[];
  /** Empty on the index; the publisher page (or the view) otherwise. */
  breadcrumb: Link[];
  contact: ContactLine[];
}

export interface CountCell {
  /** The column (a 五公开 category), for the phone layout's labels. */
  label: string;
  count: number;
  /** Empty when the count is 0: nothing to link to. */
  href: string;
}

export interface PublisherSummary {
  name: string;
  href: string;
  level: string;
  catalogueTypes: string;
  itemCount: number;
  categoryCounts: CountCell[];
  areas: Link[];
  date: string;
  phone: string;
}

export interface AreaSummary {
  name: string;
  href: string;
  publisherCount: number;
  itemCount: number;
  categoryCounts: CountCell[];
}

export interface CategorySummary {
  name: string;
  href: string;
  publisherCount: number;
  itemCount: number;
}

export interface IndexPage extends PageBase {
  totals: SiteTotals;
  categories: string[];
  publishers: PublisherSummary[];
  areas: AreaSummary[];
  categorySummaries: CategorySummary[];
}

export interface PublisherPage extends PageBase {
  publisher: { name: string; level: string; region: string; office: string };
  filters: Filters;
  catalogues: CatalogueSection[];
  /** 'checklist' (■/□, the official form) or 'selected' (only ■ items). */
  channelStyle: string;
}

/** An area page lists its items by publisher (`sections`); a 五公开 category page lists publishers (`publishers`). */
export interface ListPage extends PageBase {
  heading: string;
  intro: string;
  filters: Filters;
  sections: ListSection[];
  publishers: PublisherCount[];
}

export type PageModel = IndexPage | PublisherPage | ListPage;
