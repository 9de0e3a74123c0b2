import type { Counts } from '../../core/report.js';
import type { Lang } from '../../core/messages.js';
import { formatBytes } from '../../parse/decode.js';

/** One group of outputs (the site, the workbooks, the reports) as the summary shows it. */
export interface OutputGroup {
  kind: 'site' | 'xlsx' | 'reports';
  dir: string;
  files: number;
  bytes: number;
  made: number;
  reused: number;
}

/** Everything the closing summary says; kept in the output's manifest so a no-change run can say it again. */
export interface BuildSummary {
  out: string;
  publishers: number;
  items: number;
  files: number;
  /** Catalogue files parsed and checked this run; the rest came from the cache. */
  checked: number;
  counts: Counts;
  coverage?: { powers: number; covered: number; percent: string };
  /** True when findings at the fail level kept the site and workbooks from being published. */
  held: boolean;
  groups: OutputGroup[];
  exitCode: number;
}

const say = {
  zh: {
    head: (s: BuildSummary) => `gkml build：${s.publishers} 个公开主体，${s.items} 个事项，${s.files} 个目录文件`,
    checked: (s: BuildSummary) => `  检查：重新检查 ${s.checked} 个文件，${s.files - s.checked} 个未改动（沿用缓存）`,
    counts: (c: Counts) => `  问题：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
    coverage: (c: NonNullable<BuildSummary['coverage']>) => `  权责清单：${c.powers} 项权力中 ${c.covered} 项有公开事项，覆盖率 ${c.percent}`,
    out: (out: string) => `  输出 ${out}：`,
    group: (g: OutputGroup) => `    ${NAMES.zh[g.kind]} ${g.dir}/：${g.files} 个文件，${formatBytes(g.bytes)}（新生成 ${g.made} 个，沿用 ${g.reused} 个）`,
    held: '  发现达到失败级别的问题：网站和工作簿没有更新（保留上次的输出），报告已写入 reports/。请先改正上面的问题。',
    unchanged: (out: string) => `没有变化：${out} 已是最新，没有重新生成任何文件。`,
    time: (seconds: string) => `  用时 ${seconds} 秒`,
  },
  en: {
    head: (s: BuildSummary) => `gkml build: ${s.publishers} publishers, ${s.items} items, ${s.files} catalogue files`,
    checked: (s: BuildSummary) => `  checked: ${s.checked} files again, ${s.files - s.checked} unchanged (from the cache)`,
    counts: (c: Counts) => `  findings: ${c.error} errors, ${c.warning} warnings, ${c.info} info`,
    coverage: (c: NonNullable<BuildSummary['coverage']>) => `  register: ${c.covered} of ${c.powers} powers have disclosure items, coverage ${c.percent}`,
    out: (out: string) => `  output ${out}:`,
    group: (g: OutputGroup) => `    ${NAMES.en[g.kind]} ${g.dir}/: ${g.files} files, ${formatBytes(g.bytes)} (${g.made} made, ${g.reused} reused)`,
    held: '  Findings at the fail level: the site and workbooks were not updated (the previous output is kept); the reports are in reports/. Fix the problems above first.',
    unchanged: (out: string) => `Nothing changed: ${out} is up to date; no file was made again.`,
    time: (seconds: string) => `  took ${seconds} s`,
  },
};

const NAMES = { zh: { site: '网站', xlsx: '工作簿', reports: '报告' }, en: { site: 'site', xlsx: 'workbooks', reports: 'reports' } };

/** The closing summary, a few lines. */
export function formatSummary(summary: BuildSummary, lang: Lang, seconds: number, unchanged = false): string {
  const t = say[lang];
  const lines = [t.head(summary)];
  if (unchanged) lines.unshift(t.unchanged(summary.out));
  else lines.push(t.checked(summary));
  lines.push(t.counts(summary.counts));
  if (summary.coverage) lines.push(t.coverage(summary.coverage));
  lines.push(t.out(summary.out));
  for (const group of summary.groups) lines.push(unchanged ? t.group({ ...group, made: 0, reused: group.files }) : t.group(group));
  if (summary.held) lines.push(t.held);
  lines.push(t.time(seconds.toFixed(1)));
  return `${lines.join('\n')}\n`;
}
