import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CellValue, Worksheet } from 'exceljs';
import type { LogRow, LogTable } from '../audit/log-table.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { displayPath } from './discover.js';

export interface LogReadOptions {
  cwd: string;
  lang: Lang;
  /** The worksheet of an .xlsx log; the first one when absent. */
  sheet?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Reads a publication log (or a `gkml due --items` list): CSV in UTF-8 or GBK, or an .xlsx worksheet.
 * exceljs is imported only when a workbook is read. Anything that keeps the file from being read at all
 * is a UsageError; problems inside rows are the audit's to report.
 */
export async function readPublicationLog(path: string, options: LogReadOptions): Promise<LogTable> {
  const file = resolve(options.cwd, path);
  const name = displayPath(file, options.cwd);
  const zh = options.lang === 'zh';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(zh ? `找不到公开记录文件：${path}` : `Log file not found: ${path}`);
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.xls') throw new UsageError(zh ? `${name} 是旧的 .xls 格式，请另存为 .xlsx 或 CSV（UTF-8）。` : `${name} is an old .xls workbook; save it as .xlsx or CSV (UTF-8).`);
  if (extension === '.xlsx' || isZip(bytes)) return readWorkbook(bytes, name, options);
  return { file: name, sheet: basename(file), rows: readCsv(decodeText(bytes, name, zh), name, zh) };
}

function decodeText(bytes: Uint8Array, name: string, zh: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  for (const decoder of [utf8, gb18030]) {
    try {
      return decoder.decode(body);
    } catch {
      // try the next encoding
    }
  }
  throw new UsageError(zh ? `${name} 既不是 UTF-8 也不是 GBK 编码的文本，请另存为 CSV（UTF-8）。` : `${name} is neither UTF-8 nor GBK text; save it as CSV (UTF-8).`);
}

/** CSV rows with the line each starts on; a quoted cell may span lines. Blank rows are skipped. */
function readCsv(text: string, name: string, zh: boolean): LogRow[] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UsageError(zh ? `${name} 第 ${line ?? '?'} 行附近的 CSV 格式有误（引号不成对？）：${(error as Error).message}` : `${name}: malformed CSV near line ${line ?? '?'} (unbalanced quotes?): ${(error as Error).message}`);
  }
  return records
    .map(({ record, info }) => ({ row: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }))
    .filter((r) => r.cells.some((cell) => cell.trim() !== ''));
}

async function readWorkbook(bytes: Buffer, name: string, options: LogReadOptions): Promise<LogTable> {
  const zh = options.lang === 'zh';
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UsageError(zh ? `无法读取工作簿 ${name}：${(error as Error).message}` : `Cannot read the workbook ${name}: ${(error as Error).message}`);
  }
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(zh ? '、' : ', ');
    throw new UsageError(zh ? `${name} 中没有工作表“${options.sheet ?? ''}”。有：${names || '（无）'}` : `${name} has no worksheet "${options.sheet ?? ''}". It has: ${names || '(none)'}`);
  }
  return { file: name, sheet: sheet.name, rows: sheetRows(sheet) };
}

function sheetRows(sheet: Worksheet): LogRow[] {
  const rows: LogRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: filled });
  });
  return rows;
}

/** A cell as text; dates (which exceljs gives as UTC midnight) as YYYY-MM-DD. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' && value.text !== '' ? value.text : value.hyperlink;
  if ('result' in value) return cellText(value.result as CellValue);
  if ('error' in value) return value.error;
  return '';
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
