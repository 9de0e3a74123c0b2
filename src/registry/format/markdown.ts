import { cellRef, locationStart, type Diagnostic, type Location, type Severity } from '../../core/diagnostic.js';
import { coverageTable, failUnderLine, sayer, titleLine, totalLine } from './summary.js';
import type { DiffFormatter } from './types.js';

const SEVERITY = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

/** A Markdown report for an issue, a pull request or a work memo: coverage tables, then the findings. */
export const diffMarkdown: DiffFormatter = (result, { lang }) => {
  const say = sayer(lang);
  const out = [`# ${titleLine(result, say)}`, '', totalLine(result, say)];
  const fail = failUnderLine(result, say);
  if (fail) out.push('', `**${fail}**`);
  out.push('', `## ${say('byDepartment')}`, '', ...markdownTable(coverageTable(result.diff.coverage.byDepartment, 'department', say), true));
  out.push('', `## ${say('byType')}`, '', ...markdownTable(coverageTable(result.diff.coverage.byType, 'type', say), true));
  out.push('', `## ${say('findings')}`, '');
  const diagnostics = result.report.diagnostics;
  if (diagnostics.length === 0) out.push(say('noFindings'));
  else {
    const rows = diagnostics.map((d) => [code(where(d.location)), SEVERITY[lang][d.severity as Severity], d.message, related(d), code(`${d.ruleId}/${d.messageId}`)]);
    out.push(...markdownTable([[say('colLocation'), say('colSeverity'), say('colMessage'), say('colRelated'), say('colRule')], ...rows], false));
  }
  return `${out.join('\n')}\n`;
};

function markdownTable(rows: string[][], numeric: boolean): string[] {
  const [head, ...body] = rows;
  const align = head!.map((_, i) => (numeric && i > 0 ? '---:' : '---'));
  return [head!, align, ...body].map((r) => `| ${r.map(escape).join(' | ')} |`);
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
