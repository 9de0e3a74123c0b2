import { parse } from 'csv-parse/sync';
import type { ReadFinding, SheetGrid } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** CSV text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GBK/GB18030 as Excel on Chinese Windows saves it. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return gb18030.decode(body);
  }
}

/**
 * A CSV register as one grid named after the file. Rows are numbered by the line each starts on, so a
 * finding's `name.csv!C17` is line 17 in an editor. A quoted cell may span lines.
 */
export function readCsv(bytes: Uint8Array, file: string, sheetName: string): { grids: SheetGrid[]; findings: ReadFinding[] } {
  if (bytes.length === 0) return { grids: [], findings: [fileFinding(file, 'emptyRegister', {})] };
  const text = decodeCsv(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { grids: [], findings: [{ ...fileFinding(file, 'badCsv', { line, detail: (error as Error).message }), at: { sheet: sheetName, row: line, column: 1 } }] };
  }
  const rows = records
    .map(({ record, info }) => ({ row: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }))
    .filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) return { grids: [], findings: [fileFinding(file, 'emptyRegister', {})] };
  return { grids: [{ name: sheetName, rows, merges: [] }], findings: [] };
}

export function fileFinding(file: string, messageId: string, data: ReadFinding['data']): ReadFinding {
  return { ruleId: 'register-input', severity: 'error', messageId, data, file };
}
