import type { TimeLimitValue } from '../model/time-limit.js';
import type { WorkCalendar } from './calendar.js';
import { addCalendarDays, addWorkdays, type CountFrom } from './count.js';
import { dayNumber, makeDate, yearOf, type IsoDate } from './date.js';

/** 条例 Art. 26: 20 working days is the statutory longest for 及时 where no other law sets a period. */
export const STATUTORY_WORKDAYS = 20;

/**
 * Which rule gave the due date: a number of working days (plain, in sync with a policy, or after a
 * period's end), calendar days, a yearly date, 实时 (the same day), or 及时 read as the statutory 20
 * working days.
 */
export type DueRule = 'workdays' | 'sync' | 'periodic-workdays' | 'days' | 'deadline' | 'realtime' | 'timely';

export type DueAnswer =
  | {
      kind: 'date';
      rule: DueRule;
      due: IsoDate;
      /** The number of working or calendar days counted (absent for 实时 and yearly dates). */
      n?: number;
      /** Calendar-day periods only: the last day fell on a rest day and moved to the next working day. */
      rolled?: boolean;
      uncoveredYears: number[];
    }
  /** A periodic limit without a number of days, or a shape this version does not know: no date to check. */
  | { kind: 'none'; rule: 'periodic' | 'unknown'; periodic?: string };

/** The date by which an item with time limit `limit` must be published when its event happened on `event`. */
export function dueFor(calendar: WorkCalendar, limit: TimeLimitValue, event: IsoDate, countFrom: CountFrom = 'next-day'): DueAnswer {
  if (limit === '实时') return { kind: 'date', rule: 'realtime', due: event, uncoveredYears: [] };
  if (limit === '及时') return workdays('timely', STATUTORY_WORKDAYS);
  if (typeof limit !== 'object' || limit === null) return { kind: 'none', rule: 'unknown' };
  if (limit.workdays !== undefined) {
    return workdays(limit.syncWith !== undefined ? 'sync' : limit.periodic !== undefined ? 'periodic-workdays' : 'workdays', limit.workdays);
  }
  if (limit.days !== undefined) {
    const counted = addCalendarDays(calendar, event, limit.days, countFrom);
    return { kind: 'date', rule: 'days', due: counted.date, n: limit.days, rolled: counted.rolled, uncoveredYears: counted.uncoveredYears };
  }
  if (limit.deadline !== undefined) return { kind: 'date', rule: 'deadline', due: nextYearlyDate(event, limit.deadline), uncoveredYears: [] };
  if (limit.periodic !== undefined) return { kind: 'none', rule: 'periodic', periodic: limit.periodic };
  return { kind: 'none', rule: 'unknown' };

  function workdays(rule: DueRule, n: number): DueAnswer {
    const counted = addWorkdays(calendar, event, n, countFrom);
    return { kind: 'date', rule, due: counted.date, n, uncoveredYears: counted.uncoveredYears };
  }
}

/**
 * The first `MM-DD` on or after `event` (each year's 01-31 for annual reports). A day the month lacks
 * (02-29 in most years) is the month's last day. Fixed dates are not moved off rest days: they are dates, not periods.
 */
export function nextYearlyDate(event: IsoDate, monthDay: string): IsoDate {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  for (let year = yearOf(event); ; year++) {
    const date = makeDate(year, month, Math.min(day, daysInMonth(year, month)))!;
    if (dayNumber(date) >= dayNumber(event)) return date;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
