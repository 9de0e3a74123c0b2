import type { Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import { asText, CellWriter, metaText, TICK, timeLimitText, type CellValue, type MetaPlan } from './cells.js';
import { columnLetter, type Column } from './layout.js';
import type { ChannelStyle } from './plan.js';
import { styleId } from './package.js';
import { BODY_STYLES } from './styles.js';
import type { Style } from 'exceljs';
import type { EntryWriter } from './zip.js';

/**
 * Characters that send a text down the careful path: XML's specials, controls XML cannot carry (dropped),
 * surrogates (a lone one is dropped; a pair, rare, is checked there), U+FFFE/U+FFFF, white space at either
 * end (kept with xml:space="preserve"), and text that reads as an OOXML escape (`_x0041_`, which Excel, WPS,
 * exceljs and gkml import would show as “A”). Most cells have none of them and are written as they are.
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f&<>\ud800-\udfff\ufffe\uffff]|^\s|\s$|_[xX][0-9A-Fa-f]{4}_/;
/**
 * The `_` of a literal `_xHHHH_`, written as the escape of `_` itself (ECMA-376 ST_Xstring). A lookahead, so in
 * `_x0041_x0042_` the second `_`, which closes one and opens the next, is escaped too; `_X…_` as well, to be safe
 * (`_x005F_` always reads as `_`).
 */
const ESCAPE_LIKE = /_(?=[xX][0-9A-Fa-f]{4}_)/g;

/**
 * A string cell's content (`<t>…</t>`), or null when nothing is left of the text. The cell is an inline
 * string: never a formula, whatever the text starts with (=, +, -, @, a tab).
 */
export function textXml(text: string): string | null {
  if (!SPECIAL.test(text)) return text === '' ? null : `<t>${text}</t>`;
  const clean = asText(text);
  if (clean === null) return null;
  const xml = /[&<>]/.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : clean;
  const escaped = xml.includes('_') ? xml.replace(ESCAPE_LIKE, '_x005F_') : xml;
  return /^\s|\s$/.test(clean) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** What follows `<c r="…" s="…"` for a value: the rest of the cell. */
export function cellTail(value: CellValue): string {
  if (value === null || value === undefined) return '/>';
  if (typeof value === 'number') return `><v>${value}</v></c>`;
  const text = textXml(value);
  return text === null ? '/>' : ` t="inlineStr"><is>${text}</is></c>`;
}

/** Distinct cells kept per column (their bytes), at most. */
const CACHE_SIZE = 5000;

const ascii = (text: string) => Buffer.from(text, 'latin1');
const ROW_OPEN = ascii('<row r="');
const ROW_TAG_END = ascii('">');
const ROW_CLOSE = ascii('</row>');
const NUMBER_OPEN = ascii('><v>');
const NUMBER_CLOSE = ascii('</v></c>');
const TEXT_CLOSE = ascii('</t></is></c>');
const NEWLINE = ascii('\n');

/** How a column's cells are made: each a case of RowWriter.write. */
const enum Kind {
  Seq,
  List,
  Field,
  Cached,
  TimeLimit,
  Channels,
  Tick,
  Meta,
}

interface ColumnPlan {
  kind: Kind;
  key: Column['key'];
  /** `<c r="B` */
  open: Buffer;
  /** `" s="7"/>`: the rest of an empty cell. */
  empty: Buffer;
  /** `" s="7"` */
  styled: Buffer;
  /** `" s="7" t="inlineStr"><is><t>` */
  text: Buffer;
  /** The value a tick column's √ stands for. */
  value?: string;
  cache?: Map<string | number, Buffer>;
}

/** Where the row of an item sits, and which of its 事项 cells are merged into the ones above. */
export interface RowPlace {
  row: number;
  seq: number;
  catalogue: number;
  /** Hide 一级事项 (merged into the cell above) … */
  hide1: boolean;
  /** … and 二级事项 (three-level tables). */
  hide2: boolean;
}

/**
 * The item rows, written as bytes into the sheet's part, each cell straight from the item: `<c r="B12" s="7"
 * t="inlineStr"><is><t>…</t></is></c>`. What does not change from row to row is encoded once per sheet, the
 * cells of columns whose values repeat (公开主体, 公开渠道和载体, 公开时限, the ticks …) once per distinct value,
 * and no string is built for a row: building row strings and then encoding them cost more than the XML itself.
 * The cells are what `CellWriter.value` gives, written as `cellTail` writes a value (test/render-excel holds it).
 */
export class RowWriter {
  private readonly columns: ColumnPlan[];
  private readonly tick: Buffer;
  private readonly channelIndex: Map<string, number>;
  private readonly cells: CellWriter;

  constructor(
    columns: readonly Column[],
    vocab: Vocabulary,
    channels: ChannelStyle,
    private readonly meta: MetaPlan,
  ) {
    this.cells = new CellWriter(vocab, channels);
    this.channelIndex = new Map(vocab.channels.map((c, i) => [c.name, i]));
    this.tick = Buffer.from(cellTail(TICK), 'utf8');
    this.columns = columns.map((column, i) => {
      const style = `" s="${styleId(BODY_STYLES[column.kind] as Partial<Style>)}"`;
      const kind = KINDS[column.key] ?? Kind.Field;
      const plan: ColumnPlan = {
        kind,
        key: column.key,
        open: ascii(`<c r="${columnLetter(i + 1)}`),
        empty: ascii(`${style}/>`),
        styled: ascii(style),
        text: ascii(`${style} t="inlineStr"><is><t>`),
      };
      if (column.value !== undefined) plan.value = column.value;
      if (kind === Kind.Cached || kind === Kind.TimeLimit || kind === Kind.Channels) plan.cache = new Map();
      return plan;
    });
  }

  write(out: EntryWriter, item: Item, place: RowPlace): void {
    const r = place.row;
    out.bytes(ROW_OPEN);
    out.digits(r);
    out.bytes(ROW_TAG_END);
    for (const column of this.columns) {
      out.bytes(column.open);
      out.digits(r);
      switch (column.kind) {
        case Kind.Seq:
          out.bytes(column.styled);
          out.bytes(NUMBER_OPEN);
          out.digits(place.seq);
          out.bytes(NUMBER_CLOSE);
          break;
        case Kind.List:
          this.list(out, column, column.key === 'content' ? item.content : item.basis);
          break;
        case Kind.Field: {
          const hidden = (column.key === 'level1' && place.hide1) || (column.key === 'level2' && place.hide2);
          this.text(out, column, hidden ? undefined : (item[column.key as 'level1'] as string | undefined));
          break;
        }
        case Kind.Cached: {
          const value = item[column.key as 'owner'] as string | undefined;
          if (value === undefined || value === '') out.bytes(column.empty);
          else out.bytes(this.cached(column, value, () => value));
          break;
        }
        case Kind.TimeLimit: {
          const text = timeLimitText(item);
          if (text === '') out.bytes(column.empty);
          else out.bytes(this.cached(column, text, () => text));
          break;
        }
        case Kind.Channels:
          out.bytes(this.cached(column, this.channelKey(item), () => this.cells.value(item, CHANNELS, 0) as string | null));
          break;
        case Kind.Tick:
          if ((item[column.key as 'audience'] as string[]).includes(column.value!)) {
            out.bytes(column.styled);
            out.bytes(this.tick);
          } else out.bytes(column.empty);
          break;
        case Kind.Meta:
          this.text(out, column, metaText(item, place.catalogue, this.meta));
          break;
      }
    }
    out.bytes(ROW_CLOSE);
  }

  /** A text cell: straight into the part, or through textXml where the text needs care. */
  private text(out: EntryWriter, column: ColumnPlan, value: string | undefined): void {
    if (value === undefined || value === '') out.bytes(column.empty);
    else if (!SPECIAL.test(value)) {
      out.bytes(column.text);
      out.write(value);
      out.bytes(TEXT_CLOSE);
    } else {
      out.bytes(column.styled);
      out.write(cellTail(value));
    }
  }

  /** 公开内容, 公开依据: one element per line, written element by element where none needs care. */
  private list(out: EntryWriter, column: ColumnPlan, values: readonly string[]): void {
    if (values.length === 1) return this.text(out, column, values[0]);
    for (const value of values) {
      if (value === '' || SPECIAL.test(value)) return this.text(out, column, values.join('\n'));
    }
    if (values.length === 0) return out.bytes(column.empty);
    out.bytes(column.text);
    for (let i = 0; i < values.length; i++) {
      if (i > 0) out.bytes(NEWLINE);
      out.write(values[i]!);
    }
    out.bytes(TEXT_CLOSE);
  }

  /** The bytes after `<c r="…` of a cell whose value repeats, made once per distinct value. */
  private cached(column: ColumnPlan, key: string | number, value: () => string | null): Buffer {
    const cache = column.cache!;
    let bytes = cache.get(key);
    if (bytes === undefined) {
      bytes = Buffer.from(`${column.styled.toString('latin1')}${cellTail(value())}`, 'utf8');
      if (cache.size < CACHE_SIZE) cache.set(key, bytes);
    }
    return bytes;
  }

  /**
   * Which channels an item chose, as a number (a bit per official channel) where it names no others: the
   * checklist's text depends only on that set. Otherwise a string key of both lists, as CellWriter keys them.
   */
  private channelKey(item: Item): number | string {
    if (item.channelsOther) return `${item.channels.join('|')}#${item.channelsOther.join('|')}`;
    let bits = 0;
    for (const name of item.channels) {
      const at = this.channelIndex.get(name);
      if (at === undefined || at > 30) return item.channels.join('|');
      bits |= 1 << at;
    }
    return bits;
  }
}

const CHANNELS: Column = { key: 'channels', group: '', width: 0, kind: 'text' };

const KINDS: Partial<Record<Column['key'], Kind>> = {
  seq: Kind.Seq,
  content: Kind.List,
  basis: Kind.List,
  owner: Kind.Cached,
  category: Kind.Cached,
  retention: Kind.Cached,
  office: Kind.Cached,
  timeLimit: Kind.TimeLimit,
  channels: Kind.Channels,
  audience: Kind.Tick,
  mode: Kind.Tick,
  levels: Kind.Tick,
  meta: Kind.Meta,
};
