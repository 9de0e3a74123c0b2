import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/count.js';
import { loadCalendar } from '../../src/engine/calendar.js';
import { gkml } from '../audit/helpers.js';

const { calendar } = loadCalendar({ cwd: process.cwd(), lang: 'zh' });

describe('the official arrangements from chinese-days', () => {
  it('has the 2024 National Day make-up Sundays and Saturdays as working days', () => {
    expect(calendar.day('2024-09-29')).toMatchObject({ kind: 'makeup', working: true, name: { zh: '国庆节' }, covered: true });
    expect(calendar.day('2024-10-12')).toMatchObject({ kind: 'makeup', working: true, name: { zh: '国庆节' } });
  });

  it('has 除夕 2025-01-28 and 2025-05-02 as holidays under the 13-day rule', () => {
    expect(calendar.day('2025-01-28')).toMatchObject({ kind: 'holiday', working: false, name: { zh: '春节', en: 'Spring Festival' } });
    expect(calendar.day('2025-05-02')).toMatchObject({ kind: 'holiday', working: false, name: { zh: '劳动节' } });
  });

  it('knows ordinary days from weekends', () => {
    expect(calendar.day('2024-05-17')).toMatchObject({ kind: 'workday', working: true });
    expect(calendar.day('2024-05-18')).toMatchObject({ kind: 'weekend', working: false });
  });

  it('counts 20 working days after 2024-05-17 to 2024-06-17, skipping the Dragon Boat holiday', () => {
    expect(addWorkdays(calendar, '2024-05-17', 20)).toEqual({ date: '2024-06-17', uncoveredYears: [] });
    expect(calendar.isWorkday('2024-06-10')).toBe(false);
  });

  it('covers 2004–2026 and nothing after', () => {
    expect(calendar.table.firstYear).toBe(2004);
    expect(calendar.table.lastYear).toBe(2026);
    expect(calendar.day('2027-01-01')).toMatchObject({ covered: false, kind: 'workday' });
  });

  it('marks a count that reaches a year beyond the data', () => {
    expect(addWorkdays(calendar, '2026-12-20', 20)).toEqual({ date: '2027-01-15', uncoveredYears: [2027] });
    expect(addWorkdays(calendar, '2003-12-30', 2).uncoveredYears).toEqual([2003]);
  });

  it('warns on the command line for a date in a year beyond the data, and still answers', async () => {
    const run = await gkml(['due', '--from', '2027-03-01', '--workdays', '5']);
    expect(run).toMatchObject({ exitCode: 0, stdout: '2027-03-08\n' });
    expect(run.stderr).toContain('警告：计算用到了 2027 年，但节假日数据只覆盖 2004–2026 年');
    const en = await gkml(['due', '--from', '2027-03-01', '--workdays', '5', '--lang', 'en']);
    expect(en.stderr).toContain('Warning: This computation reaches 2027, but the holiday data covers only 2004–2026');
  });
});
