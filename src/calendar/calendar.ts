import { weekday, yearOf, type IsoDate } from './date.js';
import type { HolidayTable } from './holiday-table.js';

/** Why a day is or is not a working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** The holiday's name in Chinese and English, for holidays and make-up workdays. */
  name?: { zh: string; en: string };
  /** False when the date's year is outside the holiday data: `kind` is then only a weekday guess. */
  covered: boolean;
}

/** Working days by the official arrangement: weekdays, minus holidays, plus make-up workdays (调休). */
export interface WorkCalendar {
  day(date: IsoDate): DayInfo;
  isWorkday(date: IsoDate): boolean;
  covers(year: number): boolean;
  readonly table: HolidayTable;
}

export function createCalendar(table: HolidayTable): WorkCalendar {
  const covers = (year: number) => table.coveredYears.has(year);
  const day = (date: IsoDate): DayInfo => {
    const covered = covers(yearOf(date));
    const makeup = table.makeupDays.get(date);
    if (makeup !== undefined) return { date, kind: 'makeup', working: true, name: holidayName(makeup), covered };
    const rest = table.restDays.get(date);
    if (rest !== undefined) return { date, kind: 'holiday', working: false, name: holidayName(rest), covered };
    const w = weekday(date);
    return w === 0 || w === 6 ? { date, kind: 'weekend', working: false, covered } : { date, kind: 'workday', working: true, covered };
  };
  return { day, isWorkday: (date) => day(date).working, covers, table };
}

/** `"Spring Festival,春节,4"` → its two names; a bare name serves both languages. */
function holidayName(label: string): { zh: string; en: string } {
  const [en, zh] = label.split(',');
  if (zh === undefined) return { zh: label, en: label };
  return { zh: zh.trim() || en!.trim(), en: en!.trim() || zh.trim() };
}
