import { describeTimeLimit } from '../model/time-limit.js';
import { periodText } from './cells.js';
import { readChannels } from './channels.js';
import type { Draft, DraftItem, RowContext, RowMeta } from './draft.js';
import { fieldWord } from './header.js';
import { areaIn, type Field } from './vocab.js';

/** Fields the hidden column carries when the sheet has no column for them (src/render/excel/cells.ts). */
const HIDDEN = ['area', 'category', 'level3', 'clause', 'retention', 'office', 'interprets', 'powerCodes', 'url', 'levels'] as const;

/**
 * Takes from gkml's hidden column what the table cannot show (编号, 五公开, 事项性质 …). A value that also
 * has a visible cell (公开时限, 渠道, √ order) is taken only while the cell still shows what gkml printed:
 * a clerk's edit in the workbook wins, and is reported. Returns which cells the meta settled.
 */
export function applyMeta(ctx: RowContext, draft: Draft, meta: RowMeta): { timeLimit: boolean; channels: boolean } {
  const { item, cells } = draft;
  const columns = new Set<string>(ctx.header.columns.map((c) => c.field));
  if (typeof meta.id === 'string') item.id = meta.id;
  if (Array.isArray(meta.fiveDisclosures)) item.fiveDisclosures = meta.fiveDisclosures;
  if (typeof meta.kind === 'string') item.kind = meta.kind;
  for (const field of HIDDEN) {
    if (meta[field] !== undefined && !columns.has(field)) (item as unknown as Record<string, unknown>)[field] = meta[field];
  }
  // An area alias comes back only while the sheet is still the area it stands for.
  const sheetArea = ctx.block.context.area;
  if (typeof meta.area === 'string' && sheetArea && areaIn(ctx.v, meta.area) !== sheetArea) item.area = sheetArea;
  if (typeof meta.note === 'string' && !columns.has('note')) item.notes.unshift(meta.note);
  const settled = { timeLimit: false, channels: false };
  if (meta.timeLimit !== undefined) {
    const printed = describeTimeLimit(meta.timeLimit) + (meta.postingPeriod ? `，${periodText(meta.postingPeriod)}` : '');
    if (printed === (cells.timeLimit ?? '')) {
      item.timeLimit = meta.timeLimit;
      if (meta.postingPeriod) item.postingPeriod = meta.postingPeriod;
      settled.timeLimit = true;
    } else edited(ctx, draft, 'timeLimit');
  }
  if (Array.isArray(meta.channels) && cells.channels) {
    const other = meta.channelsOther ?? [];
    if (printedChannels(ctx, meta.channels, other).includes(cells.channels) || sameChannels(ctx, cells.channels, meta.channels, other)) {
      item.channels = meta.channels;
      item.channelsOther = other;
      settled.channels = true;
    } else edited(ctx, draft, 'channels');
  }
  for (const field of ['audience', 'mode', 'levels'] as const) {
    const order = meta[field];
    if (Array.isArray(order) && columns.has(field) && sameSet(item[field], order)) item[field] = order;
  }
  return settled;
}

function edited(ctx: RowContext, draft: Draft, field: Field & keyof DraftItem): void {
  ctx.guesses.add(ctx.grid.name, { row: draft.row, column: draft.at[field] ?? 1 }, 'editedInWorkbook', { field: fieldWord(field) });
}

/** What gkml prints for these channels, in either style (src/render/excel/cells.ts channelText). */
function printedChannels(ctx: RowContext, channels: string[], other: string[]): [string, string] {
  const chosen = new Set(channels);
  const marks = ctx.v.vocab.channels.map(({ name }) => {
    const on = name === OTHER ? chosen.has(OTHER) || other.length > 0 : chosen.has(name);
    return `${on ? '■' : '□'}${name === OTHER && other.length > 0 ? `${OTHER}（${other.join('、')}）` : name}`;
  });
  return [marks.join(' '), marks.filter((m) => m.startsWith('■')).join(' ')];
}

/** The cell, read as any channel cell is, names the same channels (a clerk retyped it in another style). */
function sameChannels(ctx: RowContext, cell: string, channels: string[], other: string[]): boolean {
  const reading = readChannels(ctx.v, cell);
  return sameSet(reading.channels, [...new Set([...channels, ...(other.length > 0 ? [OTHER] : [])])]) && sameSet(reading.other, other);
}

const OTHER = '其他';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}
