import { parse } from 'csv-parse/sync';
import type { RawSheet } from './grid.js';

/** Why a CSV file could not be read: not text in a known encoding, or quotes that never close. */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly reason: 'notText' | 'badCsv',
    readonly line = 0,
  ) {
    super(reason);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** A CSV (or tab-separated) file in UTF-8, UTF-16 or GBK as one sheet named after the file. */
export function readCsv(bytes: Uint8Array, name: string): RawSheet {
  const text = decodeText(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new CsvError('badCsv', (error as { lines?: number }).lines ?? 0);
  }
  return { name, hidden: false, rows, merges: [] };
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  for (const decoder of [utf8, gb18030]) {
    try {
      const text = decoder.decode(body);
      // eslint-disable-next-line no-control-regex
      if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return text;
    } catch {
      // try the next encoding
    }
  }
  throw new CsvError('notText');
}
