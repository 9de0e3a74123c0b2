import { ColumnTable } from './header.js';
import { PowerTypeTable } from './power-types.js';
import { readCsv } from './read-csv.js';
import { readTable } from './read-table.js';
import { readWorkbook, type SheetReader } from './read-workbook.js';
import type { ReadFinding, RegisterFile, RegisterVocabulary, SheetGrid } from './types.js';

export type TableFormat = 'xlsx' | 'csv';

/** The tables of the register vocabularies, built once per run. */
export interface RegisterTables {
  vocab: RegisterVocabulary;
  columns: ColumnTable;
  types: PowerTypeTable;
}

export function registerTables(vocab: RegisterVocabulary): RegisterTables {
  return { vocab, columns: new ColumnTable(vocab), types: new PowerTypeTable(vocab.types) };
}

/**
 * A workbook or CSV register → its powers, each with its origin, and the findings of reading it. Nothing
 * here throws on bad input: an unreadable file is a finding, and so is a sheet without a header.
 */
export function readRegisterTable(bytes: Uint8Array, format: TableFormat, file: string, tables: RegisterTables, source: { csvName?: string; readSheets?: SheetReader } = {}): RegisterFile {
  if (format === 'xlsx' && !source.readSheets) throw new Error('readRegisterTable: a workbook needs a sheet reader');
  const read = format === 'xlsx' ? readWorkbook(bytes, file, source.readSheets!) : readCsv(bytes, file, source.csvName ?? file);
  return registerFromGrids(read.grids, file, tables, read.findings);
}

/** The powers of every sheet of a file, in sheet order. A sheet with no header is skipped with a note when another sheet could be read. */
export function registerFromGrids(grids: readonly SheetGrid[], file: string, tables: RegisterTables, findings: ReadFinding[] = []): RegisterFile {
  const results = grids.map((grid) => readTable(grid, { file, columns: tables.columns, types: tables.types, vocab: tables.vocab }));
  const anyReadable = results.some((r) => r.readable);
  const out: RegisterFile = { file, powers: results.flatMap((r) => r.powers), findings: [...findings] };
  for (const result of results) {
    for (const finding of result.findings) {
      out.findings.push(anyReadable && finding.messageId === 'noHeader' ? { ...finding, severity: 'info', messageId: 'sheetSkipped' } : finding);
    }
  }
  const department = results.find((r) => r.department)?.department;
  if (department) out.department = department;
  return out;
}
