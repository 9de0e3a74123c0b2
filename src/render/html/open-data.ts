import type { Catalogue, Item } from '../../model/catalogue.js';
import { describeTimeLimit } from '../../model/time-limit.js';
import { describePeriod } from './cells.js';
import type { SiteMap } from './site-map.js';

/** The columns of catalogue.csv: one row per item, every field of the official table and the item's page. */
const CSV_HEADER = [
  '公开主体（目录发布单位）', '目录名称', '目录类型', '目录日期', '事项编号', '领域', '事项类别', '一级事项', '二级事项', '三级事项', '事项性质', '五公开',
  '公开内容（要素）', '公开依据', '条款', '公开时限', '公示期', '公开时长', '公开主体', '责任科室', '公开渠道和载体', '公开对象', '公开方式', '公开层级',
  '权责清单事项编码', '链接', '备注', '网页',
];

/** A catalogue's four leading cells, the same on each of its rows. */
function catalogueCells(c: Catalogue): string {
  return `${csvCell(c.publisher.name)},${csvCell(c.title ?? '')},${csvCell(c.catalogueType)},${csvCell(c.date ?? '')}`;
}

/** An item's row after the catalogue's cells, in CSV_HEADER's order; lists joined with ；. */
function itemCells(item: Item, page: string): string {
  const channels = item.channelsOther?.length ? [...item.channels, ...item.channelsOther] : item.channels;
  return `${csvCell(item.id)},${csvCell(item.area ?? '')},${csvCell(item.category ?? '')},${csvCell(item.level1)},${csvCell(item.level2 ?? '')},${csvCell(item.level3 ?? '')},${csvCell(item.kind)},${csvList(item.fiveDisclosures)},${csvList(item.content)},${csvList(item.basis)},${csvCell(item.clause ?? '')},${csvCell(describeTimeLimit(item.timeLimit))},${csvCell(describePeriod(item.postingPeriod))},${csvCell(item.retention ?? '')},${csvCell(item.owner)},${csvCell(item.office ?? '')},${csvList(channels)},${csvList(item.audience)},${csvList(item.mode)},${csvList(item.levels)},${csvList(item.powerCodes ?? [])},${csvCell(item.url ?? '')},${csvCell(item.note ?? '')},${csvCell(page)}`;
}

function csvList(values: readonly string[]): string {
  return values.length === 0 ? '' : values.length === 1 ? csvCell(values[0]!) : csvCell(values.join('；'));
}

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
  yield `\uFEFF${CSV_HEADER.map(csvCell).join(',')}\r\n`;
  for (const entry of map.publishers) {
    for (const [c, catalogue] of entry.catalogues.entries()) {
      const lead = catalogueCells(catalogue);
      const anchors = entry.anchors[c]!;
      // A row at a time: small strings die young, where a catalogue's rows joined would be copied whole before writing.
      for (const [i, item] of catalogue.items.entries()) yield `${lead},${itemCells(item, `${entry.path}#${anchors[i]!}`)}\r\n`;
    }
  }
}

/**
 * catalogue.json: the catalogues as validated (defaults applied), each item with its time-limit
 * wording and page; the local file path is left out. Yielded a piece at a time.
 */
export function* catalogueJson(map: SiteMap, meta: { title: string; generatedAt: string; updated: string }): Generator<string> {
  const head = JSON.stringify({ title: meta.title, updated: meta.updated, generatedAt: meta.generatedAt, generator: 'gkml' });
  yield `${head.slice(0, -1)},"publishers":[`;
  for (const [p, entry] of map.publishers.entries()) {
    yield `${p ? ',' : ''}{"name":${JSON.stringify(entry.name)},"page":${JSON.stringify(entry.path)},"catalogues":[`;
    for (const [c, catalogue] of entry.catalogues.entries()) {
      const { file: _file, items, ...rest } = catalogue;
      const anchors = entry.anchors[c]!;
      const open = JSON.stringify(rest);
      yield `${c ? ',' : ''}${open === '{}' ? '{' : `${open.slice(0, -1)},`}"items":[`;
      // Items joined a few dozen at a time: one flat string each, neither a piece per item nor a catalogue's whole text.
      let batch: string[] = [];
      let length = 0;
      for (const [i, item] of items.entries()) {
        const text = itemJson(item, `${entry.path}#${anchors[i]!}`);
        batch.push(text);
        length += text.length;
        if (length >= BATCH || i === items.length - 1) {
          yield `${i + 1 > batch.length ? ',' : ''}${batch.join(',')}`;
          batch = [];
          length = 0;
        }
      }
      yield ']}';
    }
    yield ']}';
  }
  yield ']}\n';
}

/** Characters of items' JSON joined into one piece (well under V8's large-object size, 64K two-byte characters). */
const BATCH = 16_000;

/**
 * An item of catalogue.json: the text of JSON.stringify({ ...item without its index, timeLimitText, page }), cut
 * from JSON.stringify(item) so that the item is not copied. `"index":` can only be that key where it follows `{` or
 * `,` (inside a string its quotes are escaped); an item with anything else (another `index` in a nested value, its
 * own `page`) is copied as before.
 */
function itemJson(item: Item, page: string): string {
  const tail = `"timeLimitText":${JSON.stringify(describeTimeLimit(item.timeLimit))},"page":${JSON.stringify(page)}}`;
  const text = JSON.stringify(item);
  const key = text.indexOf('"index":');
  const end = key === -1 ? -1 : text.startsWith(`"index":${item.index}`, key) ? key + 8 + String(item.index).length : -1;
  const plain = end !== -1 && (text[key - 1] === ',' || text[key - 1] === '{') && (text[end] === ',' || text[end] === '}') && text.indexOf('"index":', end) === -1 && !('timeLimitText' in item) && !('page' in item);
  if (!plain) {
    const { index: _index, ...rest } = item;
    return JSON.stringify({ ...rest, timeLimitText: describeTimeLimit(item.timeLimit), page });
  }
  // `{"id":…,"index":0,"kind":…}` → `{"id":…` + `,"kind":…` + `,` + tail; `{"index":0,"id":…}` → `{` + `"id":…` + `,` + tail.
  const before = text[key - 1] === '{' ? '{' : text.slice(0, key - 1);
  const after = text.slice(text[key - 1] === '{' && text[end] === ',' ? end + 1 : end, -1);
  return `${before}${after}${after || text[key - 1] === ',' ? `,${tail}` : tail}`;
}
