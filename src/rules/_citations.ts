/** What is wrong with one 公开依据 entry, and the entry as it should read. */
export interface CitationProblem {
  messageId: 'noTitle' | 'vague' | 'numberBrackets' | 'strayBracket' | 'unclosedBracket' | 'duplicateHao';
  data: Record<string, string>;
}

/** 机关代字 + a year in any brackets + number + 号: 辽政办发(2014)74号, 国发【2012】45号, 民发〔2018)23号. */
const NUMBER = /([\u4e00-\u9fff]{1,12}?)([〔(（[【［﹝{｛])\s*((?:19|20)\d{2})\s*([〕)）\]】］﹞}｝])\s*(\d+)\s*号/g;
/** Closing → opening bracket. Half- and full-width parentheses count as one kind: （…) is a style slip, not an imbalance. */
const PAIRS: Record<string, string> = { '》': '《', '〉': '〈', '〕': '〔', '）': '(', ')': '(', '】': '【', ']': '[', '］': '［', '﹞': '﹝' };
const OPENERS = new Set(['《', '〈', '〔', '（', '(', '【', '[', '［', '﹝']);
const CLOSER_OF: Record<string, string> = { '《': '》', '〈': '〉', '〔': '〕', '（': '）', '(': ')', '【': '】', '[': ']', '［': '］', '﹝': '﹞' };
const opening = (bracket: string) => (bracket === '（' ? '(' : bracket);

/** The problems of one basis entry (primer §9 rows 5 and 8); every fixable one names the corrected entry. */
export function citationProblems(entry: string): CitationProblem[] {
  const problems: CitationProblem[] = [];
  // A 《 without its 》 is reported as an unclosed bracket below, not as a missing title.
  if (!entry.includes('《')) {
    const identified = /[〔(（[【［﹝]\s*(?:19|20)\d{2}\s*[〕)）\]】］﹞]\s*\d+\s*号|令第\s*\d+\s*号/.test(entry);
    problems.push({ messageId: identified ? 'noTitle' : 'vague', data: { text: entry } });
  }
  const numbers: CitationProblem[] = [];
  const canonical = entry.replace(NUMBER, (number, agency: string, open: string, year: string, close: string, n: string) => {
    const correct = `${agency}〔${year}〕${n}号`;
    if (open !== '〔' || close !== '〕') numbers.push({ messageId: 'numberBrackets', data: { number, correct } });
    return open === '〔' && close === '〕' ? number : correct;
  });
  const { text: balanced, stray, unclosed } = balance(canonical);
  const fixed = balanced.replace(/号([)）〕\]】］]?)\s*号/g, '号$1');
  problems.push(...numbers);
  for (const bracket of stray) problems.push({ messageId: 'strayBracket', data: { bracket, fixed } });
  for (const bracket of unclosed) problems.push({ messageId: 'unclosedBracket', data: { bracket, closer: CLOSER_OF[bracket]! } });
  if (fixed !== balanced) problems.push({ messageId: 'duplicateHao', data: { fixed } });
  return problems;
}

/** Removes closing brackets that close nothing; lists them and the opening brackets left open. */
function balance(text: string): { text: string; stray: string[]; unclosed: string[] } {
  const open: string[] = [];
  const stray: string[] = [];
  const unclosed: string[] = [];
  let out = '';
  for (const char of text) {
    if (OPENERS.has(char)) open.push(char);
    else if (PAIRS[char] !== undefined) {
      const at = open.map(opening).lastIndexOf(PAIRS[char]!);
      if (at < 0) {
        stray.push(char);
        continue;
      }
      unclosed.push(...open.splice(at).slice(1));
    }
    out += char;
  }
  return { text: out, stray, unclosed: [...unclosed, ...open] };
}
