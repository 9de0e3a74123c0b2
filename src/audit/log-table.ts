/** A publication log as read from CSV or a worksheet: text cells, each row with its 1-based number. */
export interface LogTable {
  /** The log file as shown in reports. */
  file: string;
  /** The worksheet's name; for a CSV file, the file's base name. */
  sheet: string;
  /** Non-empty rows in order, the header first. Dates in workbook cells arrive as YYYY-MM-DD. */
  rows: LogRow[];
}

export interface LogRow {
  row: number;
  cells: string[];
}
