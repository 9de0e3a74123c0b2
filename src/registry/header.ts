import { headerKey } from './normalise.js';
import type { CellRange, RegisterField, RegisterVocabulary, SheetGrid } from './types.js';

/** A grid row with merged ranges filled in: `raw` as the sheet stores it, `cells` as a reader sees it. */
export interface FilledRow {
  row: number;
  raw: string[];
  cells: string[];
}

/** Copies each merged range's value into every cell of it (exceljs and Excel keep it in the top-left cell only). */
export function fillMerges(grid: SheetGrid): FilledRow[] {
  // `cells` is the raw array itself until a merge writes into the row: most rows of a large list have none.
  const rows: FilledRow[] = grid.rows.map((r) => ({ row: r.row, raw: r.cells, cells: r.cells }));
  const byNumber = grid.merges.length > 0 ? new Map(rows.map((r) => [r.row, r])) : new Map<number, FilledRow>();
  for (const range of grid.merges) {
    const value = byNumber.get(range.top)?.raw[range.left - 1] ?? '';
    if (value === '') continue;
    for (let row = range.top; row <= range.bottom; row++) {
      const target = byNumber.get(row);
      if (!target) continue;
      if (target.cells === target.raw) target.cells = [...target.raw];
      for (let column = range.left; column <= range.right; column++) target.cells[column - 1] = value;
    }
  }
  return rows;
}

/** Header names → fields, from vocab/register-columns.yaml. */
export class ColumnTable {
  private readonly byKey = new Map<string, RegisterField>();
  readonly multiple: ReadonlySet<RegisterField>;

  constructor(readonly vocab: Pick<RegisterVocabulary, 'columns' | 'multiple' | 'required'>) {
    for (const [field, aliases] of Object.entries(vocab.columns) as [RegisterField, string[]][]) {
      for (const alias of aliases) if (!this.byKey.has(headerKey(alias))) this.byKey.set(headerKey(alias), field);
    }
    this.multiple = new Set(vocab.multiple);
  }

  field(text: string): RegisterField | undefined {
    return text.trim() === '' ? undefined : this.byKey.get(headerKey(text));
  }

  /** The name gkml calls a field by, and every header it accepts for it. */
  describe(field: RegisterField): { name: string; aliases: string[] } {
    return { name: this.vocab.columns[field][0]!, aliases: this.vocab.columns[field] };
  }
}

export interface Header {
  /** Indexes into the filled rows: the header's one or two rows. */
  indexes: number[];
  /** 1-based columns of each field; a `multiple` field may have several. */
  columns: Partial<Record<RegisterField, number[]>>;
  /** Column → its header text (the lower row of a two-row header), for fields gathered from several columns. */
  labels: Map<number, string>;
  /** The text of the rows above the header (titles, “填报单位：…”). */
  titles: string[];
}

/** How far down a sheet the header is looked for. */
const SEARCH_ROWS = 30;

/**
 * Finds the header: the row (among the first 30) naming the most known columns, at least two of them and
 * the name. The row below belongs to it when a merged range joins the two, or when every cell of it is a
 * column name (主项 | 子项 under a merged 事项名称).
 */
export function findHeader(rows: readonly FilledRow[], merges: readonly CellRange[], table: ColumnTable): Header | undefined {
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
    const fields = new Set(rows[i]!.cells.map((c) => table.field(c)).filter((f) => f !== undefined));
    if (fields.size > bestScore && (fields.has('name') || fields.has('subItem'))) {
      best = i;
      bestScore = fields.size;
    }
  }
  if (best === -1) return undefined;
  const top = rows[best]!;
  const next = rows[best + 1];
  const joined = next !== undefined && next.row === top.row + 1 && continues(top, next, merges, table);
  const columns: Partial<Record<RegisterField, number[]>> = {};
  const labels = new Map<number, string>();
  const width = Math.max(top.cells.length, joined ? next.cells.length : 0);
  for (let column = 1; column <= width; column++) {
    const lower = joined ? next.cells[column - 1] ?? '' : '';
    const upper = top.cells[column - 1] ?? '';
    const field = table.field(lower) ?? table.field(upper);
    if (!field) continue;
    const list = (columns[field] ??= []);
    if (list.length === 0 || table.multiple.has(field)) list.push(column);
    labels.set(column, (lower || upper).trim());
  }
  const titles = rows.slice(0, best).map((r) => r.raw.find((c) => c.trim() !== '')?.trim() ?? '');
  return { indexes: joined ? [best, best + 1] : [best], columns, labels, titles };
}

function continues(top: FilledRow, next: FilledRow, merges: readonly CellRange[], table: ColumnTable): boolean {
  if (merges.some((m) => m.top <= top.row && m.bottom >= next.row)) return true;
  const written = next.raw.filter((c) => c.trim() !== '');
  return written.length > 0 && written.every((c) => table.field(c) !== undefined);
}
