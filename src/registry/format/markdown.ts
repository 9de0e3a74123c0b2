import { cellRef, locationStart, type Diagnostic, type Location, type Severity } from '../../core/diagnostic.js';
import { coverageTable, failUnderLine, sayer, titleLine, totalLine } from './summary.js';
import type { Lang } from '../../core/messages.js';
import type { DiffFormatter, DiffResult } from './types.js';

const SEVERITY = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

/** A Markdown report for an issue, a pull request or a work memo: coverage tables, then the findings. */
export const diffMarkdown: DiffFormatter = (result, options) => [...diffMarkdownPieces(result, options)].join('');

/** The same text a line at a time: `gkml build` writes a report of 100,000 findings without holding all of it. */
export function* diffMarkdownPieces(result: DiffResult, { lang }: { lang: Lang }): Generator<string> {
  const say = sayer(lang);
  const lines = (list: readonly string[]) => list.map((line) => `${line}\n`);
  yield* lines([`# ${titleLine(result, say)}`, '', totalLine(result, say)]);
  const fail = failUnderLine(result, say);
  if (fail) yield* lines(['', `**${fail}**`]);
  yield* lines(['', `## ${say('byDepartment')}`, '', ...markdownTable(coverageTable(result.diff.coverage.byDepartment, 'department', say), true)]);
  yield* lines(['', `## ${say('byType')}`, '', ...markdownTable(coverageTable(result.diff.coverage.byType, 'type', say), true)]);
  yield* lines(['', `## ${say('findings')}`, '']);
  const diagnostics = result.report.diagnostics;
  if (diagnostics.length === 0) return yield `${say('noFindings')}\n`;
  yield* lines(markdownTable([[say('colLocation'), say('colSeverity'), say('colMessage'), say('colRelated'), say('colRule')]], false));
  for (const d of diagnostics) yield `${tableRow([code(where(d.location)), SEVERITY[lang][d.severity as Severity], d.message, related(d), code(`${d.ruleId}/${d.messageId}`)])}\n`;
}

/** A table's lines: the head, the alignment row, then the body. */
function markdownTable(rows: string[][], numeric: boolean): string[] {
  const [head, ...body] = rows;
  const align = head!.map((_, i) => (numeric && i > 0 ? '---:' : '---'));
  return [tableRow(head!), `| ${align.join(' | ')} |`, ...body.map(tableRow)];
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escape).join(' | ')} |`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function code(text: string): string {
  return `\`${text}\``;
}

function where(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  const start = locationStart(location);
  return start.line === 0 ? location.file : `${location.file}:${start.line}:${start.column}`;
}

function related(d: Diagnostic): string {
  return (d.related ?? []).map((r) => code(where(r))).join('<br>');
}
