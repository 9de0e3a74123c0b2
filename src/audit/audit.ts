import type { WorkCalendar } from '../calendar/calendar.js';
import { workdaysLate, type CountFrom } from '../calendar/count.js';
import { dayNumber, type IsoDate } from '../calendar/date.js';
import { coverageData } from '../calendar/explain.js';
import { dueFor, type DueRule } from '../calendar/time-limit-due.js';
import type { MessageData } from '../core/diagnostic.js';
import { joinList, type Lang } from '../core/messages.js';
import type { Catalogue } from '../model/catalogue.js';
import { describeTimeLimit } from '../model/time-limit.js';
import { findItem, indexItems, type CatalogueItem, type ItemIndex } from './item-index.js';
import type { ColumnMap } from './columns.js';
import { readLogRows, type LogEntry, type RowFinding } from './log-rows.js';
import type { LogTable } from './log-table.js';

/** on-time and late: published; missing: not published and past due; pending: not yet due; unchecked: no due date. */
export type PublicationStatus = 'on-time' | 'late' | 'missing' | 'pending' | 'unchecked';

export const STATUSES: readonly PublicationStatus[] = ['on-time', 'late', 'missing', 'pending', 'unchecked'];

/** One log row judged against its item's time limit. */
export interface AuditEntry {
  row: number;
  itemId: string;
  publisher: string;
  catalogue: string;
  /** The item's headings, `最低生活保障 › 办事指南`. */
  heading: string;
  /** The time limit as a published table words it. */
  limit: string;
  rule: DueRule | 'periodic' | 'unknown';
  event: IsoDate;
  due?: IsoDate;
  published?: IsoDate;
  url?: string;
  title?: string;
  status: PublicationStatus;
  /** Working days late (late), or overdue so far (missing). */
  lateBy?: number;
  /** Years the dates relied on that the holiday data does not cover. */
  uncoveredYears: number[];
}

export interface AuditInput {
  log: LogTable;
  catalogues: readonly Catalogue[];
  calendar: WorkCalendar;
  countFrom: CountFrom;
  /** The day of the audit: unpublished rows due before it are missing. Passed in, never read from a clock. */
  asOf: IsoDate;
  /** Language of the calendar's coverage text in findings' data. */
  lang: Lang;
}

export interface AuditOutcome {
  entries: AuditEntry[];
  findings: RowFinding[];
}

/** Judges every readable row of the log; unreadable rows and unknown items become findings at their cells. */
export function auditPublications(input: AuditInput): AuditOutcome {
  const rows = readLogRows(input.log);
  const findings = [...rows.findings];
  const index = indexItems(input.catalogues);
  const entries: AuditEntry[] = [];
  for (const row of rows.entries) {
    const found = resolveRowItem(index, row, rows.columns, input.lang, findings);
    if (found) entries.push(judge(found, row, rows.columns, input, findings));
  }
  entries.sort(compareEntries);
  return { entries, findings };
}

/** The item a row names, narrowed by its publisher or file; otherwise a finding at its id cell. */
export function resolveRowItem(index: ItemIndex, row: LogEntry, columns: ColumnMap, lang: Lang, findings: RowFinding[]): CatalogueItem | undefined {
  const hints = { ...(row.publisher ? { publisher: row.publisher } : {}), ...(row.file ? { file: row.file } : {}) };
  const lookup = findItem(index, row.itemId, hints);
  if (lookup.kind === 'found') return lookup.found;
  const at = { ruleId: 'log-row', severity: 'error' as const, row: row.row, column: columns.item ?? 1 };
  const publishers = (list: CatalogueItem[]) => joinList([...new Set(list.map((c) => (lang === 'zh' ? `${c.catalogue.publisher.name}（${c.catalogue.file}）` : `${c.catalogue.publisher.name} (${c.catalogue.file})`)))], lang);
  if (lookup.kind === 'unknown') {
    findings.push({ ...at, ...(lookup.suggestion ? { messageId: 'unknownItemSuggest', data: { id: row.itemId, suggestion: lookup.suggestion } } : { messageId: 'unknownItem', data: { id: row.itemId } }) });
  } else if (lookup.kind === 'ambiguous') {
    findings.push({ ...at, messageId: 'ambiguousItem', data: { id: row.itemId, publishers: publishers(lookup.candidates) } });
  } else {
    findings.push({ ...at, messageId: 'itemMismatch', data: { id: row.itemId, publishers: publishers(lookup.candidates), hint: row.publisher ?? row.file ?? '' } });
  }
  return undefined;
}

function judge({ catalogue, item }: CatalogueItem, row: LogEntry, columns: ColumnMap, input: AuditInput, findings: RowFinding[]): AuditEntry {
  const { calendar } = input;
  const answer = dueFor(calendar, item.timeLimit, row.event, input.countFrom);
  const entry: AuditEntry = {
    row: row.row,
    itemId: item.id,
    publisher: catalogue.publisher.name,
    catalogue: catalogue.file,
    heading: [item.level1, item.level2, item.level3].filter(Boolean).join(' › '),
    limit: describeTimeLimit(item.timeLimit),
    rule: answer.rule,
    event: row.event,
    status: 'unchecked',
    uncoveredYears: [],
  };
  for (const field of ['published', 'url', 'title'] as const) if (row[field] !== undefined) entry[field] = row[field];
  const at = (column: number | undefined) => ({ row: row.row, column: column ?? columns.item ?? 1 });
  if (row.published && dayNumber(row.published) < dayNumber(row.event)) {
    findings.push({ ruleId: 'publication-dates', severity: 'warning', messageId: 'publishedBeforeEvent', data: { published: row.published, event: row.event }, ...at(columns.published) });
  }
  if (answer.kind === 'none') {
    const periodic = answer.rule === 'periodic';
    const data: MessageData = periodic ? { item: item.id, periodic: answer.periodic ?? '' } : { item: item.id };
    findings.push({ ruleId: 'no-due-date', severity: 'info', messageId: periodic ? 'periodicNoDueDate' : 'unknownTimeLimit', data, ...at(columns.item) });
    return entry;
  }
  entry.due = answer.due;
  const years = new Set(answer.uncoveredYears);
  const data = { item: item.id, publisher: catalogue.publisher.name, event: row.event, due: answer.due, limit: entry.limit };
  const finding = assess(entry, input, years);
  if (finding) findings.push({ ...finding, data: { ...data, ...finding.data }, ...at(columns.published) });
  entry.uncoveredYears = [...years].sort((a, b) => a - b);
  if (entry.uncoveredYears.length > 0) {
    findings.push({ ruleId: 'calendar-coverage', severity: 'warning', messageId: 'notCovered', data: coverageData(calendar.table, entry.uncoveredYears, input.lang), ...at(columns.event) });
  }
  return entry;
}

/** Sets the entry's status against its due date; returns the late or missing finding, if any. */
function assess(entry: AuditEntry, { calendar, asOf }: AuditInput, years: Set<number>): Pick<RowFinding, 'ruleId' | 'severity' | 'messageId' | 'data'> | undefined {
  const due = entry.due!;
  if (entry.published) {
    const late = workdaysLate(calendar, due, entry.published);
    late.uncoveredYears.forEach((y) => years.add(y));
    entry.status = late.count > 0 ? 'late' : 'on-time';
    if (late.count === 0) return undefined;
    entry.lateBy = late.count;
    return { ruleId: 'publication-late', severity: 'error', messageId: 'late', data: { published: entry.published, lateBy: late.count } };
  }
  if (dayNumber(asOf) <= dayNumber(due)) {
    entry.status = 'pending';
    return undefined;
  }
  const overdue = workdaysLate(calendar, due, asOf);
  overdue.uncoveredYears.forEach((y) => years.add(y));
  entry.status = 'missing';
  entry.lateBy = overdue.count;
  return { ruleId: 'publication-missing', severity: 'error', messageId: 'missing', data: { asOf, lateBy: overdue.count } };
}

/** Per publisher, then item, then event date and row: the order of every audit output. */
export function compareEntries(a: AuditEntry, b: AuditEntry): number {
  return cmp(a.publisher, b.publisher) || cmp(a.catalogue, b.catalogue) || cmp(a.itemId, b.itemId) || cmp(a.event, b.event) || a.row - b.row;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
