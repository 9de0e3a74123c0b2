import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { addCalendarDays, addWorkdays, nextWorkday, workdaysLate } from '../../src/calendar/count.js';
import { addDays, parseDateText, parseIsoDate } from '../../src/calendar/date.js';
import { buildHolidayTable, checkHolidayData } from '../../src/calendar/holiday-table.js';
import { loadCalendar } from '../../src/engine/calendar.js';

// A made-up year 2030: 2030-10-01 (Tue) … 10-03 off, with Saturday 2030-09-28 a make-up workday.
const table = buildHolidayTable({
  name: 'test',
  data: {
    holidays: { '2030-10-01': 'National Day,国庆节,3', '2030-10-02': 'National Day,国庆节,3', '2030-10-03': 'National Day,国庆节,3' },
    workdays: { '2030-09-28': 'National Day,国庆节,3' },
    inLieuDays: { '2030-10-03': 'National Day,国庆节,3' },
  },
});
const calendar = createCalendar(table);

describe('counting working days', () => {
  it('starts the day after the event by default (民法典 Art. 201)', () => {
    // Fri 09-27 → Sat 09-28 (make-up) is day 1, Mon 09-30 day 2, then Fri 10-04 day 3.
    expect(addWorkdays(calendar, '2030-09-27', 1).date).toBe('2030-09-28');
    expect(addWorkdays(calendar, '2030-09-27', 3).date).toBe('2030-10-04');
  });

  it('counts the event day itself with same-day when it is a working day', () => {
    expect(addWorkdays(calendar, '2030-09-27', 1, 'same-day').date).toBe('2030-09-27');
    expect(addWorkdays(calendar, '2030-09-29', 1, 'same-day').date).toBe('2030-09-30');
  });

  it('gives the event day for 0 working days', () => {
    expect(addWorkdays(calendar, '2030-10-01', 0).date).toBe('2030-10-01');
  });

  it('moves the end of a calendar-day period off a rest day (民法典 Art. 203)', () => {
    expect(addCalendarDays(calendar, '2030-09-21', 10)).toEqual({ date: '2030-10-04', uncoveredYears: [], rolled: true });
    expect(addCalendarDays(calendar, '2030-09-20', 10)).toEqual({ date: '2030-09-30', uncoveredYears: [], rolled: false });
    expect(addCalendarDays(calendar, '2030-09-20', 10, 'same-day').date).toBe('2030-09-30');
  });

  it('counts lateness in working days, a rest day counting as the next working day', () => {
    expect(workdaysLate(calendar, '2030-09-30', '2030-09-30').count).toBe(0);
    expect(workdaysLate(calendar, '2030-09-30', '2030-10-02').count).toBe(1);
    expect(workdaysLate(calendar, '2030-09-30', '2030-10-04').count).toBe(1);
    expect(workdaysLate(calendar, '2030-09-30', '2030-10-07').count).toBe(2);
  });

  it('names the years it had to guess', () => {
    expect(addWorkdays(calendar, '2030-12-30', 3).uncoveredYears).toEqual([2031]);
    expect(nextWorkday(calendar, '2029-12-29')).toEqual({ date: '2029-12-31', uncoveredYears: [2029] });
  });
});

describe('holiday tables', () => {
  it('lets an override turn a holiday into a working day and add a year', () => {
    const merged = createCalendar(
      buildHolidayTable({ name: 'base', data: { holidays: { '2030-10-01': 'National Day,国庆节,3' } } }, [
        { name: 'local.json', data: { workdays: { '2030-10-01': '本地调整' }, holidays: { '2032-01-01': "New Year's Day,元旦,1" } } },
      ]),
    );
    expect(merged.day('2030-10-01')).toMatchObject({ kind: 'makeup', working: true, name: { zh: '本地调整', en: '本地调整' } });
    expect(merged.day('2032-01-01')).toMatchObject({ kind: 'holiday', covered: true });
    expect(merged.covers(2031)).toBe(false);
    expect(merged.table.sources).toEqual(['base', 'local.json']);
  });

  it('says what is wrong with a malformed override', () => {
    expect(checkHolidayData([])).toEqual([{ at: '', messageId: 'holidayDataNotObject', data: { at: '(root)' } }]);
    expect(checkHolidayData({ holiday: {}, workdays: { '2027-02-30': 'x', '2027-02-07': 3 } }).map((p) => p.messageId)).toEqual([
      'holidayDataUnknownKey',
      'holidayDataBadDate',
      'holidayDataBadName',
    ]);
    expect(checkHolidayData({ holidays: { '2027-01-01': "New Year's Day,元旦,1" } })).toEqual([]);
  });
});

describe('dates', () => {
  it('reads the ways dates are written in logs', () => {
    for (const text of ['2024-05-17', '2024/5/17', '2024.05.17', '2024年5月17日', '20240517', ' 2024-05-17 09:30:00 ', '２０２４-０５-１７']) {
      expect(parseDateText(text), text).toBe('2024-05-17');
    }
  });

  it('rejects dates that do not exist', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', '17/05/2024', 'yesterday', '']) expect(parseDateText(text), text).toBeUndefined();
    expect(parseIsoDate('2024-5-17')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
  });
});

describe('properties over the real calendar', () => {
  const real = loadCalendar({ cwd: process.cwd(), lang: 'zh' }).calendar;
  const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2005-01-01', n));

  it('lands on a working day with exactly n working days after the event', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (event, n) => {
        const { date } = addWorkdays(real, event, n);
        let counted = 0;
        for (let d = addDays(event, 1); d <= date; d = addDays(d, 1)) if (real.isWorkday(d)) counted++;
        return real.isWorkday(date) && counted === n;
      }),
    );
  });

  it('finds a publication on the due date on time and one working day later one day late', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (event, n) => {
        const due = addWorkdays(real, event, n).date;
        return workdaysLate(real, due, due).count === 0 && workdaysLate(real, due, addWorkdays(real, due, 1).date).count === 1;
      }),
    );
  });
});
