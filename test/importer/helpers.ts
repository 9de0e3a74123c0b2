import ExcelJS from 'exceljs';
import { loadVocabulary } from '../../src/engine/resources.js';
import { loadHeaderVocabulary } from '../../src/engine/import.js';
import { importCatalogues, importVocabulary, type ImportResult } from '../../src/importer/index.js';

export interface SheetSpec {
  name: string;
  /** Rows from row 1; null is an empty cell. */
  rows: (string | number | null)[][];
  /** Ranges such as 'A1:N1'. */
  merges?: string[];
  hidden?: boolean;
}

/** A workbook as Excel or WPS would save it (shared strings, the non-streaming writer). */
export async function workbook(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const vocab = () => importVocabulary(loadVocabulary(), loadHeaderVocabulary());

export function importBytes(bytes: Uint8Array, file = '示例.xlsx', options: { publisher?: string; level?: string; catalogueType?: string; lang?: 'zh' | 'en' } = {}): ImportResult {
  return importCatalogues({ bytes, file, lang: options.lang ?? 'zh', vocab: vocab(), ...options });
}

/** Guesses as `Sheet!C5 messageId` lines, the way a test states what the report must say. */
export function guessLines(result: ImportResult): string[] {
  return result.guesses.map((g) => `${g.sheet}!${columnLetters(g.column)}${g.row} ${g.messageId}`);
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The official two-row header (primer §1.2) with the given level labels, as rows 2–3 of a sheet. */
export function officialHeader(levels: string[] = ['县级', '乡级'], audience = ['全社会', '特定群体'], mode = ['主动', '依申请']): (string | null)[][] {
  const top = ['序号', '公开事项', null, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开层级', ...levels.slice(1).map(() => null)];
  const bottom = [null, '一级事项', '二级事项', null, null, null, null, null, ...audience, ...mode, ...levels];
  return [top, bottom];
}

/** The merges of officialHeader placed at `row` (1-based) with `levels` level columns. */
export function officialHeaderMerges(row: number, levels = 2): string[] {
  const next = row + 1;
  const last = String.fromCharCode(76 + levels);
  return [`A${row}:A${next}`, `B${row}:C${row}`, `D${row}:D${next}`, `E${row}:E${next}`, `F${row}:F${next}`, `G${row}:G${next}`, `H${row}:H${next}`, `I${row}:J${row}`, `K${row}:L${row}`, `M${row}:${last}${row}`];
}
