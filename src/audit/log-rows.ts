import type { MessageData, Severity } from '../core/diagnostic.js';
import { parseDateText, type IsoDate } from '../calendar/date.js';
import { LOG_COLUMNS, matchHeader, type ColumnMap, type LogField } from './columns.js';
import type { LogTable } from './log-table.js';

/** A finding about one cell of the log (row and column 1-based, as a spreadsheet shows them). */
export interface RowFinding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  row: number;
  column: number;
}

/** A log row whose item id and dates could be read. */
export interface LogEntry {
  row: number;
  itemId: string;
  event: IsoDate;
  published?: IsoDate;
  url?: string;
  publisher?: string;
  file?: string;
  title?: string;
}

export interface ReadRows {
  entries: LogEntry[];
  columns: ColumnMap;
  findings: RowFinding[];
}

/**
 * Reads the header and each row into entries. A row that cannot be used (no id, no or a bad date) becomes
 * a finding at its cell and is left out; the other rows go on.
 */
export function readLogRows(log: LogTable): ReadRows {
  const [header, ...body] = log.rows;
  const findings: RowFinding[] = [];
  const headerRow = header?.row ?? 1;
  const match = matchHeader(header?.cells ?? []);
  for (const field of match.missing) {
    findings.push({ ruleId: 'log-header', severity: 'error', messageId: 'missingColumn', data: { field: LOG_COLUMNS[field][0]!, aliases: LOG_COLUMNS[field].join('、') }, row: headerRow, column: 1 });
  }
  const known = Object.values(LOG_COLUMNS).map((aliases) => aliases[0]!).join('、');
  for (const { name, column } of match.unknown) {
    findings.push({ ruleId: 'log-header', severity: 'info', messageId: 'unknownColumn', data: { name, known }, row: headerRow, column });
  }
  if (match.missing.length > 0) return { entries: [], columns: match.columns, findings };
  const entries: LogEntry[] = [];
  for (const { row, cells } of body) {
    const entry = readRow(row, cells, match.columns, header!.cells, findings);
    if (entry) entries.push(entry);
  }
  return { entries, columns: match.columns, findings };
}

function readRow(row: number, cells: readonly string[], columns: ColumnMap, header: readonly string[], findings: RowFinding[]): LogEntry | undefined {
  const cell = (field: LogField) => (columns[field] === undefined ? '' : (cells[columns[field]! - 1] ?? '').trim());
  const report = (messageId: string, field: LogField, data: MessageData = {}) =>
    findings.push({ ruleId: 'log-row', severity: 'error', messageId, data, row, column: columns[field] ?? 1 });
  const date = (field: LogField): IsoDate | undefined | null => {
    const text = cell(field);
    if (text === '') return undefined;
    const parsed = parseDateText(text);
    if (parsed) return parsed;
    report('badDate', field, { value: text, column: header[columns[field]! - 1]!.trim() });
    return null;
  };
  const itemId = cell('item');
  const event = date('event');
  const published = date('published');
  if (itemId === '') report('missingItemId', 'item');
  if (event === undefined) report('missingEventDate', 'event');
  if (itemId === '' || !event || published === null) return undefined;
  const entry: LogEntry = { row, itemId, event };
  if (published) entry.published = published;
  for (const field of ['url', 'publisher', 'file', 'title'] as const) if (cell(field) !== '') entry[field] = cell(field);
  return entry;
}
