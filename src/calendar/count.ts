import type { WorkCalendar } from './calendar.js';
import { addDays, dayNumber, yearOf, type IsoDate } from './date.js';

/**
 * Where counting starts. `next-day` (default): the day of the event is not counted, as 民法典 Art. 201 has it
 * for periods in days. `same-day`: the event's day counts as the first day when it is a working day.
 */
export type CountFrom = 'next-day' | 'same-day';

export const COUNT_FROM: readonly CountFrom[] = ['next-day', 'same-day'];

/** A computed date and the years it relied on that the holiday data does not cover. */
export interface Counted {
  date: IsoDate;
  uncoveredYears: number[];
}

/** The longest run of rest days looked through before giving up (the longest arrangement is 9 days). */
const MAX_REST_RUN = 60;

/** The `n`-th working day counted from `event`. n = 0 is the event's own day. */
export function addWorkdays(calendar: WorkCalendar, event: IsoDate, n: number, countFrom: CountFrom = 'next-day'): Counted {
  const uncovered = new YearSet(calendar);
  if (n <= 0) return { date: event, uncoveredYears: [] };
  let date = countFrom === 'next-day' ? addDays(event, 1) : event;
  let counted = 0;
  for (;;) {
    uncovered.note(date);
    if (calendar.isWorkday(date) && ++counted === n) return { date, uncoveredYears: uncovered.list() };
    date = addDays(date, 1);
  }
}

/**
 * The last day of a period of `n` calendar days from `event`; when it is not a working day it moves to the
 * next working day (民法典 Art. 203). `rolled` tells whether it moved.
 */
export function addCalendarDays(calendar: WorkCalendar, event: IsoDate, n: number, countFrom: CountFrom = 'next-day'): Counted & { rolled: boolean } {
  const last = addDays(event, countFrom === 'next-day' ? n : Math.max(0, n - 1));
  const next = nextWorkday(calendar, last);
  return { date: next.date, uncoveredYears: next.uncoveredYears, rolled: next.date !== last };
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkday(calendar: WorkCalendar, date: IsoDate): Counted {
  const uncovered = new YearSet(calendar);
  let day = date;
  for (let i = 0; i < MAX_REST_RUN; i++) {
    uncovered.note(day);
    if (calendar.isWorkday(day)) return { date: day, uncoveredYears: uncovered.list() };
    day = addDays(day, 1);
  }
  throw new Error(`no working day within ${MAX_REST_RUN} days after ${date}: the holiday data is broken`);
}

/**
 * How many working days late something done on `done` is against `due`: the working days after `due` up
 * to `done`, where a rest day counts as the working day that follows it. 0 when `done` is not after `due`.
 */
export function workdaysLate(calendar: WorkCalendar, due: IsoDate, done: IsoDate): { count: number; uncoveredYears: number[] } {
  if (dayNumber(done) <= dayNumber(due)) return { count: 0, uncoveredYears: [] };
  const end = nextWorkday(calendar, done);
  const uncovered = new YearSet(calendar);
  for (const year of end.uncoveredYears) uncovered.add(year);
  let count = 0;
  for (let day = addDays(due, 1); dayNumber(day) <= dayNumber(end.date); day = addDays(day, 1)) {
    uncovered.note(day);
    if (calendar.isWorkday(day)) count++;
  }
  return { count, uncoveredYears: uncovered.list() };
}

/** The years a computation touched that the holiday data does not cover. */
class YearSet {
  private readonly years = new Set<number>();
  constructor(private readonly calendar: WorkCalendar) {}
  note(date: IsoDate): void {
    const year = yearOf(date);
    if (!this.calendar.covers(year)) this.years.add(year);
  }
  add(year: number): void {
    this.years.add(year);
  }
  list(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }
}
