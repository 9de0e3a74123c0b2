import type { CountFrom } from '../calendar/count.js';
import type { IsoDate } from '../calendar/date.js';
import { describeCoverage } from '../calendar/explain.js';
import type { HolidayTable } from '../calendar/holiday-table.js';
import { calendarMessages } from '../calendar/messages.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { renderMessage, type Lang, type MessageTable } from '../core/messages.js';
import { createReport, type Report } from '../core/report.js';
import { STATUSES, type AuditEntry, type AuditOutcome, type PublicationStatus } from './audit.js';
import type { RowFinding } from './log-rows.js';
import type { LogTable } from './log-table.js';
import { auditMessages } from './messages.js';

export type StatusCounts = Record<PublicationStatus, number>;

export interface ItemSummary {
  publisher: string;
  catalogue: string;
  itemId: string;
  heading: string;
  limit: string;
  counts: StatusCounts;
}

/** Everything every audit output shows: entries, counts per publisher and item, and the findings. */
export interface AuditResult {
  asOf: IsoDate;
  log: { file: string; sheet: string };
  calendar: { sources: string[]; covered: string; countFrom: CountFrom };
  entries: AuditEntry[];
  totals: StatusCounts;
  byPublisher: { publisher: string; counts: StatusCounts }[];
  byItem: ItemSummary[];
  /** The log's findings with the catalogues' own, for the fail level and the CI formatters. */
  report: Report;
}

export interface AuditContext {
  log: LogTable;
  asOf: IsoDate;
  table: HolidayTable;
  countFrom: CountFrom;
  lang: Lang;
  /** The catalogues' validation report: their files and any problems that kept items out. */
  catalogueReport?: Report;
}

const messages: MessageTable = { ...auditMessages, ...calendarMessages };

export function buildAuditResult(outcome: AuditOutcome, context: AuditContext): AuditResult {
  const { log, lang } = context;
  const own = outcome.findings.map((f) => rowDiagnostic(f, log, lang));
  const base = context.catalogueReport;
  const report = createReport([...(base?.files ?? []), log.file], [...(base?.diagnostics ?? []), ...own], base?.sources ?? {});
  const byItem = new Map<string, ItemSummary>();
  const byPublisher = new Map<string, StatusCounts>();
  for (const entry of outcome.entries) {
    const key = `${entry.catalogue}\u0000${entry.itemId}`;
    const item = byItem.get(key) ?? { publisher: entry.publisher, catalogue: entry.catalogue, itemId: entry.itemId, heading: entry.heading, limit: entry.limit, counts: zeroCounts() };
    item.counts[entry.status]++;
    byItem.set(key, item);
    const publisher = byPublisher.get(entry.publisher) ?? zeroCounts();
    publisher[entry.status]++;
    byPublisher.set(entry.publisher, publisher);
  }
  return {
    asOf: context.asOf,
    log: { file: log.file, sheet: log.sheet },
    calendar: { sources: context.table.sources, covered: describeCoverage(context.table, lang), countFrom: context.countFrom },
    entries: outcome.entries,
    totals: sumCounts([...byPublisher.values()]),
    byPublisher: [...byPublisher.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([publisher, counts]) => ({ publisher, counts })),
    byItem: [...byItem.values()],
    report,
  };
}

function rowDiagnostic(finding: RowFinding, log: LogTable, lang: Lang): Diagnostic {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    data: finding.data,
    message: renderMessage(messages, finding.messageId, finding.data, lang),
    location: { kind: 'sheet', file: log.file, sheet: log.sheet, row: finding.row, column: finding.column },
  };
}

export function zeroCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function sumCounts(all: StatusCounts[]): StatusCounts {
  const total = zeroCounts();
  for (const counts of all) for (const status of STATUSES) total[status] += counts[status];
  return total;
}
