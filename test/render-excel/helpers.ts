import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { loadVocabulary } from '../../src/engine/resources.js';
import { toCatalogue, type Catalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { planWorkbooks, renderWorkbook, type ExcelOptions, type WorkbookPlan } from '../../src/render/excel/index.js';

export const vocab = loadVocabulary();

export function catalogue(text: string, file = 'catalogues/test.yaml'): Catalogue {
  return toCatalogue(file, parse(text) as CatalogueDocument, vocab);
}

export interface Rendered {
  plan: WorkbookPlan;
  bytes: Uint8Array;
  book: ExcelJS.Workbook;
}

/** Renders the catalogues and reads every workbook back with exceljs, as a test of what a user opens. */
export async function render(catalogues: Catalogue[], options: Partial<ExcelOptions> = {}): Promise<Rendered[]> {
  const excel: ExcelOptions = { vocab, ...options };
  const out: Rendered[] = [];
  for (const plan of planWorkbooks(catalogues, excel)) {
    const bytes = await renderWorkbook(plan, excel);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    out.push({ plan, bytes, book });
  }
  return out;
}

/** A row's cells as the user sees them (null for an empty cell), columns 1..width. */
export function rowTexts(sheet: ExcelJS.Worksheet, row: number, width = sheet.columnCount): (string | number | null)[] {
  return Array.from({ length: width }, (_, i) => {
    const cell = sheet.getCell(row, i + 1);
    if (cell.type === ExcelJS.ValueType.Merge) return cell.master.address === cell.address ? (cell.value as string) : null;
    return (cell.value as string | number | null) ?? null;
  });
}

/** The merged ranges of a sheet, sorted as Excel lists them. */
export function merges(sheet: ExcelJS.Worksheet): string[] {
  return [...(sheet.model as unknown as { merges: string[] }).merges].sort(byAddress);
}

function byAddress(a: string, b: string): number {
  const row = (s: string) => Number(/\d+/.exec(s)![0]);
  return row(a) - row(b) || a.localeCompare(b);
}
