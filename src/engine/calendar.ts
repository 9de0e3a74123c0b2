import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createCalendar, type WorkCalendar } from '../calendar/calendar.js';
import type { CountFrom } from '../calendar/count.js';
import { buildHolidayTable, checkHolidayData, type HolidayData, type HolidaySource } from '../calendar/holiday-table.js';
import { calendarMessages } from '../calendar/messages.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { renderMessage, type Lang } from '../core/messages.js';
import { loadYaml } from '../core/source.js';
import type { Config } from './config.js';
import { displayPath } from './discover.js';

export interface CalendarOptions {
  cwd: string;
  config?: Config;
  /** An override file named on the command line (relative to cwd); wins over the config's. */
  overrideFile?: string;
  countFrom?: CountFrom;
  lang: Lang;
}

export interface LoadedCalendar {
  calendar: WorkCalendar;
  countFrom: CountFrom;
}

let packaged: HolidaySource | undefined;

/** chinese-days' official arrangements, read once per process from the package's own data file. */
export function packagedHolidays(): HolidaySource {
  if (packaged) return packaged;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('chinese-days/package.json'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const data = JSON.parse(readFileSync(join(root, 'dist', 'chinese-days.json'), 'utf8')) as HolidayData;
  packaged = { name: `chinese-days ${version}`, data };
  return packaged;
}

/**
 * The working-day calendar of a run: chinese-days' data, then the override file (flag, else the
 * config's `calendar.override`, relative to the config), and the counting convention.
 */
export function loadCalendar(options: CalendarOptions): LoadedCalendar {
  const overrides: HolidaySource[] = [];
  const fromConfig = options.config?.calendar?.override;
  const file = options.overrideFile ? resolve(options.cwd, options.overrideFile) : fromConfig ? resolve(options.config!.root, fromConfig) : undefined;
  if (file) overrides.push(readOverride(file, displayPath(file, options.cwd), options.lang, options.overrideFile !== undefined));
  const table = buildHolidayTable(packagedHolidays(), overrides);
  return { calendar: createCalendar(table), countFrom: options.countFrom ?? options.config?.calendar?.countFrom ?? 'next-day' };
}

function readOverride(file: string, name: string, lang: Lang, fromFlag: boolean): HolidaySource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const message = lang === 'zh' ? `找不到节假日文件 ${name}。` : `Cannot read the holiday file ${name}.`;
    throw fromFlag ? new UsageError(message) : new ConfigError(message);
  }
  let value: unknown;
  try {
    value = loadYaml().parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as Error).message.split('\n', 1)[0];
    throw new ConfigError(lang === 'zh' ? `节假日文件 ${name} 不是有效的 JSON 或 YAML：${reason}` : `The holiday file ${name} is not valid JSON or YAML: ${reason}`);
  }
  const problems = checkHolidayData(value);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => `${name}: ${renderMessage(calendarMessages, p.messageId, p.data, lang)}`).join('\n'));
  }
  return { name, data: value as HolidayData };
}
