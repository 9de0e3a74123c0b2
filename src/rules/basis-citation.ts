import { citationProblems } from './_citations.js';
import type { Rule } from './types.js';

/**
 * A 公开依据 must let a reader find the document: its title in 《》 and its 文号 in the standard form
 * 机关代字〔年份〕序号号 (GB/T 9704). Real catalogues say "相关政策文件", mix brackets and double the 号 (primer §9 rows 5, 8).
 */
export const basisCitation: Rule = {
  meta: {
    id: 'basis-citation',
    severity: 'error',
    draft: 'warning',
    description: { zh: '公开依据写明文件名称，文号格式规范', en: 'Each basis names its document, with a well-formed document number' },
    messageSeverity: { numberBrackets: 'warning', strayBracket: 'warning', unclosedBracket: 'warning', duplicateHao: 'warning' },
    messages: {
      vague: {
        zh: '公开依据“{text}”过于笼统，看不出依据的是哪份文件。请写出法律法规或政策文件的全称并加书名号，如《社会救助暂行办法》（国务院令第709号）。',
        en: 'The basis "{text}" is too vague to tell which document it means. Give the full title of the law or document in 《》, e.g. 《社会救助暂行办法》（国务院令第709号）.',
      },
      noTitle: {
        zh: '公开依据“{text}”只有文号，没有用书名号《》写出文件名称。请写成“《文件全称》（文号）”，如《国务院关于进一步加强和改进最低生活保障工作的意见》（国发〔2012〕45号）。',
        en: 'The basis "{text}" has a document number but no title in 《》. Write it as 《full title》（number）, e.g. 《国务院关于进一步加强和改进最低生活保障工作的意见》（国发〔2012〕45号）.',
      },
      numberBrackets: {
        zh: '文号“{number}”的年份应该用六角括号〔〕括起来。请改为“{correct}”。',
        en: 'The year in document number "{number}" belongs in the hexagonal brackets 〔〕. Write "{correct}".',
      },
      strayBracket: {
        zh: '公开依据中多了一个“{bracket}”，没有与之配对的括号。请改为“{fixed}”。',
        en: 'The basis has a "{bracket}" that closes nothing. Write "{fixed}".',
      },
      unclosedBracket: {
        zh: '公开依据中的“{bracket}”没有对应的“{closer}”。请补上“{closer}”，或删去多余的“{bracket}”。',
        en: 'The basis opens "{bracket}" without a matching "{closer}". Add the "{closer}" or remove the "{bracket}".',
      },
      duplicateHao: {
        zh: '公开依据中的“号”重复了。请改为“{fixed}”。',
        en: 'The basis repeats "号" after the document number. Write "{fixed}".',
      },
    },
  },
  check(ctx) {
    for (const item of ctx.catalogue.items) {
      item.basis.forEach((entry, k) => {
        let problems = judged.get(entry);
        if (!problems) remember(entry, (problems = citationProblems(entry)));
        for (const { messageId, data } of problems) ctx.report({ path: ['items', item.index, 'basis', k], messageId, data });
      });
    }
  },
};

/** The same citation recurs on many items and in many files (the 条例 on most): each text is judged once per run. */
const judged = new Map<string, ReturnType<typeof citationProblems>>();
const MAX_JUDGED = 50_000;

function remember(entry: string, problems: ReturnType<typeof citationProblems>): void {
  if (judged.size >= MAX_JUDGED) judged.clear();
  judged.set(entry, problems);
}
