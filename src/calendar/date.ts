/** A calendar date as `YYYY-MM-DD`. Dates carry no time and no time zone. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date (no checking: use `parseIsoDate` on input). */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A real date between years 1900 and 2999 built from its parts, or undefined. */
export function makeDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY) === date ? date : undefined;
}

/** Strict `YYYY-MM-DD`, and the date must exist (2024-02-30 does not). */
export function parseIsoDate(text: string): IsoDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? makeDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * A date as people write it in a log: 2024-05-17, 2024/5/17, 2024.5.17, 2024年5月17日 or 20240517,
 * optionally followed by a time, which is ignored. Undefined when it is not a real date.
 */
export function parseDateText(text: string): IsoDate | undefined {
  const value = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (parts) return makeDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return compact ? makeDate(Number(compact[1]), Number(compact[2]), Number(compact[3])) : undefined;
}
