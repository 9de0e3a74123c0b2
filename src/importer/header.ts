import { normaliseLabel, type Grid } from './grid.js';
import { Guesses } from './guesses.js';
import { fieldOfLabel, type Field, type ImportVocabulary } from './vocab.js';

/** What one column of a table holds. */
export interface ColumnMap {
  column: number;
  /** A field, 'extra' (kept in the item's note under its header), or 'meta' (gkml's hidden column). */
  field: Field | 'extra' | 'meta';
  /** For a tick column: the official values a √ stands for (乡、村级 stands for two). */
  values?: string[];
  /** The header as written, for notes and the report. */
  label: string;
}

export interface Header {
  top: number;
  bottom: number;
  columns: ColumnMap[];
  /** Local level labels the header used (区级 for 县级 …), for the catalogue's levelLabels. */
  levelLabels: Record<string, string>;
  /** The header has gkml's hidden column: the sheet was written by `gkml render xlsx`. */
  fromGkml: boolean;
}

const META = 'gkml';
const NAME_FIELDS = new Set<string>(['level1', 'level2', 'level3', 'category']);
const TICK_FIELDS = { audience: 'audiences', mode: 'modes', levels: 'levels' } as const;

/** How many different fields a row's cells name: three or more, one of them an item name, make a header. */
function headerScore(v: ImportVocabulary, grid: Grid, row: number): number {
  const fields = new Set<string>();
  for (let c = 1; c <= grid.columnCount; c++) {
    const field = fieldOfLabel(v, grid.text(row, c));
    if (field) fields.add(field);
  }
  const named = [...fields].some((f) => NAME_FIELDS.has(f));
  return named ? fields.size : 0;
}

export function isHeaderRow(v: ImportVocabulary, grid: Grid, row: number): boolean {
  return headerScore(v, grid, row) >= 3;
}

/**
 * Reads the header that starts at `top`: one row, or two when the row below names the columns under a
 * group (公开对象 → 全社会 | 特定群体, 公开事项 → 一级事项 | 二级事项). The second row decides a tick
 * column's meaning, so a level group mislabelled 公开方式 (primer §1.2) still reads as levels.
 */
export function readHeader(v: ImportVocabulary, grid: Grid, top: number, report: Guesses): Header {
  // gkml's own header (it has the hidden gkml column) is read without reporting its local level labels.
  const guesses = new Guesses();
  const twoRows = top < grid.rowCount && hasLeaves(v, grid, top);
  const bottom = twoRows ? top + 1 : top;
  const columns: ColumnMap[] = [];
  const taken = new Set<string>();
  const levelLabels: Record<string, string> = {};
  let fromGkml = false;
  for (let c = 1; c <= grid.columnCount; c++) {
    const group = grid.text(top, c);
    const leafText = twoRows ? grid.text(bottom, c) : '';
    const leaf = leafText === group ? '' : leafText;
    const label = leaf || group;
    if (!label) continue;
    if (label === META) {
      columns.push({ column: c, field: 'meta', label });
      fromGkml = true;
      continue;
    }
    const at = { row: leaf ? bottom : top, column: c };
    const tick = tickColumn(v, label, group);
    if (tick) {
      columns.push({ column: c, field: tick.field, values: tick.values, label });
      if (tick.field === 'levels' && tick.values.length === 1 && tick.values[0] !== normaliseLabel(label)) levelLabels[tick.values[0]!] = label;
      if (tick.guessed) guesses.add(grid.name, at, 'headerLevel', { label, levels: tick.values.join('、') });
      else if (!isOfficialTick(v, tick.field, label)) guesses.add(grid.name, at, 'headerSynonym', { label, field: `${group || tick.field}·${tick.values.join('、')}` });
      continue;
    }
    const field = v.columns.get(normaliseLabel(leaf)) ?? (leaf ? undefined : v.columns.get(normaliseLabel(group)));
    if (!field || taken.has(field)) {
      columns.push({ column: c, field: 'extra', label: leaf && group ? `${group}·${leaf}` : label });
      guesses.add(grid.name, at, 'headerExtra', { label });
      continue;
    }
    taken.add(field);
    columns.push({ column: c, field, label });
    if (!v.official.has(normaliseLabel(label))) guesses.add(grid.name, at, 'headerSynonym', { label, field: fieldWord(field) });
  }
  if (!fromGkml) report.list.push(...guesses.list);
  return { top, bottom, columns, levelLabels, fromGkml };
}

/**
 * True when the row under `top` names columns under a group rather than starting the data: it names a
 * sub-column (一级事项, 全社会, 县级 …) and most of its other cells are header words too, not item text.
 */
function hasLeaves(v: ImportVocabulary, grid: Grid, top: number): boolean {
  let leaves = 0;
  let known = 0;
  let unknown = 0;
  for (let c = 1; c <= grid.columnCount; c++) {
    const leaf = grid.text(top + 1, c);
    if (!leaf || leaf === grid.text(top, c)) continue;
    const field = v.columns.get(normaliseLabel(leaf));
    const tick = tickColumn(v, leaf, grid.text(top, c));
    if (field === 'level1' || field === 'level2' || field === 'level3' || tick) leaves++;
    if (field || tick) known++;
    else unknown++;
  }
  return leaves > 0 && known >= unknown;
}

/** A leaf label of a tick group: an audience, a mode or one or more levels. */
function tickColumn(v: ImportVocabulary, leaf: string, group: string): { field: 'audience' | 'mode' | 'levels'; values: string[]; guessed: boolean } | undefined {
  const label = normaliseLabel(leaf);
  const audience = v.audiences.get(label);
  if (audience) return { field: 'audience', values: [audience], guessed: false };
  const mode = v.modes.get(label);
  if (mode) return { field: 'mode', values: [mode], guessed: false };
  const levels = levelsOf(v, label);
  if (levels) return { field: 'levels', ...levels };
  // Under a 公开层级 group any short label is a level column: guess it from the words it contains.
  if (v.columns.get(normaliseLabel(group)) === 'levels' && label.length <= 8) {
    const guessed = levelByWords(label);
    if (guessed) return { field: 'levels', values: [guessed], guessed: true };
  }
  return undefined;
}

/** 县级, 区级 (a variant), or a joint column such as 乡、村级 → 乡级 + 村级. */
export function levelsOf(v: ImportVocabulary, label: string): { values: string[]; guessed: boolean } | undefined {
  const one = v.levels.get(label);
  if (one) return { values: [one], guessed: false };
  if (!/级$/.test(label)) return undefined;
  const parts = label.split(/[、/,，和及]/).filter(Boolean).map((p) => (p.endsWith('级') ? p : `${p}级`));
  const values = parts.map((p) => v.levels.get(p));
  if (parts.length > 1 && values.every(Boolean)) return { values: values as string[], guessed: true };
  const guessed = levelByWords(label);
  return guessed ? { values: [guessed], guessed: true } : undefined;
}

function levelByWords(label: string): string | undefined {
  if (/村|社区/.test(label)) return '村级';
  if (/乡|镇|街/.test(label)) return '乡级';
  if (/县|区|旗/.test(label)) return '县级';
  if (/市|州|盟/.test(label)) return '市级';
  return /省/.test(label) ? '省级' : undefined;
}

function isOfficialTick(v: ImportVocabulary, field: keyof typeof TICK_FIELDS, leaf: string): boolean {
  return v.vocab.terms[TICK_FIELDS[field]].values.includes(normaliseLabel(leaf));
}

const FIELD_WORDS: Record<Field, string> = {
  seq: '序号', category: '事项类别', level1: '一级事项', level2: '二级事项', level3: '三级事项', content: '公开内容（要素）',
  basis: '公开依据', clause: '条款内容', timeLimit: '公开时限', postingPeriod: '公示期', retention: '公开时长', owner: '公开主体',
  office: '责任科室', channels: '公开渠道和载体', audience: '公开对象', mode: '公开方式', levels: '公开层级', area: '领域',
  fiveDisclosures: '五公开', kind: '事项性质', note: '备注', url: '链接', id: '事项编号',
};

/** The official column name of a field, for messages. */
export function fieldWord(field: Field): string {
  return FIELD_WORDS[field];
}
