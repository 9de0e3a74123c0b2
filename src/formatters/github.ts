import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import type { Counts, Report } from '../core/report.js';
import { sheetCell, textRegion } from './ci-locations.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding,
 * then a plain summary line for the log. GitHub shows only the first annotations of a step
 * (see docs/ci.md): the full list belongs in SARIF.
 */
export const github: Formatter = (report, { lang }) => {
  return `${[...report.diagnostics.map(annotation), summary(report, lang)].join('\n')}\n`;
};

function annotation(d: Diagnostic): string {
  const region = textRegion(d.location);
  const props: [string, string | number | undefined][] = [
    ['file', d.location.file],
    ['line', region?.startLine],
    ['col', region?.startColumn],
    ['endLine', region?.endLine],
    ['endColumn', region?.endColumn],
    ['title', d.ruleId],
  ];
  const cell = sheetCell(d.location);
  const message = cell ? `${cell}: ${d.message}` : d.message;
  const list = props.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${COMMAND[d.severity]} ${list.join(',')}::${escapeData(message)}`;
}

/** Control characters other than tab, CR and LF: dropped, they only garble the log and the annotation. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** What GitHub unescapes in a command's message: %, CR, LF. */
export function escapeData(text: string): string {
  return text.replace(CONTROL, '').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In a property value also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function summary(report: Report, lang: Lang): string {
  const { error, warning, info }: Counts = report.counts;
  const files = report.files.length;
  return lang === 'zh'
    ? `gkml：检查了 ${files} 个文件，${error} 个错误，${warning} 个警告，${info} 个提示。`
    : `gkml: checked ${files} file${files === 1 ? '' : 's'}: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info${info === 1 ? '' : 's'}.`;
}
