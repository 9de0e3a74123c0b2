import { parseDateText, type IsoDate } from '../../calendar/date.js';
import type { CountFrom } from '../../calendar/count.js';
import { coverageWarning } from '../../calendar/explain.js';
import type { HolidayTable } from '../../calendar/holiday-table.js';
import { UsageError } from '../../core/errors.js';
import { renderMessage, type Lang } from '../../core/messages.js';
import { loadCalendar, type LoadedCalendar } from '../../engine/calendar.js';
import type { Config } from '../../engine/config.js';
import type { CliIo } from '../io.js';
import { timeCliMessages } from './time-messages.js';

/** Flags `gkml due` and `gkml audit` share. */
export interface CalendarFlags {
  calendar?: string;
  countFrom?: CountFrom;
}

export function say(id: string, data: Record<string, string | number>, lang: Lang): string {
  return renderMessage(timeCliMessages, id, data, lang);
}

export function parseDateFlag(flag: string, value: string, lang: Lang): IsoDate {
  const date = parseDateText(value);
  if (!date) throw new UsageError(say('badDate', { flag, value }, lang));
  return date;
}

export function parseCountFlag(flag: string, value: string, lang: Lang): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 3660) throw new UsageError(say('badCount', { flag, value }, lang));
  return Number(value);
}

/** Today's date where the user is: the CLI reads the clock, so the pure code never does. */
export function today(): IsoDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function calendarFor(io: CliIo, flags: CalendarFlags, config: Config | undefined, lang: Lang): LoadedCalendar {
  return loadCalendar({ cwd: io.cwd, lang, ...(config ? { config } : {}), ...(flags.calendar ? { overrideFile: flags.calendar } : {}), ...(flags.countFrom ? { countFrom: flags.countFrom } : {}) });
}

/** The coverage warning on stderr, once per run, for the years any date relied on. */
export function warnUncovered(io: CliIo, table: HolidayTable, years: Iterable<number>, lang: Lang): void {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length > 0) io.stderr.write(`${say('warning', {}, lang)}${coverageWarning(table, sorted, lang)}\n`);
}
