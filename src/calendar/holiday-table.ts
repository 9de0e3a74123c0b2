import { parseIsoDate, yearOf, type IsoDate } from './date.js';

/**
 * The shape of chinese-days' `dist/chinese-days.json`, and of a user's override file: dates as keys,
 * `"English name,中文名,days"` as values. `holidays` are the rest days of an arrangement (weekends inside
 * the span included), `workdays` the make-up working days (调休), `inLieuDays` the weekdays given in lieu.
 */
export interface HolidayData {
  holidays?: Record<string, string>;
  workdays?: Record<string, string>;
  inLieuDays?: Record<string, string>;
}

/** Holiday data and what to call it in messages (the package and version, or the override file). */
export interface HolidaySource {
  name: string;
  data: HolidayData;
}

/** Rest days and make-up workdays merged from every source, and the years they cover. */
export interface HolidayTable {
  restDays: ReadonlyMap<IsoDate, string>;
  makeupDays: ReadonlyMap<IsoDate, string>;
  coveredYears: ReadonlySet<number>;
  firstYear: number;
  lastYear: number;
  sources: string[];
}

export interface HolidayDataProblem {
  /** `holidays["2027-02-30"]` — where in the file. */
  at: string;
  messageId: 'holidayDataNotObject' | 'holidayDataUnknownKey' | 'holidayDataBadDate' | 'holidayDataBadName';
  data: Record<string, string>;
}

const SECTIONS = ['holidays', 'workdays', 'inLieuDays'] as const;

/** What is wrong with a value meant to be holiday data; empty when it can be used. */
export function checkHolidayData(value: unknown): HolidayDataProblem[] {
  if (!isRecord(value)) return [{ at: '', messageId: 'holidayDataNotObject', data: { at: '(root)' } }];
  const problems: HolidayDataProblem[] = [];
  for (const key of Object.keys(value)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      problems.push({ at: key, messageId: 'holidayDataUnknownKey', data: { key, allowed: SECTIONS.join(', ') } });
    }
  }
  for (const section of SECTIONS) {
    const entries = value[section];
    if (entries === undefined) continue;
    if (!isRecord(entries)) {
      problems.push({ at: section, messageId: 'holidayDataNotObject', data: { at: section } });
      continue;
    }
    for (const [date, name] of Object.entries(entries)) {
      const at = `${section}["${date}"]`;
      if (!parseIsoDate(date)) problems.push({ at, messageId: 'holidayDataBadDate', data: { at, date } });
      else if (typeof name !== 'string') problems.push({ at, messageId: 'holidayDataBadName', data: { at } });
    }
  }
  return problems;
}

/**
 * Merges sources in order, later ones winning for a date: a date listed as a holiday in one and a workday
 * in a later one is a workday. The years covered are the base source's whole range plus every year an
 * override names; outside them nothing is known about holidays.
 */
export function buildHolidayTable(base: HolidaySource, overrides: readonly HolidaySource[] = []): HolidayTable {
  const restDays = new Map<IsoDate, string>();
  const makeupDays = new Map<IsoDate, string>();
  const coveredYears = new Set<number>();
  const baseYears = yearsOf(base.data);
  if (baseYears.length > 0) {
    for (let year = Math.min(...baseYears); year <= Math.max(...baseYears); year++) coveredYears.add(year);
  }
  for (const source of [base, ...overrides]) {
    if (source !== base) for (const year of yearsOf(source.data)) coveredYears.add(year);
    for (const section of ['holidays', 'inLieuDays'] as const) {
      for (const [date, name] of Object.entries(source.data[section] ?? {})) {
        restDays.set(date, name);
        makeupDays.delete(date);
      }
    }
    for (const [date, name] of Object.entries(source.data.workdays ?? {})) {
      makeupDays.set(date, name);
      restDays.delete(date);
    }
  }
  const years = [...coveredYears].sort((a, b) => a - b);
  return { restDays, makeupDays, coveredYears, firstYear: years[0] ?? 0, lastYear: years.at(-1) ?? 0, sources: [base, ...overrides].map((s) => s.name) };
}

function yearsOf(data: HolidayData): number[] {
  const years = new Set<number>();
  for (const section of SECTIONS) for (const date of Object.keys(data[section] ?? {})) years.add(yearOf(date));
  return [...years];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
