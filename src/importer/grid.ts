/** A rectangle of cells, 1-based and inclusive, as a workbook's merged ranges are written. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet (or a CSV file) as read: text cells, rows[r][c] 0-based, and merged ranges. */
export interface RawSheet {
  name: string;
  hidden: boolean;
  rows: (string | undefined)[][];
  merges: CellRange[];
  /** Lets go of the cells once the sheet has been read (a workbook's sheets are read one by one). */
  release?(): void;
}

/** A sheet with its merged ranges filled in: every cell of a range reads as the range's first cell. */
export interface Grid {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  /** The cell's text, trimmed; '' when empty. 1-based. */
  text(row: number, column: number): string;
  /** The first cell of the merged range this cell lies in, if it lies in one and is not that first cell. */
  masterOf(row: number, column: number): { row: number; column: number } | undefined;
}

export function toGrid(sheet: RawSheet): Grid {
  const rows = sheet.rows;
  const slaves = new Map<number, { row: number; column: number }>();
  let columnCount = 0;
  let rowCount = rows.length;
  for (const cells of rows) if (cells) columnCount = Math.max(columnCount, cells.length);
  for (const m of sheet.merges) {
    columnCount = Math.max(columnCount, m.right);
    rowCount = Math.max(rowCount, m.bottom);
  }
  const width = Math.max(columnCount, 1);
  const key = (row: number, column: number) => row * (width + 1) + column;
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.set(key(r, c), { row: m.top, column: m.left });
    }
  }
  const raw = (row: number, column: number) => (rows[row - 1]?.[column - 1] ?? '').trim();
  return {
    name: sheet.name,
    hidden: sheet.hidden,
    rowCount,
    columnCount,
    text(row, column) {
      const master = slaves.size > 0 ? slaves.get(key(row, column)) : undefined;
      return master ? raw(master.row, master.column) : raw(row, column);
    },
    masterOf(row, column) {
      return slaves.size > 0 ? slaves.get(key(row, column)) : undefined;
    },
  };
}

/** Header text compared without spaces, with full-width brackets and slashes as ASCII ones. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（【〔]/g, '(')
    .replace(/[）】〕]/g, ')')
    .replace(/[／]/g, '/')
    .replace(/[：:]$/, '');
}
