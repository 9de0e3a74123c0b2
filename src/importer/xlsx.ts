import type { CellRange, RawSheet } from './grid.js';
import { openZip, ZipError, type ZipEntries } from './zip.js';

/** Why a workbook could not be read; the message is English detail the caller wraps in a kind sentence. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

/** No single part of a workbook may inflate to more than this (a zip bomb stops here). */
const MAX_PART = 1 << 30;
const utf8 = new TextDecoder('utf-8');

/**
 * Reads the sheets of an .xlsx workbook as text cells and merged ranges, straight from the zip and its
 * XML. exceljs's Workbook reader took 72 s and 0.9 GB for the 100,000-row bench workbook (it handles
 * merged ranges quadratically) and its streaming reader writes temporary files and drops merges; this
 * reader needs only the text, so it is a few regular expressions over the parts (docs/excel.md).
 */
export function readXlsx(bytes: Uint8Array): RawSheet[] {
  let zip: ZipEntries;
  try {
    zip = openZip(bytes, MAX_PART);
    const workbookPath = officeDocument(zip);
    const base = workbookPath.replace(/[^/]*$/, '');
    const rels = relationships(zip, `${base}_rels/${workbookPath.slice(base.length)}.rels`, base);
    const workbook = text(zip, workbookPath);
    if (workbook === undefined) throw new WorkbookError('no workbook part');
    const shared = sharedStrings(zip, [...rels.entries()].find(([, r]) => r.type.endsWith('/sharedStrings'))?.[1].target ?? `${base}sharedStrings.xml`);
    const sheets: RawSheet[] = [];
    for (const tag of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
      const attributes = attrs(tag[1]!);
      const target = rels.get(attributes['r:id'] ?? attributes.id ?? '')?.target;
      if (target === undefined || !zip.names.includes(target)) continue;
      sheets.push(lazySheet(decode(attributes.name ?? ''), attributes.state === 'hidden' || attributes.state === 'veryHidden', () => readSheet(text(zip, target)!, shared)));
    }
    return sheets;
  } catch (error) {
    if (error instanceof ZipError || error instanceof WorkbookError) throw new WorkbookError(error.message);
    throw error;
  }
}

/**
 * A sheet whose XML is inflated and read only when its cells are first asked for, and let go by
 * `release`: a workbook of ten 10,000-row sheets never holds more than one sheet's text at a time.
 */
function lazySheet(name: string, hidden: boolean, load: () => { rows: (string | undefined)[][]; merges: CellRange[] }): RawSheet {
  let loaded: ReturnType<typeof load> | undefined;
  const get = () => {
    try {
      return (loaded ??= load());
    } catch (error) {
      if (error instanceof ZipError) throw new WorkbookError(error.message);
      throw error;
    }
  };
  return {
    name,
    hidden,
    get rows() {
      return get().rows;
    },
    get merges() {
      return get().merges;
    },
    release() {
      loaded = undefined;
    },
  };
}

function officeDocument(zip: ZipEntries): string {
  const rels = text(zip, '_rels/.rels');
  const target = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels)?.[0];
  const path = target ? attrs(target).Target : undefined;
  return path ? path.replace(/^\/+/, '') : 'xl/workbook.xml';
}

function relationships(zip: ZipEntries, path: string, base: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>();
  for (const tag of (text(zip, path) ?? '').matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attrs(tag[1]!);
    const target = a.Target ?? '';
    map.set(a.Id ?? '', { type: a.Type ?? '', target: target.startsWith('/') ? target.slice(1) : resolvePath(base, target) });
  }
  return map;
}

function resolvePath(base: string, target: string): string {
  const parts = `${base}${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function text(zip: ZipEntries, path: string): string | undefined {
  const bytes = zip.read(path);
  return bytes === undefined ? undefined : utf8.decode(bytes);
}

/** Shared strings: the text runs of each <si>, without phonetic (<rPh>) runs. */
function sharedStrings(zip: ZipEntries, path: string): string[] {
  const xml = text(zip, path);
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g)].map((m) => runs(m[1] ?? ''));
}

function runs(xml: string): string {
  // The common case, one plain run: <t>text</t> or <t xml:space="preserve">text</t>.
  const close = xml.indexOf('</t>');
  if (xml.startsWith('<t') && close === xml.length - 4 && xml.indexOf('<', 2) === close) return decode(xml.slice(xml.indexOf('>') + 1, close));
  const body = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let out = '';
  for (const t of body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += t[1];
  return decode(out);
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** A worksheet's cells as text (rows[r][c], 0-based) and its merged ranges (1-based). */
function readSheet(xml: string, shared: string[]): { rows: (string | undefined)[][]; merges: CellRange[] } {
  const rows: (string | undefined)[][] = [];
  const dataEnd = xml.search(/<\/(?:\w+:)?sheetData>/);
  const data = dataEnd === -1 ? xml : xml.slice(0, dataEnd);
  let rowNumber = 0;
  for (const row of data.matchAll(ROW)) {
    const r = /\br="(\d+)"/.exec(row[1]!);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    if (!row[2]) continue;
    const cells: (string | undefined)[] = [];
    let column = 0;
    for (const cell of row[2].matchAll(CELL)) {
      const head = cell[1]!;
      const ref = /\br="([A-Z]+)\d*"/.exec(head);
      column = ref ? columnNumber(ref[1]!) : column + 1;
      const value = cellText(head, cell[2], shared);
      if (value !== undefined && value !== '') cells[column - 1] = value;
    }
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  }
  const merges = [...xml.slice(dataEnd === -1 ? 0 : dataEnd).matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
    top: Number(m[2]),
    left: columnNumber(m[1]!),
    bottom: Number(m[4]),
    right: columnNumber(m[3]!),
  }));
  return { rows, merges };
}

function cellText(head: string, body: string | undefined, shared: string[]): string | undefined {
  if (!body) return undefined;
  const at = head.indexOf(' t="');
  const type = at !== -1 ? head.slice(at + 4, head.indexOf('"', at + 4)) : head.includes('t=') ? /\bt\s*=\s*["'](\w+)["']/.exec(head)?.[1] : undefined;
  if (type === 'inlineStr') {
    if (body.startsWith('<is>') && body.endsWith('</is>')) return runs(body.slice(4, -5));
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return is ? runs(is[1]!) : undefined;
  }
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (v === undefined) return undefined;
  if (type === 's') return shared[Number(v)];
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  return decode(v);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities, then the _xHHHH_ escapes OOXML uses for characters XML cannot hold. */
function decode(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ENTITIES[name!] ?? all,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
