import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Diagnostic } from '../../core/diagnostic.js';
import { renderMessage, type Lang, type MessageTable } from '../../core/messages.js';
import { stylish } from '../../formatters/stylish.js';
import { coverageTable, failUnderLine, sayer, titleLine, totalLine } from './summary.js';
import type { DiffFormatter } from './types.js';

/**
 * How many findings of one rule the terminal shows. A list of 100,000 powers against a young catalogue
 * has tens of thousands of gaps: nobody reads them on a screen, and printing them took seconds. The
 * counts stay exact; json, sarif, markdown and the xlsx work list keep every finding.
 */
export const SHOWN_PER_RULE = 20;

const text: MessageTable = {
  omitted: {
    zh: '另有 {count} 条 {rule} 未列出（每条规则只列前 {shown} 条）。',
    en: '{count} more {rule} finding(s) not listed (the first {shown} of each rule are).',
  },
  omittedHint: {
    zh: '全部问题请用 -f json、-f sarif 或 -o xlsx:reports/diff.xlsx（逐项核对表）查看。',
    en: 'For every finding use -f json, -f sarif or -o xlsx:reports/diff.xlsx (the work list).',
  },
};

/** Human output: the findings (each with its register row and catalogue item), then coverage per department and per type. */
export const diffStylish: DiffFormatter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const say = sayer(options.lang);
  const { shown, omitted } = firstOfEachRule(result.report.diagnostics, SHOWN_PER_RULE);
  // The counts (and so the summary line) stay those of the whole report.
  const report = omitted.size === 0 ? result.report : { ...result.report, diagnostics: shown };
  const blocks = [c.bold(titleLine(result, say)), stylish(report, options).trimEnd()];
  if (omitted.size > 0) blocks.push(omittedLines(omitted, options.lang).join('\n'));
  blocks.push([c.bold(say('byDepartment')), ...table(coverageTable(result.diff.coverage.byDepartment, 'department', say))].join('\n'));
  blocks.push([c.bold(say('byType')), ...table(coverageTable(result.diff.coverage.byType, 'type', say))].join('\n'));
  const fail = failUnderLine(result, say);
  blocks.push(fail ? `${totalLine(result, say)}\n${c.red.bold(fail)}` : c.bold(totalLine(result, say)));
  return `${blocks.join('\n\n')}\n`;
};

/** The first `limit` findings of each rule, in the report's order, and how many of each rule are left out. */
export function firstOfEachRule(diagnostics: readonly Diagnostic[], limit: number): { shown: Diagnostic[]; omitted: Map<string, number> } {
  const seen = new Map<string, number>();
  const omitted = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const d of diagnostics) {
    const count = (seen.get(d.ruleId) ?? 0) + 1;
    seen.set(d.ruleId, count);
    if (count <= limit) shown.push(d);
    else omitted.set(d.ruleId, (omitted.get(d.ruleId) ?? 0) + 1);
  }
  return { shown, omitted };
}

function omittedLines(omitted: ReadonlyMap<string, number>, lang: Lang): string[] {
  const rules = [...omitted.keys()].sort();
  const lines = rules.map((rule) => renderMessage(text, 'omitted', { count: omitted.get(rule)!, rule, shown: SHOWN_PER_RULE }, lang));
  return [...lines, renderMessage(text, 'omittedHint', {}, lang)];
}

/** Columns aligned by display width (Chinese characters are two columns); numbers to the right. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i]!))));
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - stringWidth(cell)) : ' '.repeat(widths[i]! - stringWidth(cell)) + cell)).join('  ')}`.trimEnd());
}
