import { normaliseNumerals } from '../model/time-limit.js';
import type { Item } from '../model/catalogue.js';
import type { Rule, RuleContext } from './types.js';

/** 条例 Art. 26: proactive information is published within 20 working days, unless a law or regulation says otherwise. */
const STATUTORY_WORKDAYS = 20;
/** A document number (国发〔2012〕45号, 财预(2016)143号) or a State Council decree number (国务院令第711号). */
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]+[〔(（[【［﹝]\s*\d{4}\s*[〕)）\]】］﹞]\s*\d+\s*号|[\u4e00-\u9fff]*令第\s*\d+\s*号/g;
/** The 政府信息公开条例's own decree numbers (2019 and 2007). */
const REGULATION_NUMBER = /国务?院?令第\s*(?:711|492)\s*号$/;
/** Words that mark how long information stays public (公开时长), not when it is published. */
const RETENTION = /长期|任期内|最新有效|常年|永久/;
/** A posting period inside the wording: 公示7个工作日, 公告期限为5个工作日, 公示期不少于7天. */
const POSTING = /公[示告](?:期|期限)?(?:为|不少于)?\d+个?(?:工作日|日|天)/;

/** Time limits are lawful and mean what they say (条例 Art. 26; primer §1.5). */
export const timeLimit: Rule = {
  meta: {
    id: 'time-limit',
    severity: 'error',
    description: { zh: '公开时限合法、明确', en: 'Time limits are lawful and definite' },
    messageSeverity: { timelyUnbounded: 'warning', postingInText: 'warning', retentionInText: 'warning', textDisagrees: 'warning' },
    messages: {
      overStatutory: {
        zh: '公开时限 {workdays} 个工作日超过了《政府信息公开条例》第二十六条规定的 20 个工作日，而公开依据中没有规定更长期限的法律法规。只有法律、法规另有规定时才能更长：请在 basis 中引用规定该期限的法律法规，或把时限改为不超过 20 个工作日。',
        en: 'A time limit of {workdays} working days exceeds the 20 working days of Art. 26 of the 政府信息公开条例, and the basis cites no law that sets a longer period. Only a law or regulation can allow more: cite the law that sets this period in basis, or shorten the limit to 20 working days at most.',
      },
      timelyUnbounded: {
        zh: '“及时”没有明确期限，无法核查是否按时公开。请写明工作日数，如 {suggestion}。',
        en: '"及时" (timely) sets no bound, so nobody can check whether publication was on time. Give a number of working days, such as {suggestion}.',
      },
      postingInText: {
        zh: '公开时限原文“{text}”中的“{posting}”是公示期，不是公开时限。请把它写到 postingPeriod（如 postingPeriod: {suggestion}），timeLimit 只写何时公开。',
        en: 'In the time-limit wording "{text}", "{posting}" is a posting period, not the time limit. Put it in postingPeriod (e.g. postingPeriod: {suggestion}) and keep only when to publish in timeLimit.',
      },
      retentionInText: {
        zh: '公开时限原文“{text}”中的“{word}”是公开时长（信息保留公开多久），不是公开时限。请写到 retention: {word}，timeLimit 写明何时公开，如 { workdays: 20, from: 形成或变更 }。',
        en: 'In the time-limit wording "{text}", "{word}" says how long the information stays public (retention), not when it is published. Write retention: {word} and say in timeLimit when to publish, e.g. { workdays: 20, from: 形成或变更 }.',
      },
      textDisagrees: {
        zh: '公开时限原文“{text}”写的是 {written}，结构化时限却是 {structured}。请核对后让两者一致（注意“日”是自然日，“工作日”才用 workdays）。',
        en: 'The time-limit wording "{text}" says {written}, but the structured limit says {structured}. Make them agree (日 are calendar days, use days; 工作日 are working days, use workdays).',
      },
    },
  },
  check(ctx) {
    for (const item of ctx.catalogue.items) {
      const limit = item.timeLimit;
      const at = ['items', item.index, 'timeLimit'];
      if (limit === '及时') ctx.report({ path: at, messageId: 'timelyUnbounded', data: { suggestion: '{ workdays: 20, from: 形成或变更 }' } });
      if (typeof limit !== 'object') continue;
      if (limit.workdays !== undefined && limit.workdays > STATUTORY_WORKDAYS && !citesOtherLaw(item)) {
        ctx.report({ path: [...at, 'workdays'], messageId: 'overStatutory', data: { workdays: limit.workdays } });
      }
      if (limit.text !== undefined) checkText(ctx, [...at, 'text'], limit.text, limit);
    }
  },
};

/** A basis entry that names a law or document (by 《title》 or 文号) other than the 条例 itself. */
function citesOtherLaw(item: Item): boolean {
  return item.basis.some((entry) => {
    if ([...entry.matchAll(/《([^》]+)》/g)].some((m) => !m[1]!.includes('信息公开条例'))) return true;
    return [...entry.matchAll(DOCUMENT_NUMBER)].some((m) => !REGULATION_NUMBER.test(m[0]));
  });
}

function checkText(ctx: RuleContext, path: (string | number)[], text: string, limit: { workdays?: number; days?: number }): void {
  const plain = normaliseNumerals(text.replace(/\s+/g, ''));
  const posting = POSTING.exec(plain);
  if (posting) {
    const [, n, unit] = /(\d+)个?(工作日|日|天)/.exec(posting[0])!;
    ctx.report({ path, messageId: 'postingInText', data: { text, posting: posting[0], suggestion: `{ ${unit === '工作日' ? 'workdays' : 'days'}: ${n} }` } });
  }
  const retention = RETENTION.exec(plain);
  if (retention) ctx.report({ path, messageId: 'retentionInText', data: { text, word: retention[0] } });
  const disagreement = compareNumbers(posting ? plain.replace(posting[0], '') : plain, limit);
  if (disagreement) ctx.report({ path, messageId: 'textDisagrees', data: { text, ...disagreement } });
}

/** The working or calendar days the wording names, against the structured numbers. */
function compareNumbers(plain: string, limit: { workdays?: number; days?: number }): { written: string; structured: string } | undefined {
  const workdays = [...plain.matchAll(/(\d+)个?工作日/g)].map((m) => Number(m[1]));
  const days = [...plain.matchAll(/(?<![月\d])(\d+)(?:个自然日|日|天)内/g)].map((m) => Number(m[1]));
  const structured = limit.workdays !== undefined ? `workdays: ${limit.workdays}` : limit.days !== undefined ? `days: ${limit.days}` : undefined;
  if (!structured) return undefined;
  if (workdays.length > 0 && !(limit.workdays !== undefined && workdays.includes(limit.workdays))) return { written: `${workdays[0]}个工作日`, structured };
  if (workdays.length === 0 && days.length > 0 && !(limit.days !== undefined && days.includes(limit.days))) return { written: `${days[0]}日`, structured };
  return undefined;
}
