import type { Grid } from './grid.js';
import type { Guesses } from './guesses.js';
import { isHeaderRow, readHeader, type Header } from './header.js';
import { hasTitleInfo, readTitle, type TitleInfo } from './titles.js';
import { areaIn, type ImportVocabulary } from './vocab.js';

/** Consecutive item rows under one header and one title (an area's table, or a section of one). */
export interface Block {
  header: Header;
  context: TitleInfo;
  rows: number[];
  /** Lines inside the table that name no area: 一级事项 headings such as “一、最低生活保障”, or stray text. */
  headings: { row: number; text: string }[];
}

export interface SheetScan {
  grid: Grid;
  blocks: Block[];
  /** What the lines above the first header say. */
  titles: TitleInfo;
  notApplicable: { area: string; reason: string; row: number }[];
  problem?: 'empty' | 'noHeader' | 'noRows';
}

/** Header labels are short; longer cells are never looked up as one. */
const LABEL_LENGTH = 24;

/**
 * Splits a sheet into tables: title lines, a header (one or two rows), item rows; a sheet may hold
 * several areas, each with its own title and header, or section lines between rows under one header.
 */
export function scanSheet(v: ImportVocabulary, grid: Grid, guesses: Guesses): SheetScan {
  const sheetArea = areaIn(v, grid.name);
  let context: TitleInfo = sheetArea ? { area: sheetArea } : {};
  const scan: SheetScan = { grid, blocks: [], titles: {}, notApplicable: [] };
  let block: Block | undefined;
  let notApplicable = false;
  let sawText = false;
  for (let r = 1; r <= grid.rowCount; r++) {
    const texts = distinctTexts(grid, r);
    if (texts.length === 0) continue;
    sawText = true;
    if (mayBeHeader(grid, r) && isHeaderRow(v, grid, r)) {
      const header = readHeader(v, grid, r, guesses);
      block = { header, context: { ...context }, rows: [], headings: [] };
      scan.blocks.push(block);
      notApplicable = false;
      r = header.bottom;
      continue;
    }
    if (texts.length === 1 && (!block || isTitleLike(grid, r, texts[0]!))) {
      const text = texts[0]!;
      if (/未涉及/.test(text)) {
        notApplicable = true;
        continue;
      }
      const info = readTitle(v, text);
      if (!block) {
        scan.titles = { ...scan.titles, ...info };
        context = { ...context, ...info };
      } else if (hasTitleInfo(info)) {
        context = { ...context, ...info };
        block = { header: block.header, context: { ...context }, rows: [], headings: [] };
        scan.blocks.push(block);
      } else block.headings.push({ row: r, text });
      continue;
    }
    if (!block) continue;
    if (notApplicable) {
      const named = texts.find((t) => areaIn(v, t) && t.length <= 12);
      const reason = texts.filter((t) => t !== named && !/^\d+$/.test(t)).sort((a, b) => b.length - a.length)[0];
      if (named && reason) scan.notApplicable.push({ area: areaIn(v, named)!, reason, row: r });
      continue;
    }
    block.rows.push(r);
  }
  const headers = scan.blocks.length;
  scan.blocks = scan.blocks.filter((b) => b.rows.length > 0 || b.headings.length > 0);
  if (!sawText) scan.problem = 'empty';
  else if (headers === 0) scan.problem = 'noHeader';
  else if (scan.blocks.length === 0) scan.problem = 'noRows';
  return scan;
}

function distinctTexts(grid: Grid, row: number): string[] {
  const seen: string[] = [];
  for (let c = 1; c <= grid.columnCount; c++) {
    const text = grid.text(row, c);
    if (text && !seen.includes(text)) seen.push(text);
  }
  return seen;
}

function mayBeHeader(grid: Grid, row: number): boolean {
  let short = 0;
  for (let c = 1; c <= grid.columnCount; c++) {
    const text = grid.text(row, c);
    if (text && text.length <= LABEL_LENGTH) short++;
  }
  return short >= 3;
}

/** One text in a row that spans it (a merged line), names an area or a catalogue, or is numbered as a section. */
function isTitleLike(grid: Grid, row: number, text: string): boolean {
  let cells = 0;
  for (let c = 1; c <= grid.columnCount; c++) if (grid.text(row, c)) cells++;
  return cells >= 3 || /领域|目录|未涉及/.test(text) || /^[（(]?[一二三四五六七八九十]+[)）、．.]/.test(text);
}
