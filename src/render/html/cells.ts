import type { Item } from '../../model/catalogue.js';
import { describeTimeLimit, type PeriodValue } from '../../model/time-limit.js';
import type { Vocabulary } from '../../model/vocab.js';
import type { Link, ListRow, OfficialRow, Tick } from './types.js';

export type ChannelStyle = 'checklist' | 'selected';

const OTHER = '其他';

/**
 * A link target the site may print: http(s) or relative, nothing else. The schema already rejects
 * other schemes; this guards again, because a `javascript:` link is one click from running code.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url || /[\s\u0000-\u001f\u007f\\]/.test(url)) return undefined;
  if (/^https?:\/\/[^/]/i.test(url)) return url;
  // A scheme is letters then ':' before any '/', '?' or '#'; relative paths have none.
  return /^[^/?#]*:/.test(url) ? undefined : url;
}

/** The 公开渠道和载体 cell: the whole checklist with ■/□ in the official order, or the ■ items only. */
export function channelCell(item: Pick<Item, 'channels' | 'channelsOther'>, vocab: Vocabulary, style: ChannelStyle): { shown: string; spoken: string } {
  const chosen = new Set(item.channels);
  // Word joiners keep each mark on the line of its name, and 入户/现场 in one piece.
  const whole = (label: string) => label.replace(/\//g, '/\u2060');
  const others = item.channelsOther ?? [];
  const marks = vocab.channels.map(({ name }) => {
    const on = name === OTHER ? chosen.has(OTHER) || others.length > 0 : chosen.has(name);
    const label = name === OTHER && others.length > 0 ? `${OTHER}（${others.join('、')}）` : name;
    return { on, label };
  });
  const selected = marks.filter((m) => m.on);
  const shown = (style === 'checklist' ? marks : selected).map((m) => `${m.on ? '■' : '□'}\u2060${whole(m.label)}`).join(' ');
  return { shown, spoken: `已选：${selected.map((m) => m.label).join('、')}` };
}

/**
 * Cells many rows share (the same channels, the same ticks) are made once per build: on a large site
 * this spares most of the allocation. The values are never changed after they are made. Keyed by what
 * the cells depend on besides the item: the channel style; the level columns and their labels.
 */
export type CellCache = Map<string, Map<string | number, unknown>>;

/** The caches of one catalogue's rows: its channel cells and its √ cells, each keyed by the item's values only. */
export function cellCaches(cache: CellCache, channelStyle: ChannelStyle, vocab: Vocabulary, levelColumns: readonly string[], levelLabels: Record<string, string>): Pick<RowContext, 'channelCells' | 'tickCells' | 'channelBits' | 'tickBits'> {
  const part = (key: string) => {
    let map = cache.get(key);
    if (!map) cache.set(key, (map = new Map()));
    return map;
  };
  const { audiences, modes } = vocab.terms;
  return {
    channelCells: part(`c\u0001${channelStyle}`) as RowContext['channelCells'],
    tickCells: part(`t\u0001${levelColumns.join('\u0001')}\u0002${JSON.stringify(levelLabels)}`) as RowContext['tickCells'],
    channelBits: bitsOf([vocab.channels.map(({ name }) => name)]),
    tickBits: bitsOf([audiences.values, modes.values, levelColumns]),
  };
}

/**
 * A bit for each name of each group, in order, so that which names a row holds is one number: a cache key made
 * without joining strings. Undefined when the names are more than the 31 bits `|` works on.
 */
export function bitsOf(groups: readonly (readonly string[])[]): Map<string, number>[] | undefined {
  let next = 0;
  const maps = groups.map((names) => new Map(names.map((name) => [name, 1 << next++])));
  return next <= 31 ? maps : undefined;
}

/**
 * The bits of the names each group's values hold; a value no mark or column names adds none, as it changes no
 * cell. Two rows with the same number hold the same names, so they get the same cells.
 */
function held(bits: readonly Map<string, number>[], values: readonly (readonly string[])[]): number {
  let key = 0;
  for (let g = 0; g < bits.length; g++) for (const value of values[g]!) key |= bits[g]!.get(value) ?? 0;
  return key;
}

/** √ cells for one group of columns, in the columns' order. */
export function ticks(columns: readonly string[], values: readonly string[], labels: Record<string, string> = {}): Tick[] {
  return columns.map((column) => ({ label: labels[column] ?? column, on: values.includes(column) }));
}

export function describePeriod(period: PeriodValue | undefined): string {
  if (!period) return '';
  if (period.text) return period.text;
  if (period.workdays !== undefined) return `公示${period.workdays}个工作日`;
  return period.days !== undefined ? `公示${period.days}日` : '';
}

/** The item's name path, as the cross views print it: 一级 › 二级 › 三级. */
export function itemName(item: Pick<Item, 'level1' | 'level2' | 'level3'>): string {
  return [item.level1, item.level2, item.level3].filter(Boolean).join(' › ');
}

export interface RowContext {
  vocab: Vocabulary;
  channelStyle: ChannelStyle;
  levelColumns: string[];
  levelLabels: Record<string, string>;
  /** The anchor and the name of an item of the same catalogue, by id: for 政策解读 links to their file. */
  target: (id: string) => { anchor: string; name: string } | undefined;
  hasLevel3: boolean;
  /** Cells made before (see cellCaches), by the names the row holds (see held) or, where there are too many, by its values. */
  channelCells: Map<string | number, { shown: string; spoken: string }>;
  tickCells: Map<string | number, Tick[]>;
  /** The bits of the channel marks; of the 公开对象, 公开方式 and level columns. */
  channelBits: Map<string, number>[] | undefined;
  tickBits: Map<string, number>[] | undefined;
}

/** One item as a row of the official table; `first` and `span` are set by the caller, which sees the group. */
export function officialRow(item: Item, number: number, anchor: string, context: RowContext): OfficialRow {
  const { vocab } = context;
  // 其他（…） names the item's own channels, so those rows are keyed by their text.
  const channelKey = item.channelsOther?.length ? `${item.channels.join('\u0001')}\u0002${item.channelsOther.join('\u0001')}` : context.channelBits ? held(context.channelBits, [item.channels]) : item.channels.join('\u0001');
  let channels = context.channelCells.get(channelKey);
  if (!channels) context.channelCells.set(channelKey, (channels = channelCell(item, vocab, context.channelStyle)));
  const tickKey = context.tickBits ? held(context.tickBits, [item.audience, item.mode, item.levels]) : `${item.audience.join('\u0001')}\u0002${item.mode.join('\u0001')}\u0002${item.levels.join('\u0001')}`;
  let ticked = context.tickCells.get(tickKey);
  if (!ticked) {
    ticked = [...ticks(vocab.terms.audiences.values, item.audience), ...ticks(vocab.terms.modes.values, item.mode), ...ticks(context.levelColumns, item.levels, context.levelLabels)];
    context.tickCells.set(tickKey, ticked);
  }
  const links: Link[] = [];
  for (const id of item.interprets ?? []) {
    const target = context.target(id);
    links.push({ text: `所解读的文件：${target?.name ?? id}`, href: target ? `#${target.anchor}` : '' });
  }
  const href = safeHref(item.url);
  if (href) links.push({ text: '查看栏目', href });
  const notes: string[] = [];
  if (item.note) notes.push(item.note);
  if (item.powerCodes?.length) notes.push(`权责清单事项编码：${item.powerCodes.join('、')}`);
  return {
    anchor,
    ordinal: number,
    first: true,
    span: 1,
    spans: false,
    level1Scope: 'rowgroup',
    level1: item.level1,
    level2: item.level2 ?? '',
    level3: item.level3 ?? '',
    hasLevel3: context.hasLevel3,
    kind: item.kind === '一般' ? '' : item.kind,
    fiveDisclosures: item.fiveDisclosures.length === 1 ? item.fiveDisclosures[0]! : item.fiveDisclosures.join('、'),
    content: item.content,
    links,
    notes,
    basis: item.basis,
    clause: item.clause ?? '',
    timeLimit: describeTimeLimit(item.timeLimit),
    postingPeriod: describePeriod(item.postingPeriod),
    retention: item.retention ? `公开时长：${item.retention}` : '',
    owner: item.owner,
    office: item.office ? `责任科室：${item.office}` : '',
    channelsShown: channels.shown,
    channelsSpoken: channels.spoken,
    ticks: ticked,
  };
}

/** One item in a cross-publisher view, linking to its row on the publisher's page. */
export function listRow(item: Item, href: string): ListRow {
  return {
    href,
    name: itemName(item),
    fiveDisclosures: item.fiveDisclosures.join('、'),
    audience: item.audience.join('、'),
    mode: item.mode.join('、'),
    timeLimit: describeTimeLimit(item.timeLimit),
  };
}
