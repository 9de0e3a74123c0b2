import { asText, TICK, type CellValue } from './cells.js';
import { columnLetter, type Column } from './layout.js';
import { styleId } from './package.js';
import { BODY_STYLES } from './styles.js';
import type { Style } from 'exceljs';
import type { EntryWriter } from './zip.js';

/**
 * Characters that send a text down the careful path: XML's specials, controls XML cannot carry (dropped),
 * surrogates (a lone one is dropped; a pair, rare, is checked there), U+FFFE/U+FFFF, and white space at either
 * end (kept with xml:space="preserve"). Most cells have none of them and are written as they are.
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f&<>\ud800-\udfff\ufffe\uffff]|^\s|\s$/;

/**
 * A string cell's content (`<t>…</t>`), or null when nothing is left of the text. The cell is an inline
 * string: never a formula, whatever the text starts with (=, +, -, @, a tab).
 */
export function textXml(text: string): string | null {
  if (!SPECIAL.test(text)) return text === '' ? null : `<t>${text}</t>`;
  const clean = asText(text);
  if (clean === null) return null;
  const escaped = /[&<>]/.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : clean;
  return /^\s|\s$/.test(clean) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** What follows `<c r="…" s="…"` for a value: the rest of the cell. */
export function cellTail(value: CellValue): string {
  if (value === null || value === undefined) return '/>';
  if (typeof value === 'number') return `><v>${value}</v></c>`;
  const text = textXml(value);
  return text === null ? '/>' : ` t="inlineStr"><is>${text}</is></c>`;
}

/** Columns whose values repeat from row to row: their cells' bytes are kept, at most this many per column. */
const CACHED = new Set<Column['key']>(['owner', 'channels', 'timeLimit', 'audience', 'mode', 'levels', 'category', 'retention', 'office']);
const CACHE_SIZE = 5000;

const ascii = (text: string) => Buffer.from(text, 'latin1');
const ROW_OPEN = ascii('<row r="');
const ROW_TAG_END = ascii('">');
const ROW_CLOSE = ascii('</row>');
const EMPTY = ascii('/>');
const NUMBER_OPEN = ascii('><v>');
const NUMBER_CLOSE = ascii('</v></c>');
const TEXT_OPEN = ascii(' t="inlineStr"><is><t>');
const TEXT_CLOSE = ascii('</t></is></c>');

/**
 * The item rows, written as bytes into the sheet's part. Each cell is `<c r="B12" s="7" t="inlineStr"><is><t>…
 * </t></is></c>`; the parts that do not change from row to row are encoded once per sheet, and the cells of
 * columns whose values repeat (公开主体, 公开渠道和载体, 公开时限, the ticks …) once per distinct value. No
 * string is built for a row: building and then encoding them cost more than writing the XML itself.
 */
export class RowWriter {
  private readonly open: Buffer[];
  private readonly style: Buffer[];
  private readonly caches: (Map<string, Buffer> | undefined)[];
  private readonly tick = Buffer.from(cellTail(TICK), 'utf8');

  constructor(columns: readonly Column[]) {
    this.open = columns.map((_, i) => ascii(`<c r="${columnLetter(i + 1)}`));
    this.style = columns.map((c) => ascii(`" s="${styleId(BODY_STYLES[c.kind] as Partial<Style>)}"`));
    this.caches = columns.map((c) => (CACHED.has(c.key) ? new Map<string, Buffer>() : undefined));
  }

  /** One row; `values` as CellWriter gives them (text, the 序号 number, or null). */
  write(out: EntryWriter, r: number, values: readonly CellValue[]): void {
    out.bytes(ROW_OPEN);
    out.digits(r);
    out.bytes(ROW_TAG_END);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      out.bytes(this.open[i]!);
      out.digits(r);
      out.bytes(this.style[i]!);
      if (value === null || value === '') out.bytes(EMPTY);
      else if (typeof value === 'number') {
        out.bytes(NUMBER_OPEN);
        if (Number.isSafeInteger(value) && value >= 0) out.digits(value);
        else out.write(String(value));
        out.bytes(NUMBER_CLOSE);
      } else if (value === TICK) out.bytes(this.tick);
      else {
        const cache = this.caches[i];
        const cached = cache?.get(value);
        if (cached) out.bytes(cached);
        else if (cache) {
          const tail = Buffer.from(cellTail(value), 'utf8');
          if (cache.size < CACHE_SIZE) cache.set(value, tail);
          out.bytes(tail);
        } else if (!SPECIAL.test(value)) {
          out.bytes(TEXT_OPEN);
          out.write(value);
          out.bytes(TEXT_CLOSE);
        } else out.write(cellTail(value));
      }
    }
    out.bytes(ROW_CLOSE);
  }
}
