import { resolve } from 'node:path';
import { resolveRowItem } from '../../audit/audit.js';
import { readLogRows } from '../../audit/log-rows.js';
import { findItem, indexItems, type CatalogueItem, type ItemIndex } from '../../audit/item-index.js';
import { auditMessages } from '../../audit/messages.js';
import { addCalendarDays, addWorkdays } from '../../calendar/count.js';
import type { IsoDate } from '../../calendar/date.js';
import { explainDue } from '../../calendar/explain.js';
import { dueFor } from '../../calendar/time-limit-due.js';
import { cellRef } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import { joinList, renderMessage, type Lang } from '../../core/messages.js';
import { findConfig, readConfig, type Config } from '../../engine/config.js';
import type { LoadedCalendar } from '../../engine/calendar.js';
import { displayPath } from '../../engine/discover.js';
import { readPublicationLog } from '../../engine/publication-log.js';
import { validate, type ValidationResult } from '../../engine/validate.js';
import { resolveWorkspace } from '../../engine/workspace.js';
import { describeTimeLimit } from '../../model/time-limit.js';
import type { CliIo } from '../io.js';
import { calendarFor, parseCountFlag, parseDateFlag, say, warnUncovered, type CalendarFlags } from './time-flags.js';

interface DueFlags extends CalendarFlags {
  lang?: Lang;
  from?: string;
  workdays?: string;
  days?: string;
  item?: string;
  items?: string;
  publisher?: string;
  sheet?: string;
  config?: string;
  format: 'text' | 'json';
}

/** One computed line of `--item`/`--items`. */
interface DueLine {
  item: string;
  publisher: string;
  catalogue: string;
  event: IsoDate;
  due: IsoDate | null;
  rule: string;
  limit: string;
  explanation: string;
  uncoveredYears: number[];
}

/** `gkml due`: prints due dates; 0, or 2 for bad arguments and unusable rows of --items. */
export async function runDue(io: CliIo, paths: string[], flags: DueFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  const modes = (['workdays', 'days', 'item', 'items'] as const).filter((m) => flags[m] !== undefined);
  if (modes.length !== 1) throw new UsageError(say('oneMode', { given: modes.length === 0 ? '—' : modes.map((m) => `--${m}`).join(' ') }, lang0));
  const mode = modes[0]!;
  if (mode === 'items' && flags.from !== undefined) throw new UsageError(say('fromWithItems', {}, lang0));
  if (mode !== 'items' && flags.from === undefined) throw new UsageError(say('needFrom', { flag: `--${mode}` }, lang0));
  const from = flags.from === undefined ? undefined : parseDateFlag('--from', flags.from, lang0);
  if (mode === 'workdays' || mode === 'days') {
    const n = parseCountFlag(`--${mode}`, flags[mode]!, lang0);
    const config = plainConfig(io, flags, lang0);
    const lang = flags.lang ?? config?.lang ?? 'zh';
    return printPlain(io, calendarFor(io, flags, config, lang), mode, n, from!, flags.format, lang);
  }
  const options = { cwd: io.cwd, patterns: paths, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}) };
  const workspace = await resolveWorkspace(options);
  const lang = workspace.lang;
  const loaded = calendarFor(io, flags, workspace.config, lang);
  const result = await validate({ ...options, rules: false });
  const index = indexItems(result.catalogues);
  if (mode === 'item') {
    const found = itemOrThrow(index, flags.item!, flags.publisher, result, lang);
    return printLines(io, [dueLine(found, from!, loaded, lang)], loaded, flags.format, lang);
  }
  return dueForList(io, flags, index, loaded, lang);
}

function plainConfig(io: CliIo, flags: DueFlags, lang: Lang): Config | undefined {
  const file = flags.config ? resolve(io.cwd, flags.config) : findConfig(io.cwd);
  return file ? readConfig(file, lang, displayPath(file, io.cwd)) : undefined;
}

function printPlain(io: CliIo, { calendar, countFrom }: LoadedCalendar, mode: 'workdays' | 'days', n: number, from: IsoDate, format: string, lang: Lang): number {
  const counted = mode === 'workdays' ? addWorkdays(calendar, from, n, countFrom) : addCalendarDays(calendar, from, n, countFrom);
  if (format === 'json') {
    const extra = 'rolled' in counted ? { rolled: counted.rolled } : {};
    io.stdout.write(`${JSON.stringify({ from, [mode]: n, countFrom, due: counted.date, ...extra, uncoveredYears: counted.uncoveredYears }, null, 2)}\n`);
  } else {
    io.stdout.write(`${counted.date}\n`);
  }
  warnUncovered(io, calendar.table, counted.uncoveredYears, lang);
  return EXIT.clean;
}

function itemOrThrow(index: ItemIndex, id: string, publisher: string | undefined, result: ValidationResult, lang: Lang): CatalogueItem {
  const lookup = findItem(index, id, publisher ? { publisher } : {});
  if (lookup.kind === 'found') return lookup.found;
  if (lookup.kind === 'ambiguous') {
    throw new UsageError(say('itemAmbiguous', { id, publishers: joinList(lookup.candidates.map((c) => c.catalogue.publisher.name), lang) }, lang));
  }
  const broken = Object.values(result.report.countsByFile).filter((c) => c.error > 0).length;
  const hint = lookup.kind === 'unknown' && lookup.suggestion ? say('didYouMean', { suggestion: lookup.suggestion }, lang) : publisher ? say('ofPublisher', { publisher }, lang) : '';
  throw new UsageError(say('itemNotFound', { id, hint, broken: broken > 0 ? say('brokenCatalogues', { n: broken }, lang) : '' }, lang));
}

function dueLine({ catalogue, item }: CatalogueItem, event: IsoDate, { calendar, countFrom }: LoadedCalendar, lang: Lang): DueLine {
  const answer = dueFor(calendar, item.timeLimit, event, countFrom);
  const explanation = explainDue(answer, item.timeLimit, event, countFrom, lang);
  const due = answer.kind === 'date' ? answer.due : null;
  const limit = describeTimeLimit(item.timeLimit);
  return { item: item.id, publisher: catalogue.publisher.name, catalogue: catalogue.file, event, due, rule: answer.rule, limit, explanation, uncoveredYears: answer.kind === 'date' ? answer.uncoveredYears : [] };
}

async function dueForList(io: CliIo, flags: DueFlags, index: ItemIndex, loaded: LoadedCalendar, lang: Lang): Promise<number> {
  const log = await readPublicationLog(flags.items!, { cwd: io.cwd, lang, ...(flags.sheet ? { sheet: flags.sheet } : {}) });
  const rows = readLogRows(log);
  const findings = [...rows.findings];
  const lines: DueLine[] = [];
  for (const row of rows.entries) {
    const found = resolveRowItem(index, row, rows.columns, lang, findings);
    if (found) lines.push(dueLine(found, row.event, loaded, lang));
  }
  printLines(io, lines, loaded, flags.format, lang);
  const problems = findings.filter((f) => f.severity === 'error').sort((a, b) => a.row - b.row || a.column - b.column);
  if (problems.length === 0) return EXIT.clean;
  const sheet = log.file.endsWith(log.sheet) ? log.file : `${log.file} › ${log.sheet}`;
  for (const p of problems) io.stderr.write(`${sheet}!${cellRef(p.row, p.column)}  ${renderMessage(auditMessages, p.messageId, p.data, lang)}\n`);
  io.stderr.write(`${say('badItemsRows', { file: log.file, n: problems.length }, lang)}\n`);
  return EXIT.failure;
}

function printLines(io: CliIo, lines: DueLine[], { calendar }: LoadedCalendar, format: string, lang: Lang): number {
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
  } else {
    for (const line of lines) {
      const mark = line.uncoveredYears.length > 0 ? `  ${say('uncoveredMark', { years: line.uncoveredYears.join('、') }, lang)}` : '';
      io.stdout.write(`${line.due ?? '—'}  ${line.item}  ${say('eventLabel', { date: line.event }, lang)}  ${line.explanation}${mark}\n`);
    }
  }
  warnUncovered(io, calendar.table, lines.flatMap((l) => l.uncoveredYears), lang);
  return EXIT.clean;
}
