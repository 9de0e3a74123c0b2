import type { Workbook, Worksheet } from 'exceljs';
import { cellRef, locationStart, type Diagnostic } from '../../core/diagnostic.js';
import { sayer, type Lang, type Say } from '../../core/messages.js';
import { stampZipDates } from '../../core/zip-dates.js';
import type { AuditEntry } from '../audit.js';
import type { AuditResult } from '../report.js';
import { auditText } from './text.js';

/**
 * The audit as a workbook: every row judged, the counts per item and the findings. exceljs is loaded
 * only here; the dates of the workbook and of its zip entries are the audit's date, so the bytes are the same on every run.
 */
export async function auditWorkbook(result: AuditResult, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const say = sayer(auditText, lang);
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'gkml';
  workbook.created = workbook.modified = new Date(`${result.asOf}T00:00:00Z`);
  entriesSheet(workbook.addWorksheet(say('sheetEntries')), result.entries, say);
  itemsSheet(workbook.addWorksheet(say('sheetItems')), result, say);
  findingsSheet(workbook.addWorksheet(say('sheetFindings')), result.report.diagnostics, say);
  return stampZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), result.asOf);
}


function entriesSheet(sheet: Worksheet, entries: AuditEntry[], say: Say): void {
  setColumns(sheet, say, [
    ['colPublisher', 22], ['colItem', 12], ['colHeading', 28], ['colLimit', 30], ['colRow', 8], ['colEvent', 14],
    ['colDue', 14], ['colPublished', 14], ['colStatus', 26], ['colLateBy', 10], ['colUrl', 40], ['colCatalogue', 30], ['colNote', 30],
  ]);
  for (const e of entries) {
    sheet.addRow([
      e.publisher, e.itemId, e.heading, e.limit, e.row, asDate(e.event), asDate(e.due), asDate(e.published),
      say(e.status, { n: e.lateBy ?? 0 }), e.lateBy ?? null, e.url ?? null, e.catalogue,
      e.uncoveredYears.length > 0 ? say('uncovered', { years: e.uncoveredYears.join('、') }) : null,
    ]);
  }
  for (const key of [6, 7, 8]) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
}

function itemsSheet(sheet: Worksheet, result: AuditResult, say: Say): void {
  setColumns(sheet, say, [['colPublisher', 22], ['colItem', 12], ['colHeading', 28], ['colLimit', 30], ['headOnTime', 8], ['headLate', 8], ['headMissing', 8], ['headPending', 8], ['headUnchecked', 8]]);
  for (const i of result.byItem) {
    sheet.addRow([i.publisher, i.itemId, i.heading, i.limit, i.counts['on-time'], i.counts.late, i.counts.missing, i.counts.pending, i.counts.unchecked]);
  }
}

function findingsSheet(sheet: Worksheet, diagnostics: Diagnostic[], say: Say): void {
  setColumns(sheet, say, [['colFile', 30], ['colWhere', 12], ['colSeverity', 10], ['colRule', 22], ['colMessage', 90]]);
  for (const d of diagnostics) {
    const start = locationStart(d.location);
    const where = d.location.kind === 'sheet' ? `${d.location.sheet}!${cellRef(d.location.row, d.location.column)}` : `${start.line}:${start.column}`;
    sheet.addRow([d.location.file, where, d.severity, `${d.ruleId}/${d.messageId}`, d.message]);
  }
}

function setColumns(sheet: Worksheet, say: Say, columns: [string, number][]): void {
  sheet.columns = columns.map(([id, width]) => ({ header: say(id), width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function asDate(date: string | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}
