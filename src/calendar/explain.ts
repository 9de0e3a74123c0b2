import { renderMessage, sayer, type Lang } from '../core/messages.js';
import { describeTimeLimit, type TimeLimitValue } from '../model/time-limit.js';
import type { HolidayTable } from './holiday-table.js';
import { addDays, type IsoDate } from './date.js';
import type { CountFrom } from './count.js';
import { calendarMessages } from './messages.js';
import type { DueAnswer } from './time-limit-due.js';

/** One sentence saying which rule gave the due date (or why there is none), in the run's language. */
export function explainDue(answer: DueAnswer, limit: TimeLimitValue, event: IsoDate, countFrom: CountFrom, lang: Lang): string {
  const say = sayer(calendarMessages, lang);
  const start = say(countFrom === 'next-day' ? 'startNextDay' : 'startSameDay');
  const text = describeTimeLimit(limit);
  const object = typeof limit === 'object' ? limit : {};
  if (answer.kind === 'none') return answer.rule === 'periodic' ? say('rulePeriodic', { periodic: answer.periodic ?? '' }) : say('ruleUnknown');
  switch (answer.rule) {
    case 'realtime':
      return say('ruleRealtime');
    case 'timely':
      return say('ruleTimely');
    case 'sync':
      return say('ruleSync', { syncWith: object.syncWith || '?', n: answer.n ?? 0 });
    case 'periodic-workdays':
      return say('rulePeriodicWorkdays', { periodic: object.periodic ?? '', n: answer.n ?? 0 });
    case 'days': {
      if (!answer.rolled) return say('ruleDays', { limit: text, n: answer.n ?? 0, start });
      const last = addDays(event, countFrom === 'next-day' ? answer.n ?? 0 : Math.max(0, (answer.n ?? 0) - 1));
      return say('ruleDaysRolled', { limit: text, n: answer.n ?? 0, last });
    }
    case 'deadline':
      return say('ruleDeadline', { limit: text });
    case 'workdays':
      return say('ruleWorkdays', { limit: text, n: answer.n ?? 0, start });
  }
}

/** The warning for a date that relied on years the holiday data does not cover. */
export function coverageWarning(table: HolidayTable, years: readonly number[], lang: Lang): string {
  return renderMessage(calendarMessages, 'notCovered', coverageData(table, years, lang), lang);
}

export function coverageData(table: HolidayTable, years: readonly number[], lang: Lang): { years: string; covered: string } {
  return { years: years.join(lang === 'zh' ? '、' : ', '), covered: describeCoverage(table, lang) };
}

/** `2004–2026 年` / `2004–2026`, with any separate override years after it. */
export function describeCoverage(table: HolidayTable, lang: Lang): string {
  const years = [...table.coveredYears].sort((a, b) => a - b);
  if (years.length === 0) return lang === 'zh' ? '（无）' : '(none)';
  const ranges: string[] = [];
  let first = years[0]!;
  for (let i = 1; i <= years.length; i++) {
    if (years[i] === years[i - 1]! + 1) continue;
    const last = years[i - 1]!;
    ranges.push(first === last ? String(first) : `${first}–${last}`);
    first = years[i]!;
  }
  return lang === 'zh' ? `${ranges.join('、')} 年` : ranges.join(', ');
}
