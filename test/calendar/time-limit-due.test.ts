import { describe, expect, it } from 'vitest';
import { explainDue } from '../../src/calendar/explain.js';
import { dueFor, nextYearlyDate } from '../../src/calendar/time-limit-due.js';
import { loadCalendar } from '../../src/engine/calendar.js';
import type { TimeLimitValue } from '../../src/model/time-limit.js';

const { calendar } = loadCalendar({ cwd: process.cwd(), lang: 'zh' });
const due = (limit: TimeLimitValue, event: string) => dueFor(calendar, limit, event);

describe('the due date of each kind of time limit', () => {
  it('counts working days, also for limits in step with a policy or after a period', () => {
    expect(due({ workdays: 20, from: '形成或变更' }, '2024-05-17')).toMatchObject({ kind: 'date', rule: 'workdays', due: '2024-06-17', n: 20 });
    expect(due({ syncWith: 'bgs-005', workdays: 5 }, '2024-04-30')).toMatchObject({ rule: 'sync', due: '2024-05-10' });
    // 2024-05-11 is a Saturday make-up workday, so 15 working days after April end is 05-23.
    expect(due({ periodic: '每月', workdays: 15 }, '2024-04-30')).toMatchObject({ rule: 'periodic-workdays', due: '2024-05-23' });
  });

  it('reads 实时 as the same day and 及时 as the statutory 20 working days', () => {
    expect(due('实时', '2024-09-29')).toEqual({ kind: 'date', rule: 'realtime', due: '2024-09-29', uncoveredYears: [] });
    expect(due('及时', '2024-05-17')).toMatchObject({ rule: 'timely', due: '2024-06-17', n: 20 });
  });

  it('counts calendar days and moves a last day on a holiday to the next working day', () => {
    // 20 days after 2024-09-11 is 10-01, National Day: the period ends on 10-08.
    expect(due({ days: 20, from: '批复' }, '2024-09-11')).toMatchObject({ rule: 'days', due: '2024-10-08', rolled: true });
    expect(due({ days: 20 }, '2024-09-10')).toMatchObject({ due: '2024-09-30', rolled: false });
  });

  it('takes the first yearly deadline on or after the event, without moving it', () => {
    expect(due({ deadline: '01-31' }, '2024-12-31')).toMatchObject({ rule: 'deadline', due: '2025-01-31' });
    expect(due({ deadline: '01-31' }, '2025-01-31')).toMatchObject({ due: '2025-01-31' });
    expect(nextYearlyDate('2025-03-01', '02-29')).toBe('2026-02-28');
  });

  it('has no due date for a periodic item without days', () => {
    expect(due({ periodic: '每年' }, '2024-05-17')).toEqual({ kind: 'none', rule: 'periodic', periodic: '每年' });
  });

  it('explains what applies in either language', () => {
    const event = '2024-09-11';
    const limit: TimeLimitValue = { days: 20, from: '批复' };
    expect(explainDue(due(limit, event), limit, event, 'next-day', 'zh')).toBe('批复之日起20日内：按自然日计，第 20 日 2024-10-01 是休息日，顺延到其后第一个工作日（民法典第二百零三条）。');
    expect(explainDue(due('及时', event), '及时', event, 'next-day', 'en')).toContain('20 working days from formation or change (Regulations Art. 26)');
    expect(explainDue(due({ periodic: '每年' }, event), { periodic: '每年' }, event, 'next-day', 'zh')).toMatch(/^每年更新：定期更新的事项没有从某一事件起算的截止日期/);
    expect(explainDue(due({ workdays: 20 }, event), { workdays: 20 }, event, 'same-day', 'zh')).toBe('信息形成或者变更之日起20个工作日内：自事件当日起第 20 个工作日。');
  });
});
