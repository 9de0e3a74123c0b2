import ExcelJS from 'exceljs';
import { loadRegisterVocabulary, readRegisterBytes } from '../../src/engine/register.js';
import { registerTables, type TableFormat } from '../../src/registry/read-register.js';
import type { Power, RegisterFile } from '../../src/registry/types.js';

export const tables = registerTables(loadRegisterVocabulary());

/** A workbook built in the test: each sheet gets its rows (null = empty cell) and its merged ranges. */
export async function workbook(sheets: { name: string; rows: (string | number | null)[][]; merges?: string[] }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date('2024-01-01T00:00:00Z');
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Reads a register's bytes as `gkml diff` does. */
export async function read(bytes: Uint8Array, format: TableFormat, file = format === 'xlsx' ? '清单.xlsx' : '清单.csv'): Promise<RegisterFile> {
  return readRegisterBytes(bytes, format, file, tables);
}

/** What a power means, without where it came from: what two shapes of the same list must agree on. */
export function meaning(p: Power): Record<string, string | undefined> {
  return { code: p.code, name: p.name, mainItem: p.mainItem, type: p.type, owner: p.owner, office: p.office, basis: p.basis };
}

/** `Sheet!C17 ruleId/messageId` for each finding of a file. */
export function cells(file: RegisterFile): string[] {
  return file.findings.map((f) => `${f.at ? `${f.at.sheet}!${String.fromCharCode(64 + f.at.column)}${f.at.row}` : '-'} ${f.ruleId}/${f.messageId}`);
}

/** GBK bytes of a text: a tiny encoder built from the decoder, so the tests need no encoding library. */
export function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    let bytes = codes.get(ch);
    if (!bytes) {
      bytes = findGbk(ch, decoder);
      codes.set(ch, bytes);
    }
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

let gbkTable: Map<string, number[]> | undefined;

/** Every two-byte GBK character, decoded once: enough to encode test text without an encoder dependency. */
function findGbk(ch: string, decoder: { decode(bytes: Uint8Array): string }): number[] {
  if (!gbkTable) {
    gbkTable = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const decoded = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbkTable.has(decoded)) gbkTable.set(decoded, [lead, trail]);
      }
    }
  }
  const bytes = gbkTable.get(ch);
  if (!bytes) throw new Error(`no GBK code for ${ch}`);
  return bytes;
}
