import { areaIn, type Field } from './vocab.js';
import type { Draft, DraftItem, RowContext, RowMeta } from './draft.js';
import { fieldWord } from './header.js';
import { isSameAsAbove, lines, looksLikeUrl, oneLine, splitNumberedLine, stripNumbering, unnumberedLines } from './text.js';
import { readChannelCell, readFiveDisclosures, readTicks, readTimeLimit } from './cells.js';
import { applyMeta } from './meta.js';

/** Fields whose cell is plain text, copied as written (after 同上 and line joining). */
const PLAIN = ['category', 'clause', 'retention', 'owner', 'office'] as const;
const SUBSTANCE: Field[] = ['content', 'basis', 'timeLimit', 'channels', 'owner', 'audience', 'mode', 'levels'];

/**
 * Reads one table row into a draft item, noting every assumption at its cell. A row that holds only a
 * name is a 一级事项 heading for the rows below it: `undefined` is returned and the context remembers it.
 */
export function readRow(ctx: RowContext, r: number): Draft | undefined {
  const { header, grid } = ctx;
  const cells: Partial<Record<Field, string>> = {};
  const at: Partial<Record<Field, number>> = {};
  const extras: string[] = [];
  let metaText: string | undefined;
  for (const column of header.columns) {
    if (column.values) continue;
    const text = grid.text(r, column.column);
    if (column.field === 'meta') metaText = text;
    else if (column.field === 'extra') {
      if (text) extras.push(`${column.label}：${text}`);
    } else if (at[column.field] === undefined) {
      at[column.field] = column.column;
      if (text) cells[column.field] = text;
    }
  }
  const ticks = readTicks(ctx, r);
  if (!ctx.literal) sameAsAbove(ctx, r, cells, at);
  if (!ctx.literal && isHeading(cells, ticks.any)) {
    ctx.heading = { row: r, text: oneLine(cells.level1 ?? cells.level2 ?? cells.category ?? '') };
    return undefined;
  }
  const meta = metaText ? parseMeta(metaText) : undefined;
  const item: DraftItem = { level1: '', content: [], basis: [], channels: [], channelsOther: [], audience: ticks.audience, mode: ticks.mode, levels: ticks.levels, notes: [] };
  const draft: Draft = { sheet: grid.name, row: r, block: ctx.block, cells, at, item, ...(meta ? { meta } : {}) };
  readNames(ctx, draft);
  readContent(ctx, draft);
  for (const field of PLAIN) if (cells[field] !== undefined) item[field] = oneLine(cells[field]);
  readCodes(ctx, draft);
  if (cells.basis) item.basis = lines(cells.basis);
  if (cells.note) item.notes.push(cells.note);
  item.notes.push(...extras);
  item.notes.push(...ticks.notes);
  const settled = meta ? applyMeta(ctx, draft, meta) : undefined;
  if (!settled?.timeLimit) readTimeLimit(ctx, draft);
  if (!settled?.channels) readChannelCell(ctx, draft);
  if (cells.fiveDisclosures) readFiveDisclosures(ctx, draft);
  // Only the row just read is looked back at (同上); earlier rows' cell texts can go, and of the hidden
  // column only the catalogue and place are needed from here on.
  if (ctx.previous) ctx.previous.cells = {};
  if (draft.meta) draft.meta = { ...(draft.meta.c === undefined ? {} : { c: draft.meta.c }), ...(draft.meta.i === undefined ? {} : { i: draft.meta.i }) };
  ctx.previous = draft;
  return draft;
}

/** 同上 in a cell: the text of the same column in the row above. */
function sameAsAbove(ctx: RowContext, r: number, cells: Partial<Record<Field, string>>, at: Partial<Record<Field, number>>): void {
  for (const [field, text] of Object.entries(cells) as [Field, string][]) {
    if (!isSameAsAbove(text)) continue;
    const above = ctx.previous?.cells[field];
    if (above === undefined) {
      ctx.guesses.warn(ctx.grid.name, { row: r, column: at[field]! }, 'sameAsAboveFirst', { field: fieldWord(field) });
      delete cells[field];
      continue;
    }
    cells[field] = above;
    ctx.guesses.add(ctx.grid.name, { row: r, column: at[field]! }, 'sameAsAbove', { field: fieldWord(field), row: ctx.previous!.row, value: clip(above) });
  }
}

function isHeading(cells: Partial<Record<Field, string>>, ticked: boolean): boolean {
  const name = cells.level1 ?? cells.level2 ?? cells.category;
  return name !== undefined && !ticked && SUBSTANCE.every((field) => cells[field] === undefined) && cells.level2 === undefined;
}

function readNames(ctx: RowContext, draft: Draft): void {
  const { cells, item, row, at } = draft;
  for (const field of ['level1', 'level2', 'level3'] as const) {
    const text = cells[field];
    if (text === undefined) continue;
    const name = oneLine(text);
    const value = ctx.literal ? name : stripNumbering(name);
    if (value !== name && ctx.grid.masterOf(row, at[field]!) === undefined) {
      ctx.guesses.add(ctx.grid.name, { row, column: at[field]! }, 'numberingStripped', { field: fieldWord(field), text: name, value });
    }
    item[field] = value;
  }
  if (item.level1) return;
  const column = at.level1 ?? at.level2 ?? 1;
  if (ctx.heading && ctx.heading.row > (ctx.previous?.row ?? 0) && !ctx.literal) {
    item.level1 = stripNumbering(ctx.heading.text);
    ctx.heading.used = true;
    ctx.guesses.add(ctx.grid.name, { row, column }, 'headingAsLevel1', { row: ctx.heading.row, value: item.level1 });
  } else if (ctx.previous && !ctx.literal) {
    item.level1 = ctx.previous.item.level1;
    ctx.guesses.add(ctx.grid.name, { row, column }, 'continued', { field: fieldWord('level1'), value: item.level1 });
  } else {
    item.level1 = item.level2 ?? item.level3 ?? clip(lines(cells.content ?? '')[0] ?? `第${row}行事项`);
    ctx.guesses.warn(ctx.grid.name, { row, column }, 'nameEmpty', { value: item.level1 });
  }
}

function readContent(ctx: RowContext, draft: Draft): void {
  const { cells, item, row, at } = draft;
  let content = lines(cells.content ?? '');
  if (!ctx.literal && content.length === 1) content = splitNumberedLine(content[0]!);
  if (!ctx.literal) {
    const read = unnumberedLines(content);
    if (read.stripped) ctx.guesses.add(ctx.grid.name, { row, column: at.content! }, 'contentNumbering');
    content = read.items;
  }
  if (content.length === 0) {
    content = [item.level3 ?? item.level2 ?? item.level1];
    ctx.guesses.warn(ctx.grid.name, { row, column: at.content ?? at.level1 ?? 1 }, 'contentEmpty', { value: content[0]! });
  }
  item.content = content;
}

/** 领域, 事项性质, 事项编号 and 链接 cells: kept when they are what the format expects, else noted. */
function readCodes(ctx: RowContext, draft: Draft): void {
  const { cells, item, row, at } = draft;
  const { vocab } = ctx.v;
  const place = (field: Field) => ({ row, column: at[field]! });
  if (cells.area) {
    const area = areaIn(ctx.v, cells.area);
    if (area) item.area = area;
    else {
      item.notes.push(`领域：${cells.area}`);
      ctx.guesses.add(ctx.grid.name, place('area'), 'areaUnknown', { text: cells.area });
    }
  }
  if (cells.kind) {
    const kind = vocab.terms.itemKinds.values.includes(cells.kind) ? cells.kind : vocab.terms.itemKinds.variants[cells.kind];
    if (kind) item.kind = kind;
    else item.notes.push(`事项性质：${cells.kind}`);
  }
  if (cells.id) {
    if (ID.test(cells.id)) item.id = cells.id;
    else item.notes.push(`编号：${cells.id}`);
  }
  if (cells.url) {
    if (looksLikeUrl(cells.url)) item.url = cells.url;
    else {
      item.notes.push(`链接：${cells.url}`);
      ctx.guesses.add(ctx.grid.name, place('url'), 'urlNotUrl', { text: clip(cells.url) });
    }
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function parseMeta(text: string): RowMeta | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as RowMeta) : undefined;
  } catch {
    return undefined;
  }
}

export function clip(text: string, length = 30): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
