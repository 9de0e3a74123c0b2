import type { Writable } from 'node:stream';
import type { Style, Worksheet } from 'exceljs';
import { CellWriter, metaPlan, metaText, type CellValue } from './cells.js';
import { rowSink } from './rows.js';
import { columnLetter, columnsFor, type Column } from './layout.js';
import { catalogueMeta, META_FORMAT, META_SHEET } from './meta.js';
import type { ChannelStyle, ExcelOptions, SheetPlan, WorkbookPlan } from './plan.js';
import { BODY_STYLES, FOOTER, HEADER_STYLE, PAGE_SETUP, SUBTITLE_STYLE, SUMMARY_STYLES, TITLE_STYLE } from './styles.js';
import { summarise } from './summary.js';

/** Rows 1–2 are the title and the 公开主体/版本/日期 line, rows 3–4 the two-row header; items start at row 5. */
export const FIRST_ROW = 5;
export const SUMMARY_SHEET = '汇总';
export const NOT_APPLICABLE_SHEET = '未涉及领域';

type WorkbookWriter = {
  addWorksheet(name: string, options?: Record<string, unknown>): Worksheet;
  commit(): Promise<unknown>;
};

/**
 * Writes one workbook to `sink` with exceljs's streaming writer (loaded on demand): rows are committed
 * as they are written, so memory stays flat however many items there are. No cell holds a formula.
 */
export async function writeWorkbook(plan: WorkbookPlan, options: ExcelOptions, sink: Writable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const when = new Date(`${plan.date ?? '1980-01-01'}T00:00:00Z`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
    created: when,
    modified: when,
    creator: 'gkml',
    lastModifiedBy: 'gkml',
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]) as unknown as WorkbookWriter;
  const channels = options.channels ?? 'checklist';
  for (const sheet of plan.sheets) await writeCatalogueSheet(workbook, sheet, options, channels);
  writeSummary(workbook, plan, options);
  writeNotApplicable(workbook, plan);
  writeMetaSheet(workbook, plan);
  await workbook.commit();
}

async function writeCatalogueSheet(workbook: WorkbookWriter, sheet: SheetPlan, options: ExcelOptions, channels: ChannelStyle): Promise<void> {
  const columns = columnsFor(sheet, channels);
  const visible = columns.filter((c) => c.kind !== 'meta').length;
  const last = columnLetter(visible);
  const lastRow = FIRST_ROW + sheet.rows.length - 1;
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: { ...PAGE_SETUP, printTitlesRow: '3:4', printArea: `A1:${last}${Math.max(lastRow, 4)}` },
    headerFooter: { oddFooter: FOOTER },
    views: [{ state: 'frozen', xSplit: 0, ySplit: 4, topLeftCell: `A${FIRST_ROW}`, activeCell: `A${FIRST_ROW}` }],
  });
  ws.columns = columns.map((c) => ({ width: c.width, hidden: c.kind === 'meta' }));
  spanRow(ws, 1, visible, sheet.title, TITLE_STYLE, 36);
  spanRow(ws, 2, visible, sheet.subtitle, SUBTITLE_STYLE, 22);
  writeHeader(ws, columns);
  await writeItems(ws, sheet, columns, options, channels);
  // Committed now, the sheet's zip entry ends and the next sheet's text is compressed as it is written
  // rather than held until the workbook is committed.
  ws.commit();
}

/** A row whose first cell spans `width` columns. */
function spanRow(ws: Worksheet, r: number, width: number, text: string, style: Partial<Style>, height: number): void {
  const row = ws.getRow(r);
  row.height = height;
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    if (c === 1) cell.value = text;
    cell.style = style;
  }
  merge(ws, r, 1, r, width);
  row.commit();
}

/** Rows 3–4: a group spanning its leaves (公开对象 → 全社会 | 特定群体), or one cell spanning both rows. */
function writeHeader(ws: Worksheet, columns: Column[]): void {
  const top = ws.getRow(3);
  const bottom = ws.getRow(4);
  top.height = 24;
  bottom.height = 30;
  columns.forEach((column, i) => {
    const style = column.kind === 'meta' ? BODY_STYLES.meta : HEADER_STYLE;
    const first = i === 0 || columns[i - 1]!.group !== column.group || !column.leaf;
    top.getCell(i + 1).value = first ? column.group : null;
    top.getCell(i + 1).style = style;
    bottom.getCell(i + 1).value = column.leaf ?? null;
    bottom.getCell(i + 1).style = style;
    if (!column.leaf) merge(ws, 3, i + 1, 4, i + 1);
    else if (first) {
      let end = i;
      while (end + 1 < columns.length && columns[end + 1]!.group === column.group && columns[end + 1]!.leaf) end++;
      if (end > i) merge(ws, 3, i + 1, 3, end + 1);
    }
  });
  top.commit();
  bottom.commit();
}

/** Rows between two looks at the zip stream's backlog (it compresses on the thread pool, beside us). */
const ROWS_PER_PAUSE = 1000;

async function writeItems(ws: Worksheet, sheet: SheetPlan, columns: Column[], options: ExcelOptions, channels: ChannelStyle): Promise<void> {
  const level1 = columns.findIndex((c) => c.key === 'level1');
  const level2 = columns.findIndex((c) => c.key === 'level2');
  const hasLevel3 = columns.some((c) => c.key === 'level3');
  const meta = metaPlan(columns, sheet.layout);
  const cells = new CellWriter(options.vocab, channels);
  const sink = rowSink(ws, columns);
  const values: CellValue[] = columns.map(() => null);
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
      closeRun(ws, run1, r - 1, level1 + 1);
      run1 = r;
    }
    if (!same2) {
      closeRun(ws, run2, r - 1, hasLevel3 ? level2 + 1 : 0);
      run2 = r;
    }
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      values[i] = column.kind === 'meta' ? metaText(item, catalogue, meta) : cells.value(item, column, index + 1);
    }
    if (same1) values[level1] = null;
    if (same2) values[level2] = null;
    sink.put(r, values);
    // Without a pause the whole sheet would wait in memory for the event loop before any of it is zipped.
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await sink.drained();
  }
  sink.end();
  const end = FIRST_ROW + sheet.rows.length - 1;
  closeRun(ws, run1, end, level1 + 1);
  closeRun(ws, run2, end, hasLevel3 ? level2 + 1 : 0);
}

function closeRun(ws: Worksheet, top: number, bottom: number, column: number): void {
  if (column > 0 && bottom > top) merge(ws, top, column, bottom, column);
}

/**
 * Records a merged range. exceljs's own mergeCells compares each new range with every earlier one
 * (12,500 merges cost a minute); the ranges written here never overlap by construction.
 */
function merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  (ws as unknown as { _merges: string[] })._merges.push(`${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`);
}

/** 汇总: items per area and 五公开 category. */
function writeSummary(workbook: WorkbookWriter, plan: WorkbookPlan, options: ExcelOptions): void {
  const table = summarise(plan, options.vocab);
  const ws = workbook.addWorksheet(SUMMARY_SHEET, { pageSetup: { ...PAGE_SETUP, orientation: 'portrait' }, headerFooter: { oddFooter: FOOTER } });
  const header = ['领域', '事项数', ...table.categories];
  ws.columns = header.map((_, i) => ({ width: i === 0 ? 22 : 10 }));
  spanRow(ws, 1, header.length, '公开事项五公开分类统计', TITLE_STYLE, 30);
  const put = (values: (string | number)[], styles: Partial<Style>[]) => {
    const row = ws.addRow(values);
    values.forEach((_, i) => (row.getCell(i + 1).style = styles[i]!));
    row.commit();
  };
  put(header, header.map(() => HEADER_STYLE));
  for (const r of [...table.rows, table.total]) {
    const style = r === table.total ? SUMMARY_STYLES.total : SUMMARY_STYLES.number;
    put([r.area, r.items, ...r.counts], [r === table.total ? style : SUMMARY_STYLES.text, ...header.slice(1).map(() => style)]);
  }
}

/** 未涉及领域事项说明: the areas a publisher does not handle, and why. */
function writeNotApplicable(workbook: WorkbookWriter, plan: WorkbookPlan): void {
  const rows = plan.catalogues.flatMap((c) => (c.notApplicableAreas ?? []).map((a) => [c.publisher.name, a.area, a.reason]));
  if (rows.length === 0) return;
  const ws = workbook.addWorksheet(NOT_APPLICABLE_SHEET, { pageSetup: { ...PAGE_SETUP }, headerFooter: { oddFooter: FOOTER } });
  ws.columns = [{ width: 24 }, { width: 16 }, { width: 60 }];
  spanRow(ws, 1, 3, '未涉及领域事项说明', TITLE_STYLE, 30);
  for (const values of [['公开主体', '领域', '原因'], ...rows]) {
    const row = ws.addRow(values);
    values.forEach((_, i) => (row.getCell(i + 1).style = row.number === 2 ? HEADER_STYLE : BODY_STYLES.text));
    row.commit();
  }
}

/** The very hidden sheet that lets `gkml import` give back each catalogue's own fields and file name. */
function writeMetaSheet(workbook: WorkbookWriter, plan: WorkbookPlan): void {
  const ws = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.addRow([META_FORMAT.marker, META_FORMAT.version]).commit();
  plan.catalogues.forEach((catalogue, i) => ws.addRow([i, JSON.stringify(catalogueMeta(catalogue))]).commit());
}
