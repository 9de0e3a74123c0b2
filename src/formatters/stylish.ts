import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { cellRef, formatPath, locationStart, type Diagnostic, type Location, type Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import type { Report } from '../core/report.js';
import type { Formatter } from './types.js';

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Human output: findings grouped by file, aligned for Chinese text, each with a code frame. */
export const stylish: Formatter = (report, { color, lang }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const blocks: string[] = [];
  for (const file of report.files) {
    const findings = report.diagnostics.filter((d) => d.location.file === file);
    if (findings.length === 0) continue;
    const lines = report.sources[file]?.split(/\r?\n/);
    const widths = { where: Math.max(...findings.map((x) => stringWidth(where(x)))), severity: Math.max(...findings.map((x) => stringWidth(SEVERITY_WORDS[lang][x.severity]))) };
    blocks.push([c.underline(file), ...findings.map((d) => formatFinding(d, lines, lang, c, widths))].join('\n'));
  }
  return `${[...blocks, summary(report, lang, c)].join('\n\n')}\n`;
};

function formatFinding(d: Diagnostic, lines: string[] | undefined, lang: Lang, c: ChalkInstance, widths: { where: number; severity: number }): string {
  const { where: width, severity: severityWidth } = widths;
  const severity = SEVERITY_WORDS[lang][d.severity];
  const paint = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
  const head = `  ${c.dim(pad(where(d), width))}  ${paint(pad(severity, severityWidth))}  ${d.message}  ${c.dim(`${d.ruleId}/${d.messageId}`)}`;
  const path = d.location.kind === 'yaml' && d.location.path.length > 0 ? `\n  ${' '.repeat(width + severityWidth + 4)}${c.dim(`@ ${formatPath(d.location.path)}`)}` : '';
  const related = (d.related ?? []).map((r) => `\n  ${' '.repeat(width + severityWidth + 4)}${c.dim(`↳ ${describe(r)}`)}`).join('');
  return head + path + related + codeFrame(d, lines, c);
}

/** Another place a finding refers to (a register row, the catalogue item): `清单.xlsx › 民政局!C17`, `a.yaml:12:5`. */
function describe(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  const start = locationStart(location);
  return start.line === 0 ? location.file : `${location.file}:${start.line}:${start.column}`;
}

function where(d: Diagnostic): string {
  if (d.location.kind === 'sheet') return `${d.location.sheet}!${cellRef(d.location.row, d.location.column)}`;
  const start = locationStart(d.location);
  return start.line === 0 ? '-' : `${start.line}:${start.column}`;
}

/** Two lines of context and a caret line under the finding, measured in display columns. */
function codeFrame(d: Diagnostic, lines: string[] | undefined, c: ChalkInstance): string {
  if (!lines || d.location.kind === 'sheet') return '';
  const start = locationStart(d.location);
  if (start.line < 1 || start.line > lines.length) return '';
  const first = Math.max(1, start.line - 1);
  const numberWidth = String(start.line).length;
  const out: string[] = [];
  for (let n = first; n <= start.line; n++) {
    const marker = n === start.line ? c.red('>') : ' ';
    out.push(`    ${marker} ${c.dim(`${String(n).padStart(numberWidth)} |`)} ${lines[n - 1]}`);
  }
  const text = lines[start.line - 1]!;
  const end = d.location.kind === 'yaml' && d.location.end.line === start.line ? d.location.end.column : text.length + 1;
  const before = stringWidth(text.slice(0, start.column - 1));
  const span = Math.max(1, stringWidth(text.slice(start.column - 1, Math.max(end, start.column + 1) - 1)));
  out.push(`      ${' '.repeat(numberWidth)} ${c.dim('|')} ${' '.repeat(before)}${c.red('^'.repeat(span))}`);
  return `\n${out.join('\n')}`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function summary(report: Report, lang: Lang, c: ChalkInstance): string {
  const { error, warning, info } = report.counts;
  const total = error + warning + info;
  const files = report.files.length;
  if (total === 0) {
    return c.green(lang === 'zh' ? `✔ 检查了 ${files} 个文件，没有发现问题。` : `✔ Checked ${plural(files, 'file')}: no problems.`);
  }
  const filesWith = Object.values(report.countsByFile).filter((x) => x.error + x.warning + x.info > 0).length;
  const text =
    lang === 'zh'
      ? `✖ 检查了 ${files} 个文件，其中 ${filesWith} 个有问题：共 ${total} 个（${error} 个错误，${warning} 个警告，${info} 个提示）。`
      : `✖ Checked ${plural(files, 'file')}, ${filesWith} with problems: ${total} in all (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info')}).`;
  return error > 0 ? c.red.bold(text) : c.yellow.bold(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
