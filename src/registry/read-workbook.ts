import type { CellValue, Worksheet } from 'exceljs';
import { fileFinding } from './read-csv.js';
import type { CellRange, ReadFinding, SheetGrid } from './types.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .xls, or an .xlsx that was saved with a password (it is then wrapped in one). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected .xlsx keeps its key in, as its name is stored (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * An .xlsx register: every worksheet with content as a grid. exceljs is imported here and only here, so
 * commands that never read a workbook never load it. A file that is not a readable workbook is a finding.
 */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<{ grids: SheetGrid[]; findings: ReadFinding[] }> {
  const problem = sniff(bytes);
  if (problem) return { grids: [], findings: [fileFinding(file, problem, {})] };
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { grids: [], findings: [fileFinding(file, 'corruptWorkbook', { detail: firstLine((error as Error).message) })] };
  }
  const grids = workbook.worksheets.map(sheetGrid).filter((g) => g.rows.length > 0);
  if (grids.length === 0) {
    const sheet = workbook.worksheets[0]?.name;
    const finding = fileFinding(file, 'emptySheet', { sheet: sheet ?? '' });
    return { grids, findings: [sheet === undefined ? finding : { ...finding, at: { sheet, row: 1, column: 1 } }] };
  }
  return { grids, findings: [] };
}

function sniff(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'emptyRegister';
  if (OLE.every((b, i) => bytes[i] === b)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO) ? 'encryptedWorkbook' : 'oldXls';
  if (!ZIP.every((b, i) => bytes[i] === b)) return 'notWorkbook';
  return undefined;
}

function sheetGrid(sheet: Worksheet): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs repeats a merged range's value in every cell of it; the range is filled later, from `merges`.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[column - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: filled });
  });
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((r): r is CellRange => r !== undefined);
  return { name: sheet.name, rows, merges };
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

/** 'B2:C3' → its corners, 1-based. */
export function parseRange(ref: string): CellRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [top, bottom] = [Number(match[2]), Number(match[4])].sort((a, b) => a - b) as [number, number];
  const [left, right] = [column(match[1]!), column(match[3]!)].sort((a, b) => a - b) as [number, number];
  return { top, left, bottom, right };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}
