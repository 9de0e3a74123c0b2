import { fileFinding } from './read-csv.js';
import type { CellRange, ReadFinding, SheetGrid } from './types.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .xls, or an .xlsx that was saved with a password (it is then wrapped in one). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected .xlsx keeps its key in, as its name is stored (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** A worksheet as a workbook reader gives it: text cells by 0-based row and column, merged ranges 1-based. */
export interface RawSheet {
  name: string;
  /** Taken over by the reader: holes become '' in place rather than copied (100,000 rows twice over cost memory). */
  rows: readonly ((string | undefined)[] | undefined)[];
  merges: readonly CellRange[];
  /** Lets go of the sheet's cells once they have been copied. */
  release?(): void;
}

/**
 * Reads a workbook's sheets; throws when the bytes are not a readable workbook. The engine passes the
 * importer's reader (the zip's XML read straight, merged ranges kept), so the registry stays pure and
 * reading a 100,000-row list never loads exceljs.
 */
export type SheetReader = (bytes: Uint8Array) => RawSheet[];

/**
 * An .xlsx register: every worksheet with content as a grid. A file that is not a readable workbook (an
 * old .xls, a password, a web page saved as .xlsx, a damaged zip) is a finding.
 */
export function readWorkbook(bytes: Uint8Array, file: string, readSheets: SheetReader): { grids: SheetGrid[]; findings: ReadFinding[] } {
  const problem = sniff(bytes);
  if (problem) return { grids: [], findings: [fileFinding(file, problem, {})] };
  let sheets: RawSheet[];
  const grids: SheetGrid[] = [];
  try {
    sheets = readSheets(bytes);
    for (const sheet of sheets) {
      const grid = sheetGrid(sheet);
      sheet.release?.();
      if (grid.rows.length > 0) grids.push(grid);
    }
  } catch (error) {
    return { grids: [], findings: [fileFinding(file, 'corruptWorkbook', { detail: firstLine((error as Error).message) })] };
  }
  if (grids.length === 0) {
    const sheet = sheets[0]?.name;
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

/** The sheet's non-empty rows; a merged range's value only in its top-left cell (it is filled later, from `merges`). */
function sheetGrid(sheet: RawSheet): SheetGrid {
  const merges = sheet.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  const rows: SheetGrid['rows'] = [];
  sheet.rows.forEach((raw, index) => {
    if (!raw) return;
    for (let i = 0; i < raw.length; i++) if (raw[i] === undefined) raw[i] = '';
    const cells = raw as string[];
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: index + 1, cells });
  });
  if (merges.length > 0) blankCovered(rows, merges);
  return { name: sheet.name, rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')), merges };
}

/** Some writers repeat a merged range's value in every cell of it; gkml reads it from the top-left cell only. */
function blankCovered(rows: SheetGrid['rows'], merges: readonly CellRange[]): void {
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  for (const m of merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      const cells = byNumber.get(row)?.cells;
      if (!cells) continue;
      for (let column = m.left; column <= m.right; column++) {
        if ((row !== m.top || column !== m.left) && column <= cells.length) cells[column - 1] = '';
      }
    }
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}
