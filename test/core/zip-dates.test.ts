import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { stampZipDates } from '../../src/core/zip-dates.js';

/** Each entry's DOS time and date, from its central directory record and from its local header. */
function entryStamps(bytes: Uint8Array): { central: [number, number]; local: [number, number] }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const local = view.getUint32(at + 42, true);
    out.push({ central: [view.getUint16(at + 12, true), view.getUint16(at + 14, true)] as [number, number], local: [view.getUint16(local + 10, true), view.getUint16(local + 12, true)] as [number, number] });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

async function someWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('表').addRow(['事项', '公开']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('stampZipDates', () => {
  it('sets every entry of a workbook to 00:00 of the day, in both headers, and leaves the input alone', async () => {
    const bytes = await someWorkbook();
    const before = Uint8Array.from(bytes);
    const stamped = stampZipDates(bytes, '2024-07-01');
    const stamps = entryStamps(stamped);
    expect(stamps.length).toBeGreaterThan(5);
    const day = ((2024 - 1980) << 9) | (7 << 5) | 1;
    for (const s of stamps) expect(s).toEqual({ central: [0, day], local: [0, day] });
    expect(bytes).toEqual(before);
    // Still a workbook that opens.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(stamped) as unknown as ArrayBuffer);
    expect(book.getWorksheet('表')!.getRow(1).values).toEqual([undefined, '事项', '公开']);
  });

  it('gives back what is not a zip it can follow unchanged', () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5]);
    expect(stampZipDates(junk, '2024-07-01')).toBe(junk);
    const cut = new Uint8Array(40);
    new DataView(cut.buffer).setUint32(10, 0x06054b50, true);
    new DataView(cut.buffer).setUint16(20, 1, true); // one entry, its directory at offset 0, which is no directory
    expect(stampZipDates(cut, '2024-07-01')).toBe(cut);
  });
});
