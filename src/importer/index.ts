import { UsageError } from '../core/errors.js';
import { formatMessage, renderMessage, type Lang } from '../core/messages.js';
import { assemble, type CatalogueMetas, type ImportedCatalogue, type ImportOptions } from './assemble.js';
import { CsvError, readCsv } from './csv.js';
import type { Draft, RowContext } from './draft.js';
import { toGrid, type RawSheet } from './grid.js';
import { Guesses, type Guess } from './guesses.js';
import { importErrors, importMessages } from './messages.js';
import { readRow, clip } from './row.js';
import { scanSheet, type SheetScan } from './sheet.js';
import { readXlsx, WorkbookError } from './xlsx.js';
import type { ImportVocabulary } from './vocab.js';

export { importVocabulary, type HeaderVocabulary, type ImportVocabulary } from './vocab.js';
export { importMessages } from './messages.js';
export type { Guess } from './guesses.js';
export type { ImportedCatalogue, ImportOptions } from './assemble.js';
export { catalogueYaml } from './yaml.js';

export interface ImportRequest extends ImportOptions {
  bytes: Uint8Array;
  lang: Lang;
  vocab: ImportVocabulary;
}

export interface ImportResult {
  catalogues: ImportedCatalogue[];
  /** Every guess, in reading order, with its sheet and cell. */
  guesses: Guess[];
}

/** gkml's own very hidden sheet and the sheets it writes beside the catalogue sheets. */
const META_SHEET = 'gkml';
const GKML_EXTRA_SHEETS = new Set(['汇总', '未涉及领域']);

/**
 * Reads an .xlsx workbook or a CSV file in the official table layout or one of its real variants into
 * catalogues, listing every guess made. Pure: bytes in, values out. A file with nothing to import, or one
 * that cannot be read, throws a UsageError naming the file and each sheet's problem.
 */
export function importCatalogues(request: ImportRequest): ImportResult {
  const { file, lang } = request;
  const say: Say = (id, data) => formatMessage(importErrors[id][lang], { file, ...data });
  const sheets = readSheets(request.bytes, file, say);
  const run: Run = { request, say, metas: gkmlMetas(sheets), guesses: new Guesses(), reasons: [], read: [] };
  for (const sheet of sheets) {
    try {
      readOneSheet(run, sheet);
    } catch (error) {
      if (error instanceof WorkbookError) throw new UsageError(say('corrupt', { detail: error.message }));
      throw error;
    }
    sheet.release?.();
  }
  if (run.read.every((r) => r.drafts.length === 0)) {
    throw new UsageError(say('notCatalogue', { reasons: run.reasons.length > 0 ? run.reasons.join(lang === 'zh' ? '' : '; ') : '—' }));
  }
  const catalogues = assemble(request.vocab, run.read, run.metas ?? new Map(), request, run.guesses);
  return { catalogues, guesses: run.guesses.list };
}

type Say = (id: keyof typeof importErrors, data: Record<string, string | number>) => string;

interface Run {
  request: ImportRequest;
  say: Say;
  metas: CatalogueMetas | undefined;
  guesses: Guesses;
  /** Why each sheet without items was skipped, for the message when no sheet had any. */
  reasons: string[];
  read: { scan: SheetScan; drafts: Draft[] }[];
}

function readOneSheet(run: Run, sheet: RawSheet): void {
  const { guesses, request } = run;
  if (run.metas && (sheet.name === META_SHEET || GKML_EXTRA_SHEETS.has(sheet.name))) return;
  if (sheet.hidden) {
    if (sheet.name !== META_SHEET) guesses.add(sheet.name, { row: 1, column: 1 }, 'sheetHidden');
    return;
  }
  const scan = scanSheet(request.vocab, toGrid(sheet), guesses);
  if (scan.problem) {
    const messageId = { empty: 'sheetEmpty', noHeader: 'sheetNoHeader', noRows: 'sheetNoRows' }[scan.problem];
    guesses.warn(sheet.name, { row: 1, column: 1 }, messageId);
    run.reasons.push(run.say('sheetReason', { sheet: sheet.name, reason: renderMessage(importMessages, messageId, {}, request.lang) }));
    return;
  }
  const drafts = readDrafts(request.vocab, scan, guesses);
  // Only the titles are needed from here on: the sheet's cells can go.
  run.read.push({ scan: { ...scan, grid: undefined as unknown as SheetScan['grid'] }, drafts });
}

function readSheets(bytes: Uint8Array, file: string, say: Say): RawSheet[] {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new UsageError(say('oldXls', {}));
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /\.xlsx$/i.test(file)) {
    try {
      return readXlsx(bytes);
    } catch (error) {
      if (error instanceof WorkbookError) throw new UsageError(say('corrupt', { detail: error.message }));
      throw error;
    }
  }
  try {
    return [readCsv(bytes, file.replace(/^.*[\\/]/, ''))];
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(say(error.reason, { line: error.line }));
    throw error;
  }
}

/** The catalogue rows of gkml's very hidden sheet, when the workbook is one gkml wrote. */
function gkmlMetas(sheets: RawSheet[]): CatalogueMetas | undefined {
  const sheet = sheets.find((s) => s.name === META_SHEET && s.hidden);
  let first: string | undefined;
  try {
    first = sheet?.rows[0]?.[0];
  } catch {
    return undefined;
  }
  if (!sheet || first !== 'gkml-workbook') return undefined;
  const metas: CatalogueMetas = new Map();
  for (const row of sheet.rows.slice(1)) {
    try {
      const value = JSON.parse(row?.[1] ?? '') as unknown;
      if (value && typeof value === 'object') metas.set(Number(row![0]), value as Record<string, unknown>);
    } catch {
      // a damaged row: the catalogue is read from its tables instead
    }
  }
  return metas;
}

function readDrafts(v: ImportVocabulary, scan: SheetScan, guesses: Guesses): Draft[] {
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  const unused = (heading: RowContext['heading']) => {
    if (heading && !heading.used) guesses.warn(scan.grid.name, { row: heading.row, column: 1 }, 'rowText', { text: clip(heading.text, 60) });
  };
  for (const block of scan.blocks) {
    const ctx: RowContext = { v, grid: scan.grid, guesses, header: block.header, block, literal: block.header.fromGkml, ...(previous ? { previous } : {}) };
    const events = [...block.rows.map((row) => ({ row, heading: undefined as string | undefined })), ...block.headings.map((h) => ({ row: h.row, heading: h.text }))].sort((a, b) => a.row - b.row);
    for (const event of events) {
      const before = ctx.heading;
      if (event.heading !== undefined) ctx.heading = { row: event.row, text: event.heading };
      else {
        const draft = readRow(ctx, event.row);
        if (draft) drafts.push(draft);
      }
      if (ctx.heading !== before) unused(before);
    }
    unused(ctx.heading);
    previous = ctx.previous;
  }
  return drafts;
}
