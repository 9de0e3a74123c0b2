import type { CatalogueDocument, Publisher } from '../model/catalogue.js';
import type { Draft } from './draft.js';
import type { Guesses } from './guesses.js';
import type { SheetScan } from './sheet.js';
import { finishItems } from './finish.js';
import { firstMatch, type ImportVocabulary } from './vocab.js';

export interface ImportOptions {
  /** The file as shown in messages and the report. */
  file: string;
  publisher?: string;
  level?: string;
  catalogueType?: string;
}

/** A catalogue a workbook held: the file name to give it and its YAML value. */
export interface ImportedCatalogue {
  name: string;
  document: CatalogueDocument;
}

/** A gkml workbook's very hidden sheet: each catalogue's own fields, by index. */
export type CatalogueMetas = Map<number, Record<string, unknown> & { file?: string }>;

interface Group {
  key: string;
  publisher?: string;
  meta?: Record<string, unknown> & { file?: string };
  drafts: Draft[];
  scans: Set<SheetScan>;
}

const DEPARTMENTAL = '主动公开基本目录';
const STANDARD = '基层政务公开标准目录';

/** Puts the drafts of every sheet into catalogues: by gkml's hidden column, else by the publisher the titles name. */
export function assemble(v: ImportVocabulary, scans: { scan: SheetScan; drafts: Draft[] }[], metas: CatalogueMetas, options: ImportOptions, guesses: Guesses): ImportedCatalogue[] {
  const groups = new Map<string, Group>();
  const groupOf = (key: string, init: Omit<Group, 'drafts' | 'scans' | 'key'>) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, ...init, drafts: [], scans: new Set() }));
    return group;
  };
  for (const { scan, drafts } of scans) {
    let last: Group | undefined;
    for (const draft of drafts) {
      const c = draft.meta?.c;
      let group: Group;
      if (typeof c === 'number' && metas.has(c)) group = groupOf(`gkml:${c}`, { meta: metas.get(c)! });
      else if (draft.block.header.fromGkml && last) {
        group = last;
        guesses.add(draft.sheet, { row: draft.row, column: 1 }, 'rowAdded');
      } else {
        const publisher = options.publisher ?? draft.block.context.publisher ?? scan.titles.publisher;
        group = groupOf(publisher ? `name:${publisher}` : 'file', publisher ? { publisher } : {});
      }
      group.drafts.push(draft);
      group.scans.add(scan);
      last = group;
    }
  }
  const named = [...groups.values()].filter((g) => g.key.startsWith('name:'));
  const unnamed = groups.get('file');
  if (unnamed && named.length === 1) {
    named[0]!.drafts.push(...unnamed.drafts);
    for (const s of unnamed.scans) named[0]!.scans.add(s);
    groups.delete('file');
  }
  const list = [...groups.values()];
  const names = new Set<string>();
  return list.map((group, i) => {
    if (group.meta) inYamlOrder(group);
    const document = group.meta ? fromMeta(group) : fromTables(v, group, options, guesses);
    document.items = finishItems(v, group.drafts, document, guesses);
    return { name: fileName(group, options.file, list.length > 1 ? i + 1 : 0, names), document };
  });
}

/** A gkml catalogue's items in the order of its YAML file; rows a clerk added stay after the row above them. */
function inYamlOrder(group: Group): void {
  let key = -1;
  const keyed = group.drafts.map((draft, n) => {
    key = typeof draft.meta?.i === 'number' ? draft.meta.i : key + 1e-6;
    return { draft, key, n };
  });
  keyed.sort((a, b) => a.key - b.key || a.n - b.n);
  group.drafts = keyed.map((k) => k.draft);
}

function fromMeta(group: Group): CatalogueDocument {
  const { file: _file, ...fields } = group.meta!;
  return { ...(fields as unknown as Omit<CatalogueDocument, 'items'>), items: [] };
}

/** A catalogue of a workbook gkml did not write: publisher, level and type from titles, options or guesses. */
function fromTables(v: ImportVocabulary, group: Group, options: ImportOptions, guesses: Guesses): CatalogueDocument {
  const first = group.drafts[0]!;
  const where = { row: first.block.header.top, column: 1 };
  const titles = [...group.scans].map((s) => s.titles);
  const context = { ...Object.assign({}, ...titles), ...first.block.context } as SheetScan['titles'];
  let name = options.publisher ?? group.publisher;
  if (!name) {
    name = mostCommon(group.drafts.flatMap((d) => (d.item.owner ? [d.item.owner] : []))) ?? options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    guesses.warn(first.sheet, where, 'publisherGuess', { name });
  }
  const level = options.level ?? firstMatch(v.headers.publisherLevels, name) ?? '县级';
  if (!options.level) guesses.add(first.sheet, where, 'levelGuess', { name, level });
  const type = options.catalogueType ?? context.catalogueType ?? guessType(group);
  if (!options.catalogueType && !context.catalogueType) guesses.add(first.sheet, where, 'typeGuess', { type });
  const publisher: Publisher = { name, level };
  const document: CatalogueDocument = { catalogueType: type, publisher, items: [] };
  if (type === DEPARTMENTAL && context.title) document.title = context.title;
  if (context.version) document.version = context.version;
  if (context.date) document.date = context.date;
  const levelLabels: Record<string, string> = {};
  for (const d of group.drafts) for (const [level0, label] of Object.entries(d.block.header.levelLabels)) levelLabels[level0] ??= label;
  if (Object.keys(levelLabels).length > 0) document.levelLabels = levelLabels;
  const notApplicable = [...group.scans].flatMap((s) => s.notApplicable.map(({ area, reason }) => ({ area, reason })));
  if (notApplicable.length > 0) document.notApplicableAreas = notApplicable;
  return document;
}

/** Tick columns for 公开层级 make the standard table; 事项类别 or 责任科室 without them, a department's. */
function guessType(group: Group): string {
  const fields = new Set(group.drafts.flatMap((d) => d.block.header.columns.map((c) => c.field)));
  if (fields.has('levels')) return STANDARD;
  return fields.has('category') || fields.has('office') ? DEPARTMENTAL : STANDARD;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The YAML file's name: the one gkml wrote the catalogue from, else the workbook's, numbered if it held several. */
function fileName(group: Group, source: string, n: number, taken: Set<string>): string {
  const fromMeta = typeof group.meta?.file === 'string' ? group.meta.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '') : undefined;
  const stem = (fromMeta ?? `${source.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')}${n > 0 ? `-${n}` : ''}`).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || 'catalogue';
  let name = `${stem}.yaml`;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${stem}-${k}.yaml`;
  taken.add(name.toLowerCase());
  return name;
}

