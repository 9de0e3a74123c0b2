import type { Style } from 'exceljs';
import { metaPlan, type CellValue } from './cells.js';
import { columnLetter, columnsFor, type Column } from './layout.js';
import { catalogueMeta, META_FORMAT, META_SHEET } from './meta.js';
import { appXml, contentTypesXml, coreXml, escapeXml, ROOT_RELS_XML, styleId, stylesXml, workbookRelsXml, workbookXml, type PackageSheet } from './package.js';
import type { ChannelStyle, ExcelOptions, SheetPlan, WorkbookPlan } from './plan.js';
import { cellTail, RowWriter, type RowPlace } from './rows.js';
import { BODY_STYLES, FOOTER, HEADER_STYLE, PAGE_SETUP, SUBTITLE_STYLE, SUMMARY_STYLES, TITLE_STYLE } from './styles.js';
import { summarise } from './summary.js';
import { THEME_XML } from './theme.js';
import { ZipWriter, type EntryWriter, type ZipSink } from './zip.js';

/** Rows 1–2 are the title and the 公开主体/版本/日期 line, rows 3–4 the two-row header; items start at row 5. */
export const FIRST_ROW = 5;
export const SUMMARY_SHEET = '汇总';
export const NOT_APPLICABLE_SHEET = '未涉及领域';

/**
 * zlib's level for every part. exceljs (archiver) used 1; 2 costs the same CPU on these sheets and makes the
 * workbooks 6% smaller; 3, 4 and 6 would cost 1.5, 2 and 3 times as much deflating for 12, 21 and 32% smaller
 * files (bench/README.md).
 */
const LEVEL = 2;

/** Rows between two looks at how many chunks wait for zlib. */
const ROWS_PER_PAUSE = 500;

/**
 * Writes one workbook, the xlsx package written directly (parts in package.ts, the zip in zip.ts): each
 * sheet's rows are encoded and deflated a megabyte at a time as they are written, so memory stays flat however
 * many items there are. The bytes depend only on the plan: the package's dates are the plan's date. No cell
 * holds a formula; text is written as inline strings.
 */
export async function writeWorkbook(plan: WorkbookPlan, options: ExcelOptions, sink: ZipSink): Promise<void> {
  const when = new Date(`${plan.date ?? '1980-01-01'}T00:00:00Z`);
  const zip = new ZipWriter(sink, { level: LEVEL, date: when });
  const channels = options.channels ?? 'checklist';
  const notApplicable = plan.catalogues.flatMap((c) => (c.notApplicableAreas ?? []).map((a) => [c.publisher.name, a.area, a.reason]));
  const columns = plan.sheets.map((sheet) => columnsFor(sheet, channels));
  const sheets: PackageSheet[] = [
    ...plan.sheets.map((sheet, i): PackageSheet => ({ name: sheet.name, state: 'visible', printArea: printArea(sheet, columns[i]!) })),
    { name: SUMMARY_SHEET, state: 'visible' },
    ...(notApplicable.length > 0 ? [{ name: NOT_APPLICABLE_SHEET, state: 'visible' as const }] : []),
    { name: META_SHEET, state: 'veryHidden' },
  ];
  await zip.add('[Content_Types].xml', contentTypesXml(sheets.length));
  await zip.add('_rels/.rels', ROOT_RELS_XML);
  await zip.add('docProps/app.xml', appXml(sheets));
  await zip.add('docProps/core.xml', coreXml(when));
  await zip.add('xl/workbook.xml', workbookXml(sheets));
  await zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length));
  await zip.add('xl/styles.xml', stylesXml());
  await zip.add('xl/theme/theme1.xml', THEME_XML);
  let n = 0;
  const part = () => zip.entry(`xl/worksheets/sheet${++n}.xml`);
  for (const [i, sheet] of plan.sheets.entries()) await writeCatalogueSheet(await part(), sheet, columns[i]!, options, channels);
  await writeSummary(await part(), plan, options);
  if (notApplicable.length > 0) await writeNotApplicable(await part(), notApplicable);
  await writeMetaSheet(await part(), plan);
  await zip.finish();
}

function printArea(sheet: SheetPlan, columns: readonly Column[]): string {
  const visible = columns.filter((c) => c.kind !== 'meta').length;
  return `A1:${columnLetter(visible)}${Math.max(FIRST_ROW + sheet.rows.length - 1, 4)}`;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const SHEET_FORMAT = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const FROZEN = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A${FIRST_ROW}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${FIRST_ROW}" sqref="A${FIRST_ROW}"/></sheetView></sheetViews>`;

/** The start of a sheet up to `<sheetData>`: fit to page, frozen header, column widths (runs of equal columns as one). */
function sheetStart(columns: readonly { width: number; hidden?: boolean }[], frozen: boolean): string {
  let cols = '';
  for (let i = 0; i < columns.length; ) {
    let end = i;
    while (end + 1 < columns.length && columns[end + 1]!.width === columns[i]!.width && !!columns[end + 1]!.hidden === !!columns[i]!.hidden) end++;
    cols += `<col min="${i + 1}" max="${end + 1}" width="${columns[i]!.width}"${columns[i]!.hidden ? ' hidden="1"' : ''} customWidth="1"/>`;
    i = end + 1;
  }
  return `${SHEET_HEAD}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${frozen ? FROZEN : ''}${SHEET_FORMAT}<cols>${cols}</cols><sheetData>`;
}

/** After `</sheetData>`: merged ranges, then the print setup (A4, fit to the page width) and the page-number footer. */
function sheetEnd(merges: readonly string[], orientation: 'landscape' | 'portrait'): string {
  const merged = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const m = PAGE_SETUP.margins;
  return (
    `</sheetData>${merged}${PAGE_SETUP.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : ''}<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAGE_SETUP.paperSize}" orientation="${orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="${PAGE_SETUP.fitToWidth}" fitToHeight="${PAGE_SETUP.fitToHeight}"/>` +
    `<headerFooter><oddFooter>${escapeXml(FOOTER)}</oddFooter></headerFooter></worksheet>`
  );
}

/** A row of a few cells (titles, header, summary): each a value and a style; `height` in points if fixed. */
function smallRow(r: number, cells: readonly (readonly [CellValue, Partial<Style> | undefined])[], height?: number): string {
  let xml = `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="1:${cells.length}" x14ac:dyDescent="0.25">`;
  cells.forEach(([value, style], i) => {
    xml += `<c r="${columnLetter(i + 1)}${r}"${style ? ` s="${styleId(style)}"` : ''}${cellTail(value)}`;
  });
  return `${xml}</row>`;
}

/** A row whose first cell, spanning `width` columns, holds the text. */
function spanRow(r: number, width: number, text: string, style: Partial<Style>, height: number, merges: string[]): string {
  merges.push(`A${r}:${columnLetter(width)}${r}`);
  return smallRow(r, Array.from({ length: width }, (_, c) => [c === 0 ? text : null, style] as const), height);
}

async function writeCatalogueSheet(out: EntryWriter, sheet: SheetPlan, columns: Column[], options: ExcelOptions, channels: ChannelStyle): Promise<void> {
  const visible = columns.filter((c) => c.kind !== 'meta').length;
  const merges: string[] = [];
  out.write(sheetStart(columns.map((c) => ({ width: c.width, hidden: c.kind === 'meta' })), true));
  out.write(spanRow(1, visible, sheet.title, TITLE_STYLE, 36, merges));
  out.write(spanRow(2, visible, sheet.subtitle, SUBTITLE_STYLE, 22, merges));
  out.write(header(columns, merges));
  await writeItems(out, sheet, columns, options, channels, merges);
  out.write(sheetEnd(merges, PAGE_SETUP.orientation));
  await out.end();
}

/** Rows 3–4: a group spanning its leaves (公开对象 → 全社会 | 特定群体), or one cell spanning both rows. */
function header(columns: readonly Column[], merges: string[]): string {
  const top: [CellValue, Partial<Style>][] = [];
  const bottom: [CellValue, Partial<Style>][] = [];
  columns.forEach((column, i) => {
    const style = column.kind === 'meta' ? BODY_STYLES.meta : HEADER_STYLE;
    const first = i === 0 || columns[i - 1]!.group !== column.group || !column.leaf;
    top.push([first ? column.group : null, style]);
    bottom.push([column.leaf ?? null, style]);
    const letter = columnLetter(i + 1);
    if (!column.leaf) merges.push(`${letter}3:${letter}4`);
    else if (first) {
      let end = i;
      while (end + 1 < columns.length && columns[end + 1]!.group === column.group && columns[end + 1]!.leaf) end++;
      if (end > i) merges.push(`${letter}3:${columnLetter(end + 1)}3`);
    }
  });
  return smallRow(3, top, 24) + smallRow(4, bottom, 30);
}

async function writeItems(out: EntryWriter, sheet: SheetPlan, columns: Column[], options: ExcelOptions, channels: ChannelStyle, merges: string[]): Promise<void> {
  const level1 = columns.findIndex((c) => c.key === 'level1');
  const level2 = columns.findIndex((c) => c.key === 'level2');
  const hasLevel3 = columns.some((c) => c.key === 'level3');
  const rows = new RowWriter(columns, options.vocab, channels, metaPlan(columns, sheet.layout));
  const closeRun = (top: number, bottom: number, column: number) => {
    if (column > 0 && bottom > top) merges.push(`${columnLetter(column)}${top}:${columnLetter(column)}${bottom}`);
  };
  const place: RowPlace = { row: FIRST_ROW, seq: 1, catalogue: 0, hide1: false, hide2: false };
  let run1 = FIRST_ROW;
  let run2 = FIRST_ROW;
  for (let index = 0; index < sheet.rows.length; index++) {
    const { item, catalogue } = sheet.rows[index]!;
    const r = FIRST_ROW + index;
    const previous = sheet.rows[index - 1];
    // A run of one 一级事项 (and, in three-level tables, of one 二级事项) becomes one merged cell.
    const same1 = previous !== undefined && previous.catalogue === catalogue && previous.item.level1 === item.level1;
    const same2 = same1 && hasLevel3 && item.level2 !== undefined && previous.item.level2 === item.level2;
    if (!same1) {
      closeRun(run1, r - 1, level1 + 1);
      run1 = r;
    }
    if (!same2) {
      closeRun(run2, r - 1, hasLevel3 ? level2 + 1 : 0);
      run2 = r;
    }
    place.row = r;
    place.seq = index + 1;
    place.catalogue = catalogue;
    place.hide1 = same1;
    place.hide2 = same2;
    rows.write(out, item, place);
    // zlib works on the thread pool beside this loop; at most a few chunks wait for it.
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await out.drained();
  }
  const end = FIRST_ROW + sheet.rows.length - 1;
  closeRun(run1, end, level1 + 1);
  closeRun(run2, end, hasLevel3 ? level2 + 1 : 0);
}

/** 汇总: items per area and 五公开 category. */
async function writeSummary(out: EntryWriter, plan: WorkbookPlan, options: ExcelOptions): Promise<void> {
  const table = summarise(plan, options.vocab);
  const header = ['领域', '事项数', ...table.categories];
  const merges: string[] = [];
  out.write(sheetStart(header.map((_, i) => ({ width: i === 0 ? 22 : 10 })), false));
  out.write(spanRow(1, header.length, '公开事项五公开分类统计', TITLE_STYLE, 30, merges));
  out.write(smallRow(2, header.map((h) => [h, HEADER_STYLE] as const)));
  let r = 3;
  for (const row of [...table.rows, table.total]) {
    const style = row === table.total ? SUMMARY_STYLES.total : SUMMARY_STYLES.number;
    out.write(smallRow(r++, [[row.area, row === table.total ? style : SUMMARY_STYLES.text], [row.items, style], ...row.counts.map((n) => [n, style] as const)]));
  }
  out.write(sheetEnd(merges, 'portrait'));
  await out.end();
}

/** 未涉及领域事项说明: the areas a publisher does not handle, and why. */
async function writeNotApplicable(out: EntryWriter, rows: readonly (readonly string[])[]): Promise<void> {
  const merges: string[] = [];
  out.write(sheetStart([{ width: 24 }, { width: 16 }, { width: 60 }], false));
  out.write(spanRow(1, 3, '未涉及领域事项说明', TITLE_STYLE, 30, merges));
  out.write(smallRow(2, ['公开主体', '领域', '原因'].map((h) => [h, HEADER_STYLE] as const)));
  rows.forEach((values, i) => out.write(smallRow(i + 3, values.map((v) => [v, BODY_STYLES.text] as const))));
  out.write(sheetEnd(merges, PAGE_SETUP.orientation));
  await out.end();
}

/** The very hidden sheet that lets `gkml import` give back each catalogue's own fields and file name. */
async function writeMetaSheet(out: EntryWriter, plan: WorkbookPlan): Promise<void> {
  out.write(`${SHEET_HEAD}${SHEET_FORMAT}<sheetData>`);
  out.write(smallRow(1, [[META_FORMAT.marker, undefined], [META_FORMAT.version, undefined]]));
  plan.catalogues.forEach((catalogue, i) => out.write(smallRow(i + 2, [[i, undefined], [JSON.stringify(catalogueMeta(catalogue)), undefined]])));
  out.write(
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>',
  );
  await out.end();
}
