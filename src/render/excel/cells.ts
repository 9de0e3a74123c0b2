import type { Item } from '../../model/catalogue.js';
import { describeTimeLimit, type PeriodValue } from '../../model/time-limit.js';
import type { Vocabulary } from '../../model/vocab.js';
import type { Column } from './layout.js';
import type { ChannelStyle, Layout } from './plan.js';

export const TICK = '√';
const OTHER = '其他';

/**
 * The value of one body cell: text, the 序号 number, or nothing. Text is written as an inline string, never a
 * formula, and cleaned as it is written (rows.ts textXml → `asText`).
 */
export type CellValue = string | number | null;

/**
 * Text as a cell holds it: control characters that XML cannot carry are dropped. A cell's text is written as
 * an inline string (rows.ts), so text that starts with =, +, -, @ or a tab stays text.
 */
export function asText(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  return CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}

/** Characters XML 1.0 cannot carry: C0 controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The 公开渠道和载体 cell: the whole checklist with ■/□ in the official order, or the ■ items only. */
export function channelText(item: Pick<Item, 'channels' | 'channelsOther'>, vocab: Vocabulary, style: ChannelStyle): string {
  const chosen = new Set(item.channels);
  const others = item.channelsOther ?? [];
  const marks = vocab.channels.map(({ name }) => {
    const on = name === OTHER ? chosen.has(OTHER) || others.length > 0 : chosen.has(name);
    return { on, label: name === OTHER && others.length > 0 ? `${OTHER}（${others.join('、')}）` : name };
  });
  return (style === 'checklist' ? marks : marks.filter((m) => m.on)).map((m) => `${m.on ? '■' : '□'}${m.label}`).join(' ');
}

export function periodText(period: PeriodValue | undefined): string {
  if (!period) return '';
  if (period.text) return period.text;
  if (period.workdays !== undefined) return `公示${period.workdays}个工作日`;
  return period.days !== undefined ? `公示${period.days}日` : '';
}

/** 公开时限 as the tables print it, with the posting period after a comma (…10个工作日内，公示7个工作日). */
export function timeLimitText(item: Pick<Item, 'timeLimit' | 'postingPeriod'>): string {
  const period = periodText(item.postingPeriod);
  return period ? `${describeTimeLimit(item.timeLimit)}，${period}` : describeTimeLimit(item.timeLimit);
}

/**
 * Body cells, with the 公开渠道和载体 text shared between rows that choose the same channels (most do):
 * one string instead of one per row keeps the garbage collector out of a 100,000-row sheet.
 */
export class CellWriter {
  private readonly channelCache = new Map<string, string>();

  constructor(
    private readonly vocab: Vocabulary,
    private readonly channels: ChannelStyle,
  ) {}

  value(item: Item, column: Column, seq: number): CellValue {
    switch (column.key) {
      case 'seq':
        return seq;
      case 'content':
        return orNull(item.content.length === 1 ? item.content[0] : item.content.join('\n'));
      case 'basis':
        return orNull(item.basis.length === 1 ? item.basis[0] : item.basis.join('\n'));
      case 'timeLimit':
        return orNull(timeLimitText(item));
      case 'channels':
        return this.channelCell(item);
      case 'audience':
      case 'mode':
      case 'levels':
        return item[column.key].includes(column.value!) ? TICK : null;
      case 'meta':
        return null;
      default:
        return orNull(item[column.key]);
    }
  }

  private channelCell(item: Item): string | null {
    const key = item.channelsOther ? `${item.channels.join('|')}#${item.channelsOther.join('|')}` : item.channels.join('|');
    let text = this.channelCache.get(key);
    if (text === undefined) {
      text = channelText(item, this.vocab, this.channels);
      if (this.channelCache.size < 10_000) this.channelCache.set(key, text);
    }
    return text || null;
  }
}

function orNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

/** Fields the hidden column carries when the sheet has no column for them. */
const OPTIONAL = ['area', 'category', 'level3', 'clause', 'retention', 'office', 'note', 'interprets', 'powerCodes', 'url', 'levels'] as const;
const TICKED = ['audience', 'mode', 'levels'] as const;

/** What a sheet's hidden cells must carry, worked out once per sheet. */
export interface MetaPlan {
  hidden: (typeof OPTIONAL)[number][];
  /** The tick columns' values in column order, for the fields the sheet shows as ticks. */
  ticks: [(typeof TICKED)[number], string[]][];
}

export function metaPlan(columns: readonly Column[], layout: Layout): MetaPlan {
  const shown = new Set<string>(columns.map((c) => c.key));
  return {
    hidden: OPTIONAL.filter((field) => !shown.has(field) && !(field === 'area' && layout === 'standard')),
    ticks: TICKED.filter((field) => shown.has(field)).map((field) => [field, columns.filter((c) => c.key === field).map((c) => c.value!)]),
  };
}

/**
 * The hidden gkml cell of a row: the catalogue and place in it the item comes from (a county workbook
 * spreads a catalogue over its area sheets), what the table cannot show (编号, 五公开, 事项性质 …) and the exact
 * structured form of the cells whose text is only a rendering (time limit, channel order). `gkml import`
 * takes a value from here only while the visible cell still shows what gkml printed (docs/excel.md).
 */
export function metaText(item: Item, catalogue: number, plan: MetaPlan): string {
  // Written out key by key: the same text as JSON.stringify of an object built in this order (test/render-excel
  // holds it to that), without building the object, which for 100,000 rows cost most of a second.
  let json = `{"c":${catalogue},"i":${item.index}`;
  json += field('id', item.id) + field('fiveDisclosures', item.fiveDisclosures);
  if (item.kind !== '一般') json += field('kind', item.kind);
  json += field('timeLimit', item.timeLimit);
  if (item.postingPeriod) json += field('postingPeriod', item.postingPeriod);
  json += field('channels', item.channels);
  if (item.channelsOther) json += field('channelsOther', item.channelsOther);
  for (const name of plan.hidden) json += field(name, item[name]);
  // The sheet's title names the official area; an alias (环境保护) as the YAML wrote it comes back from here.
  if (item.areaAsWritten && !plan.hidden.includes('area')) json += field('area', item.areaAsWritten);
  for (const [name, order] of plan.ticks) if (!inOrder(item[name], order)) json += field(name, item[name]);
  return `${json}}`;
}

/** `,"name":value`, or nothing for a value JSON leaves out. */
function field(name: string, value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json === undefined ? '' : `,"${name}":${json}`;
}

/** True when the ticks give the values back in the order the item lists them. */
function inOrder(values: readonly string[], order: readonly string[]): boolean {
  let at = 0;
  for (const value of order) if (values[at] === value) at++;
  return at === values.length;
}
