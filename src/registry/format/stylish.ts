import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { stylish } from '../../formatters/stylish.js';
import { coverageTable, failUnderLine, sayer, titleLine, totalLine } from './summary.js';
import type { DiffFormatter } from './types.js';

/** Human output: the findings (each with its register row and catalogue item), then coverage per department and per type. */
export const diffStylish: DiffFormatter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const say = sayer(options.lang);
  const blocks = [c.bold(titleLine(result, say)), stylish(result.report, options).trimEnd()];
  blocks.push([c.bold(say('byDepartment')), ...table(coverageTable(result.diff.coverage.byDepartment, 'department', say))].join('\n'));
  blocks.push([c.bold(say('byType')), ...table(coverageTable(result.diff.coverage.byType, 'type', say))].join('\n'));
  const fail = failUnderLine(result, say);
  blocks.push(fail ? `${totalLine(result, say)}\n${c.red.bold(fail)}` : c.bold(totalLine(result, say)));
  return `${blocks.join('\n\n')}\n`;
};

/** Columns aligned by display width (Chinese characters are two columns); numbers to the right. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i]!))));
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - stringWidth(cell)) : ' '.repeat(widths[i]! - stringWidth(cell)) + cell)).join('  ')}`.trimEnd());
}
