import type { Catalogue, Item } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';

export type SplitMode = 'publisher' | 'area';
export type ChannelStyle = 'checklist' | 'selected';
export type Layout = 'standard' | 'departmental';

export interface ExcelOptions {
  vocab: Vocabulary;
  /** One workbook per publisher (default), or one per county with a sheet per area. */
  split?: SplitMode;
  /** The 公开渠道和载体 cell: the whole ■/□ checklist (default) or the chosen channels only. */
  channels?: ChannelStyle;
}

/** One item on a sheet, and the catalogue (an index into the workbook's catalogues) it comes from. */
export interface SheetRow {
  item: Item;
  catalogue: number;
}

export interface LevelColumn {
  level: string;
  label: string;
}

export interface SheetPlan {
  name: string;
  title: string;
  subtitle: string;
  layout: Layout;
  rows: SheetRow[];
  /** The 公开层级 tick columns (standard layout): official level and the label the table prints. */
  levels: LevelColumn[];
}

export interface WorkbookPlan {
  fileName: string;
  catalogues: Catalogue[];
  sheets: SheetPlan[];
  /** The newest catalogue date: the workbook's own date, so that the same input gives the same bytes. */
  date?: string;
}

const DEPARTMENTAL = '主动公开基本目录';
const NO_AREA = '其他事项';

/** Which workbooks and sheets the catalogues become. Sorted by first appearance; nothing here reads the clock. */
export function planWorkbooks(catalogues: readonly Catalogue[], options: ExcelOptions): WorkbookPlan[] {
  const split = options.split ?? 'publisher';
  const groups = new Map<string, Catalogue[]>();
  for (const catalogue of catalogues) {
    const key = split === 'area' ? countyOf(catalogue.publisher.region) : catalogue.publisher.name;
    const group = groups.get(key);
    if (group) group.push(catalogue);
    else groups.set(key, [catalogue]);
  }
  const files = new Set<string>();
  return [...groups.entries()].map(([key, members]) => {
    const sheets = split === 'area' ? areaSheets(members, options.vocab) : publisherSheets(members, options.vocab);
    const dates = members.flatMap((c) => (c.date ? [c.date] : [])).sort();
    const plan: WorkbookPlan = { fileName: uniqueName(`${safeFileName(split === 'area' ? placeName(key) : key)}.xlsx`, files), catalogues: members, sheets: uniqueSheetNames(sheets) };
    if (dates.length > 0) plan.date = dates.at(-1)!;
    return plan;
  });
}

/**
 * A publisher's workbook: a sheet per area of its standard catalogues (a publisher with several
 * standard catalogues gets their items of one area on one sheet), a sheet per departmental catalogue.
 */
function publisherSheets(catalogues: Catalogue[], vocab: Vocabulary): SheetPlan[] {
  return catalogues.flatMap((catalogue, index) => {
    if (catalogue.catalogueType === DEPARTMENTAL) return [departmentalSheet(catalogue, index, vocab)];
    if (catalogues.findIndex((c) => c.catalogueType !== DEPARTMENTAL) !== index) return [];
    return standardSheets(catalogues, vocab, false);
  });
}

/** A county's workbook: one sheet per area across all its standard catalogues; departmental ones as they are. */
function areaSheets(catalogues: Catalogue[], vocab: Vocabulary): SheetPlan[] {
  const sheets = standardSheets(catalogues, vocab, true);
  catalogues.forEach((catalogue, index) => {
    if (catalogue.catalogueType === DEPARTMENTAL) sheets.push({ ...departmentalSheet(catalogue, index, vocab), name: catalogue.publisher.name });
  });
  return sheets;
}

function standardSheets(catalogues: Catalogue[], vocab: Vocabulary, withRegion: boolean): SheetPlan[] {
  const standard = catalogues.flatMap((catalogue, index) => (catalogue.catalogueType === DEPARTMENTAL ? [] : catalogue.items.map((item) => ({ item, catalogue: index }))));
  return [...byArea(standard).entries()].map(([area, rows]) => {
    const members = [...new Set(rows.map((r) => r.catalogue))].map((i) => catalogues[i]!);
    return standardSheet(area, rows, members, subtitleOf(members, withRegion), vocab);
  });
}

function byArea(rows: SheetRow[]): Map<string, SheetRow[]> {
  const areas = new Map<string, SheetRow[]>();
  for (const row of rows) {
    const area = row.item.area ?? NO_AREA;
    const list = areas.get(area);
    if (list) list.push(row);
    else areas.set(area, [row]);
  }
  return areas;
}

function standardSheet(area: string, rows: SheetRow[], members: Catalogue[], subtitle: string, vocab: Vocabulary): SheetPlan {
  const title = area === NO_AREA ? '基层政务公开标准目录' : `${area}领域基层政务公开标准目录`;
  return { name: area, title, subtitle, layout: 'standard', rows, levels: levelColumns(members, rows, vocab) };
}

function departmentalSheet(catalogue: Catalogue, index: number, vocab: Vocabulary): SheetPlan {
  const rows = catalogue.items.map((item) => ({ item, catalogue: index }));
  const title = catalogue.title ?? `${catalogue.publisher.name}${DEPARTMENTAL}`;
  return { name: DEPARTMENTAL, title, subtitle: subtitleOf([catalogue]), layout: 'departmental', rows, levels: levelColumns([catalogue], rows, vocab) };
}

/**
 * The 公开层级 columns: the publishers' own levels and every level an item ticks, in the official
 * order (县级/乡级 for a county office, 乡级/村级 for a township), each under its local label if given.
 */
export function levelColumns(members: readonly Catalogue[], rows: readonly SheetRow[], vocab: Vocabulary): LevelColumn[] {
  const used = new Set(members.map((c) => c.publisher.level));
  for (const { item } of rows) for (const level of item.levels) used.add(level);
  return vocab.terms.levels.values
    .filter((level) => used.has(level))
    .map((level) => ({ level, label: members.find((c) => c.levelLabels?.[level])?.levelLabels?.[level] ?? level }));
}

/** 公开主体：…　　版本：…　　日期：… — the line under a sheet's title. */
function subtitleOf(members: Catalogue[], withRegion = false): string {
  const first = members[0]!;
  const names = [...new Set(members.map((c) => c.publisher.name))].join('、');
  const dates = members.flatMap((c) => (c.date ? [c.date] : [])).sort();
  const versions = [...new Set(members.flatMap((c) => (c.version ? [c.version] : [])))];
  const parts = [
    withRegion && first.publisher.region ? `区域：${countyOf(first.publisher.region)}` : '',
    `公开主体：${names}`,
    versions.length > 0 ? `版本：${versions.join('、')}` : '',
    dates.length > 0 ? `日期：${dates.at(-1)}` : '',
  ];
  return parts.filter(Boolean).join('\u3000\u3000');
}

/** The county a region lies in: 示例省示例市示例县示例镇 → 示例省示例市示例县. */
export function countyOf(region: string | undefined): string {
  if (!region) return '未注明区域';
  const county = /^.*?(?:自治县|自治旗|县|区|旗)/.exec(region);
  if (county) return county[0];
  return region.replace(/[^省市州盟]*(?:镇|乡|街道)$/, '') || region;
}

/** The last administrative unit of a region: 示例省示例市示例县 → 示例县. */
export function placeName(region: string): string {
  return region.match(/.+?(?:自治州|自治县|自治旗|省|市|州|盟|县|区|旗|镇|乡|街道)/g)?.at(-1) ?? region;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || 'catalogue';
}

function uniqueName(name: string, taken: Set<string>): string {
  const stem = name.replace(/\.xlsx$/, '');
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.xlsx`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
function uniqueSheetNames(sheets: SheetPlan[]): SheetPlan[] {
  const taken = new Set<string>(['汇总', 'gkml', '未涉及领域']);
  return sheets.map((sheet) => {
    const base = sheet.name.replace(/[:\\/?*[\]]/g, '_').replace(/^'|'$/g, '_').slice(0, 28) || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}(${n})`;
    taken.add(name.toLowerCase());
    return { ...sheet, name };
  });
}
