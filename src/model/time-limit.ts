/** The structured time limit of an item, as the YAML holds it. */
export type TimeLimitValue =
  | '实时'
  | '及时'
  | {
      workdays?: number;
      days?: number;
      from?: string;
      syncWith?: string;
      deadline?: string;
      periodic?: string;
      text?: string;
    };

export interface PeriodValue {
  workdays?: number;
  days?: number;
  text?: string;
}

/** What a time-limit phrase of a published table means, in the YAML form. */
export interface ParsedPhrase {
  timeLimit: TimeLimitValue;
  postingPeriod?: PeriodValue;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits and small Chinese numerals (一 … 九十九) become ASCII digits. */
export function normaliseNumerals(text: string): string {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return ascii.replace(/[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九〇零]/g, (numeral) => {
    if (!numeral.includes('十')) return String(DIGITS[numeral]);
    const [tens, ones] = numeral.split('十');
    return String((tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0));
  });
}

const FROM_WORDS: [RegExp, string][] = [
  [/作出.*决定|决定之日/, '作出决定'],
  [/批复/, '批复'],
  [/批准/, '批准'],
  [/下发|收到|接收/, '收到'],
  [/制作|获取|制定/, '制作或获取'],
  [/形成|变更|产生/, '形成或变更'],
];

const PERIOD_WORDS: [RegExp, string][] = [
  [/按日|每日|每天/, '每日'],
  [/按周|每周/, '每周'],
  [/按月|每月|月度(?:结束|终了)/, '每月'],
  [/按季|每季|季度(?:结束|终了)/, '每季度'],
  [/半年/, '每半年'],
  [/按年|每年|年度/, '每年'],
];

/**
 * Reads a time-limit phrase as published (primer §1.5) into the structured form, or undefined when
 * it cannot be read with confidence. Used to suggest a fix and by the importer.
 */
export function parseTimeLimitPhrase(phrase: string): ParsedPhrase | undefined {
  const text = normaliseNumerals(phrase.replace(/\s+/g, ''));
  const posting = POSTING.exec(text);
  const postingPeriod: PeriodValue | undefined = posting
    ? posting[2] === '工作日'
      ? { workdays: Number(posting[1]) }
      : { days: Number(posting[1]) }
    : undefined;
  const main = (posting ? text.slice(0, posting.index) : text).replace(/^[，,；;。、]+|[，,；;。、]+$/g, '');
  const timeLimit = parseMain(main);
  if (!timeLimit) return undefined;
  return postingPeriod ? { timeLimit, postingPeriod } : { timeLimit };
}

const POSTING = /公[示告](?:期|期限)?(?:为|不少于)?(\d+)个?(工作日|日|天)/;

/**
 * A phrase cut where its posting period starts, as written (numerals untouched), for keeping the
 * original wording of each part: 制定或获取信息之日起10个工作日内，公示7个工作日 → the two halves.
 */
export function splitPostingPeriod(phrase: string): { main: string; posting?: string } {
  const at = phrase.search(/公[示告](?:期|期限)?(?:为|不少于)?\s*[\d０-９一二两三四五六七八九十]+\s*个?\s*(?:工作日|日|天)/);
  if (at === -1) return { main: phrase.trim() };
  const trim = (text: string) => text.trim().replace(/^[，,；;。、\s]+|[，,；;。、\s]+$/g, '');
  return { main: trim(phrase.slice(0, at)), posting: trim(phrase.slice(at)) };
}

function parseMain(text: string): TimeLimitValue | undefined {
  const workdays = /(\d+)个?工作日/.exec(text);
  if (/同步|关联/.test(text)) return workdays ? { syncWith: '', workdays: Number(workdays[1]) } : undefined;
  if (workdays) {
    const from = FROM_WORDS.find(([pattern]) => pattern.test(text))?.[1];
    const periodic = PERIOD_WORDS.find(([pattern]) => pattern.test(text))?.[1];
    if (periodic && !from) return { periodic, workdays: Number(workdays[1]) };
    return from ? { workdays: Number(workdays[1]), from } : { workdays: Number(workdays[1]) };
  }
  const yearly = /每年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (yearly) return { deadline: `${pad(yearly[1]!)}-${pad(yearly[2]!)}` };
  const monthEnd = /^(\d{1,2})月底前?$/.exec(text.replace(/^每年/, ''));
  if (monthEnd) return { deadline: `${pad(monthEnd[1]!)}-${lastDay(Number(monthEnd[1]))}` };
  const days = /(\d+)(?:个自然日|日|天)内/.exec(text);
  if (days) {
    const from = FROM_WORDS.find(([pattern]) => pattern.test(text))?.[1];
    return from ? { days: Number(days[1]), from } : { days: Number(days[1]) };
  }
  if (/^实时(公开)?$|^即时(公开)?$/.test(text)) return '实时';
  if (/^及时(公开)?$/.test(text)) return '及时';
  const periodic = PERIOD_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  return periodic && text.length <= 8 ? { periodic } : undefined;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function lastDay(month: number): string {
  return String([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31);
}

/** Writes a structured time limit back as YAML flow text, for messages: `{ workdays: 20, from: 形成或变更 }`. */
export function timeLimitToYaml(value: TimeLimitValue | PeriodValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([key, v]) => `${key}: ${v === '' ? '<政策文件事项编号>' : v}`);
  return `{ ${parts.join(', ')} }`;
}

const FROM_TEXT: Record<string, string> = {
  形成或变更: '信息形成或者变更之日起',
  制作或获取: '自制作或获取该信息之日起',
  收到: '收到信息之日起',
  作出决定: '作出决定之日起',
  批准: '批准之日起',
  批复: '批复之日起',
};

/** The wording a published table shows for a time limit: the original `text` if given, else a standard phrase. */
export function describeTimeLimit(value: TimeLimitValue): string {
  if (typeof value === 'string') return `${value}公开`;
  if (value.text) return value.text;
  if (value.syncWith !== undefined && value.workdays !== undefined) return `与关联文件同步公开，时间跨度不超过${value.workdays}个工作日`;
  if (value.periodic) return value.workdays !== undefined ? `${value.periodic}更新，周期结束后${value.workdays}个工作日内公开` : `${value.periodic}更新`;
  if (value.deadline) {
    const [month, day] = value.deadline.split('-').map(Number);
    return `每年${month}月${day}日前`;
  }
  const from = value.from ? FROM_TEXT[value.from] ?? `${value.from}之日起` : '信息形成或者变更之日起';
  if (value.workdays !== undefined) return `${from}${value.workdays}个工作日内`;
  if (value.days !== undefined) return `${from}${value.days}日内`;
  return '';
}
