import type { Counts, Report } from '../../core/report.js';
import { withDiagnostics } from '../../core/report.js';
import type { Lang } from '../../core/messages.js';
import { formatters } from '../../formatters/index.js';
import { DIFF_RULE_IDS } from '../../registry/rule-ids.js';

/**
 * What a build shows of its findings: the catalogues' in full, as `gkml validate` shows them; the register
 * diff's (often hundreds of uncovered powers) as a count per rule, each finding being in the reports. A
 * register finding at error level is shown in full.
 */
export interface BuildFindings {
  shown: Report;
  counted: Record<string, Counts>;
}

export function splitFindings(report: Report): BuildFindings {
  const counted: Record<string, Counts> = {};
  const shown = report.diagnostics.filter((d) => {
    if (!DIFF_RULE_IDS.has(d.ruleId) || d.severity === 'error') return true;
    const counts = (counted[d.ruleId] ??= { error: 0, warning: 0, info: 0 });
    counts[d.severity]++;
    return false;
  });
  const files = new Set(shown.map((d) => d.location.file));
  const sources = Object.fromEntries(Object.entries(report.sources).filter(([file]) => files.has(file)));
  return { shown: { ...withDiagnostics(report, shown), sources }, counted };
}

export function formatFindings(findings: BuildFindings, options: { color: boolean; lang: Lang; reportPath: string }): string {
  let text = findings.shown.diagnostics.length > 0 ? formatters.stylish!(findings.shown, { color: options.color, lang: options.lang }) : '';
  const rules = Object.keys(findings.counted).sort();
  if (rules.length === 0) return text;
  const zh = options.lang === 'zh';
  const width = Math.max(...rules.map((id) => id.length));
  const lines = rules.map((id) => {
    const c = findings.counted[id]!;
    const parts = zh ? [c.warning ? `${c.warning} 个警告` : '', c.info ? `${c.info} 个提示` : ''] : [c.warning ? `${c.warning} warnings` : '', c.info ? `${c.info} info` : ''];
    return `  ${id.padEnd(width)}  ${parts.filter(Boolean).join(zh ? '，' : ', ')}`;
  });
  text += `\n${zh ? `权责清单比对（逐条见 ${options.reportPath}）：` : `Register diff (each finding in ${options.reportPath}):`}\n${lines.join('\n')}\n\n`;
  return text;
}
