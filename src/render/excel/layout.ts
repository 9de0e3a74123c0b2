import { cellRef } from '../../core/diagnostic.js';
import type { ChannelStyle, SheetPlan } from './plan.js';

export type ColumnKey =
  | 'seq' | 'category' | 'level1' | 'level2' | 'level3' | 'content' | 'basis' | 'clause' | 'timeLimit' | 'retention'
  | 'owner' | 'office' | 'channels' | 'audience' | 'mode' | 'levels' | 'note' | 'meta';

/** How a column's body cells look: wrapped text, centred text, the 序号 number, a √ column, the hidden gkml data. */
export type CellKind = 'text' | 'center' | 'number' | 'tick' | 'meta';

export interface Column {
  key: ColumnKey;
  /** The first header row; columns side by side with the same group share one merged cell. */
  group: string;
  /** The second header row; absent when the group cell spans both rows. */
  leaf?: string;
  /** For a tick column, the official value a √ stands for (全社会, 主动, 县级 …). */
  value?: string;
  /** Width in Excel's character units; a Chinese character takes about two. */
  width: number;
  kind: CellKind;
}

/** The header text of the hidden column that carries what the table cannot show (docs/excel.md). */
export const META_HEADER = 'gkml';

const ITEM = '公开事项';
const OPTIONAL_COLUMNS = ['level3', 'category', 'clause', 'retention', 'office', 'note'] as const;

/**
 * The columns of a sheet. The standard layout is the official table of 国办发〔2019〕54号 (primer §1.2);
 * the departmental 主动公开基本目录 layout is the superset of the column sets seen in 2020–2025 (primer §3.2).
 * Optional columns (三级事项, 事项类别, 条款内容, 公开时长, 责任科室, 备注) appear only when an item of the
 * sheet fills them, as in the real tables.
 */
export function columnsFor(sheet: SheetPlan, channels: ChannelStyle): Column[] {
  const filled = new Set<string>();
  for (const { item } of sheet.rows) for (const field of OPTIONAL_COLUMNS) if (item[field] !== undefined) filled.add(field);
  const has = (field: (typeof OPTIONAL_COLUMNS)[number]) => filled.has(field);
  const text = (key: ColumnKey, group: string, width: number): Column => ({ key, group, width, kind: 'text' });
  const departmental = sheet.layout === 'departmental';
  const columns: (Column | false)[] = [
    { key: 'seq', group: '序号', width: 5.5, kind: 'number' },
    departmental && has('category') && { key: 'category', group: '事项类别', width: 12, kind: 'center' },
    { key: 'level1', group: ITEM, leaf: '一级事项', width: 12, kind: 'center' },
    { key: 'level2', group: ITEM, leaf: '二级事项', width: 14, kind: 'text' },
    has('level3') && { key: 'level3', group: ITEM, leaf: '三级事项', width: 14, kind: 'text' },
    text('content', '公开内容（要素）', 30),
    text('basis', '公开依据', 28),
    departmental && has('clause') && text('clause', '条款内容', 16),
    text('timeLimit', '公开时限', 18),
    departmental && has('retention') && text('retention', '公开时长', 10),
    text('owner', '公开主体', 14),
    departmental && has('office') && text('office', '责任科室', 11),
    text('channels', '公开渠道和载体', channels === 'checklist' ? 34 : 18),
    ...ticks('audience', '公开对象', ['全社会', '特定群体']),
    ...ticks('mode', '公开方式', ['主动', '依申请']),
    ...(departmental ? [] : sheet.levels.map(({ level, label }): Column => ({ key: 'levels', group: '公开层级', leaf: label, value: level, width: 6, kind: 'tick' }))),
    (departmental || has('note')) && text('note', '备注', 16),
    { key: 'meta', group: META_HEADER, width: 10, kind: 'meta' },
  ];
  return columns.filter((c): c is Column => c !== false);
}

function ticks(key: 'audience' | 'mode', group: string, values: string[]): Column[] {
  return values.map((value) => ({ key, group, leaf: value, value, width: 6, kind: 'tick' }));
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  return cellRef(1, column).slice(0, -1);
}
