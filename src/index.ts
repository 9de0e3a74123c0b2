/** The gkml library API: the CLI is built on exactly these functions. */
export { validate, type ValidateOptions, type ValidationResult } from './engine/validate.js';
export { main, type CliIo } from './cli/main.js';
export { formatters, type Formatter, type FormatOptions } from './formatters/index.js';
export type { Diagnostic, Location, Severity, JsonPath, Position } from './core/diagnostic.js';
export type { Report, Counts } from './core/report.js';
export type { Catalogue, Item, Publisher } from './model/catalogue.js';
export { parseTimeLimitPhrase, describeTimeLimit } from './model/time-limit.js';
export { loadCalendar, type LoadedCalendar } from './engine/calendar.js';
export { readPublicationLog } from './engine/publication-log.js';
export { createCalendar, type WorkCalendar, type DayInfo } from './calendar/calendar.js';
export { addWorkdays, addCalendarDays, workdaysLate, type CountFrom } from './calendar/count.js';
export { dueFor, type DueAnswer } from './calendar/time-limit-due.js';
export { auditPublications, type AuditEntry, type PublicationStatus } from './audit/audit.js';
export { buildAuditResult, type AuditResult } from './audit/report.js';
export { planWorkbooks, renderWorkbook, renderWorkbooks, streamWorkbook, type ExcelOptions, type WorkbookPlan } from './render/excel/index.js';
export { importFile, type ImportFileResult } from './engine/import.js';
