/**
 * A zip package (an .xlsx written by exceljs) with every entry's modification time set to the start of `day`
 * (YYYY-MM-DD): exceljs stamps each entry with the clock, so the same report written twice differed in those bytes
 * alone. The central directory is walked to find each entry and its local header; a package it cannot follow is
 * given back unchanged. The input is not modified.
 */
export function stampZipDates(bytes: Uint8Array, day: string): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return bytes;
  const date = dosDate(day);
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return bytes;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return bytes;
    for (const field of [at + 12, local + 10]) {
      view.setUint16(field, 0, true); // 00:00:00
      view.setUint16(field + 2, date, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The end-of-central-directory record: at most a 64 KiB comment after it. */
function findEndOfDirectory(view: DataView): number | undefined {
  for (let at = view.byteLength - 22; at >= 0 && at >= view.byteLength - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return undefined;
}

/** MS-DOS date bits (years from 1980); a day before 1980 or not a date becomes 1980-01-01. */
function dosDate(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [1980, 1, 1];
  if (year < 1980 || year > 2107) return (1 << 5) | 1;
  return ((year - 1980) << 9) | (month << 5) | date;
}
