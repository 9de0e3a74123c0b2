import { describeTimeLimit, parseTimeLimitPhrase, splitPostingPeriod, type PeriodValue, type TimeLimitValue } from '../model/time-limit.js';
import { readChannels } from './channels.js';
import type { Draft, RowContext } from './draft.js';
import { levelsOf } from './header.js';
import { normaliseLabel } from './grid.js';
import { clip } from './row.js';
import { oneLine } from './text.js';

/** 条例 Art. 26: 20 working days from formation or change, unless a law sets another period. */
export const LEGAL_DEFAULT: TimeLimitValue = { workdays: 20, from: '形成或变更' };

export interface TickReading {
  audience: string[];
  mode: string[];
  levels: string[];
  /** Some tick column of the row is ticked. */
  any: boolean;
  notes: string[];
}

/** The √ columns of a row, and 公开对象/方式/层级 written as words in a single column. */
export function readTicks(ctx: RowContext, r: number): TickReading {
  const { grid, header, v } = ctx;
  const out: TickReading = { audience: [], mode: [], levels: [], any: false, notes: [] };
  const add = (field: 'audience' | 'mode' | 'levels', values: readonly string[]) => {
    for (const value of values) if (!out[field].includes(value)) out[field].push(value);
  };
  for (const column of header.columns) {
    if (column.field !== 'audience' && column.field !== 'mode' && column.field !== 'levels') continue;
    const text = grid.text(r, column.column);
    if (!text) continue;
    if (!column.values) {
      const { known, unknown } = words(ctx, column.field, text);
      add(column.field, known);
      out.any ||= known.length > 0;
      if (unknown.length > 0) out.notes.push(`${column.label}：${unknown.join('、')}`);
      continue;
    }
    if (v.headers.ticks.no.includes(text)) continue;
    if (!v.headers.ticks.yes.includes(text)) ctx.guesses.add(grid.name, { row: r, column: column.column }, 'tickOdd', { text: clip(text) });
    add(column.field, column.values);
    out.any = true;
  }
  return out;
}

/** 全社会 / 主动公开 / 县级、乡级 written in one cell. */
function words(ctx: RowContext, field: 'audience' | 'mode' | 'levels', text: string): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[、，,/／;；\s]+/).filter(Boolean)) {
    const label = normaliseLabel(token);
    const values = field === 'levels' ? levelsOf(ctx.v, /级$/.test(label) ? label : `${label}级`)?.values : [ctx.v[field === 'audience' ? 'audiences' : 'modes'].get(label)].filter((x): x is string => x !== undefined);
    if (values && values.length > 0) known.push(...values);
    else unknown.push(token);
  }
  return { known, unknown };
}

/** 公开时限 (and a 公示期 column): the structured form, keeping the wording when it differs from gkml's. */
export function readTimeLimit(ctx: RowContext, draft: Draft): void {
  const { cells, item, row, at } = draft;
  const place = { row, column: at.timeLimit ?? at.level1 ?? 1 };
  if (cells.postingPeriod) item.postingPeriod = readPeriod(oneLine(cells.postingPeriod));
  const phrase = cells.timeLimit ? oneLine(cells.timeLimit) : '';
  if (!phrase) {
    item.timeLimit = LEGAL_DEFAULT;
    ctx.guesses.warn(ctx.grid.name, place, 'timeLimitEmpty');
    return;
  }
  const parsed = parseTimeLimitPhrase(phrase);
  if (!parsed) {
    item.timeLimit = LEGAL_DEFAULT;
    if (/长期|任期|最新有效|永久/.test(phrase) && !item.retention) {
      item.retention = phrase;
      ctx.guesses.warn(ctx.grid.name, place, 'timeLimitRetention', { text: phrase });
    } else {
      item.notes.push(`公开时限原文：${phrase}`);
      ctx.guesses.warn(ctx.grid.name, place, 'timeLimitUnread', { text: phrase });
    }
    return;
  }
  const { main, posting } = splitPostingPeriod(phrase);
  let limit = parsed.timeLimit;
  if (typeof limit === 'object' && limit.syncWith === '') {
    const { syncWith: _unknown, ...rest } = limit;
    limit = rest;
    draft.pendingSync = { workdays: rest.workdays ?? 0 };
  }
  if (typeof limit === 'object' && describeTimeLimit(limit) !== main) limit = { ...limit, text: main };
  item.timeLimit = limit;
  if (parsed.postingPeriod && posting) item.postingPeriod = periodText(parsed.postingPeriod) === posting ? parsed.postingPeriod : { ...parsed.postingPeriod, text: posting };
}

/** A 公示期 cell: 7个工作日, 公示7个工作日, 5日. */
function readPeriod(text: string): PeriodValue | undefined {
  const parsed = parseTimeLimitPhrase(/公[示告]/.test(text) ? `及时，${text}` : `及时，公示${text}`)?.postingPeriod;
  if (!parsed) return undefined;
  return periodText(parsed) === text ? parsed : { ...parsed, text };
}

/** How gkml prints a posting period (src/render/excel/cells.ts periodText). */
export function periodText(period: PeriodValue | undefined): string {
  if (!period) return '';
  if (period.text) return period.text;
  if (period.workdays !== undefined) return `公示${period.workdays}个工作日`;
  return period.days !== undefined ? `公示${period.days}日` : '';
}

export function readChannelCell(ctx: RowContext, draft: Draft): void {
  const { cells, item, row, at } = draft;
  const place = { row, column: at.channels ?? at.level1 ?? 1 };
  if (!cells.channels) {
    item.channels = ['政府网站'];
    ctx.guesses.warn(ctx.grid.name, place, 'channelsEmpty');
    return;
  }
  const reading = readChannels(ctx.v, cells.channels);
  item.channels = reading.channels;
  item.channelsOther = reading.other;
  if (ctx.literal && draft.meta) return;
  for (const note of reading.notes) ctx.guesses.add(ctx.grid.name, place, note.messageId, note.data);
  if (item.channels.length === 0) {
    item.channels = ['政府网站'];
    item.notes.push(`公开渠道原文：${cells.channels}`);
    ctx.guesses.warn(ctx.grid.name, place, 'channelsNone', { text: clip(cells.channels) });
  }
}

/** A 五公开 column: ■决策 □执行 …, or 决策公开、结果公开. */
export function readFiveDisclosures(ctx: RowContext, draft: Draft): void {
  const { terms } = ctx.v.vocab;
  const text = draft.cells.fiveDisclosures!;
  const found = new Set<string>();
  const words = [...terms.fiveDisclosures.values.map((v) => [v, v] as const), ...Object.entries(terms.fiveDisclosures.variants)].sort((a, b) => b[0].length - a[0].length);
  let rest = text;
  for (const [word, value] of words) {
    let at = rest.indexOf(word);
    while (at !== -1) {
      const before = rest[at - 1];
      if (!before || !ctx.v.headers.channelMarks.unselected.includes(before)) found.add(value);
      rest = `${rest.slice(0, at)}${'\u0000'.repeat(word.length)}${rest.slice(at + word.length)}`;
      at = rest.indexOf(word);
    }
  }
  if (found.size > 0) draft.item.fiveDisclosures = terms.fiveDisclosures.values.filter((v) => found.has(v));
  else draft.item.notes.push(`五公开：${text}`);
}
