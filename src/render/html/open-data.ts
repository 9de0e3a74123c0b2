import type { Catalogue, Item } from '../../model/catalogue.js';
import { describeTimeLimit } from '../../model/time-limit.js';
import { describePeriod } from './cells.js';
import type { SiteMap } from './site-map.js';

/** The columns of catalogue.csv: one row per item, every field of the official table and the item's page. */
const CSV_COLUMNS: [string, (item: Item, catalogue: Catalogue, page: string) => string][] = [
  ['公开主体（目录发布单位）', (_, c) => c.publisher.name],
  ['目录名称', (_, c) => c.title ?? ''],
  ['目录类型', (_, c) => c.catalogueType],
  ['目录日期', (_, c) => c.date ?? ''],
  ['事项编号', (item) => item.id],
  ['领域', (item) => item.area ?? ''],
  ['事项类别', (item) => item.category ?? ''],
  ['一级事项', (item) => item.level1],
  ['二级事项', (item) => item.level2 ?? ''],
  ['三级事项', (item) => item.level3 ?? ''],
  ['事项性质', (item) => item.kind],
  ['五公开', (item) => item.fiveDisclosures.join('；')],
  ['公开内容（要素）', (item) => item.content.join('；')],
  ['公开依据', (item) => item.basis.join('；')],
  ['条款', (item) => item.clause ?? ''],
  ['公开时限', (item) => describeTimeLimit(item.timeLimit)],
  ['公示期', (item) => describePeriod(item.postingPeriod)],
  ['公开时长', (item) => item.retention ?? ''],
  ['公开主体', (item) => item.owner],
  ['责任科室', (item) => item.office ?? ''],
  ['公开渠道和载体', (item) => [...item.channels, ...(item.channelsOther ?? [])].join('；')],
  ['公开对象', (item) => item.audience.join('；')],
  ['公开方式', (item) => item.mode.join('；')],
  ['公开层级', (item) => item.levels.join('；')],
  ['权责清单事项编码', (item) => (item.powerCodes ?? []).join('；')],
  ['链接', (item) => item.url ?? ''],
  ['备注', (item) => item.note ?? ''],
  ['网页', (_, __, page) => page],
];

/** A cell that a spreadsheet would run as a formula, or that needs quotes. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

/**
 * A CSV cell: quoted when it must be, and never read as a formula. A spreadsheet runs a cell that
 * starts with = + - @ (or a tab or carriage return) as one, so those get a leading apostrophe.
 */
export function csvCell(value: string): string {
  if (!NEEDS_CARE.test(value)) return value; // most cells: one test, no copy
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * catalogue.csv: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends (RFC 4180).
 * Yielded one catalogue at a time, so a large site's CSV never has to sit in memory whole.
 */
export function* catalogueCsv(map: SiteMap): Generator<string> {
  yield `\uFEFF${CSV_COLUMNS.map(([name]) => csvCell(name)).join(',')}\r\n`;
  for (const entry of map.publishers) {
    for (const [c, catalogue] of entry.catalogues.entries()) {
      let chunk = '';
      catalogue.items.forEach((item, i) => {
        const page = `${entry.path}#${entry.anchors[c]![i]!}`;
        chunk += `${CSV_COLUMNS.map(([, cell]) => csvCell(cell(item, catalogue, page))).join(',')}\r\n`;
      });
      yield chunk;
    }
  }
}

/**
 * catalogue.json: the catalogues as validated (defaults applied), each item with its time-limit
 * wording and page; the local file path is left out. Yielded one catalogue at a time.
 */
export function* catalogueJson(map: SiteMap, meta: { title: string; generatedAt: string; updated: string }): Generator<string> {
  const head = JSON.stringify({ title: meta.title, updated: meta.updated, generatedAt: meta.generatedAt, generator: 'gkml' });
  yield `${head.slice(0, -1)},"publishers":[`;
  for (const [p, entry] of map.publishers.entries()) {
    yield `${p ? ',' : ''}{"name":${JSON.stringify(entry.name)},"page":${JSON.stringify(entry.path)},"catalogues":[`;
    for (const [c, catalogue] of entry.catalogues.entries()) {
      const { file: _file, items, ...rest } = catalogue;
      const json = {
        ...rest,
        items: items.map(({ index: _index, ...item }, i) => ({ ...item, timeLimitText: describeTimeLimit(item.timeLimit), page: `${entry.path}#${entry.anchors[c]![i]!}` })),
      };
      yield `${c ? ',' : ''}${JSON.stringify(json)}`;
    }
    yield ']}';
  }
  yield ']}\n';
}
