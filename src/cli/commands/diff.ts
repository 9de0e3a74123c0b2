import type { Severity } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures, type Report } from '../../core/report.js';
import { runRegisterDiff } from '../../engine/register-diff.js';
import { formatters } from '../../formatters/index.js';
import { diffFormatters, diffPieces, diffWorkbook, type DiffResult } from '../../registry/format/index.js';
import { failUnderLine, sayer } from '../../registry/format/summary.js';
import { baselinePath, writeBaseline, withoutBaselined } from '../baseline-flags.js';
import { useColor, writeText, type CliIo } from '../io.js';
import { formatOptions, parseOutputs, reportText, writeReportFile } from '../report-output.js';
import { today } from './time-flags.js';

interface DiffFlags {
  lang?: Lang;
  register?: string[];
  format: string;
  output?: string[];
  failUnder?: string;
  config?: string;
  failLevel?: Severity;
  baseline?: string;
  updateBaseline?: boolean | string;
  color?: boolean;
}

/**
 * `gkml diff`: 1 when a finding reaches the fail level or the coverage is below --fail-under, else 0;
 * usage and config errors throw (exit 2).
 */
export async function runDiff(io: CliIo, paths: string[], flags: DiffFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  const outputs = parseOutputs(flags, lang0, { ...formatters, ...diffFormatters }, { xlsx: xlsxNeedsFile });
  const flagFailUnder = flags.failUnder === undefined ? undefined : parsePercent(flags.failUnder, lang0);
  const baseline = baselinePath(flags, lang0);
  const run = await runRegisterDiff({
    cwd: io.cwd,
    patterns: paths,
    ...(flags.register ? { registers: flags.register } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.failLevel ? { failLevel: flags.failLevel } : {}),
  });
  const { lang, failLevel } = run;
  if (flags.updateBaseline && baseline) {
    writeBaseline(io, baseline, run.report, lang);
    return EXIT.clean;
  }
  let report: Report = run.report;
  if (baseline) report = withoutBaselined(io, report, baseline, lang);
  const failUnder = flagFailUnder ?? run.config.register?.failUnder;
  const result: DiffResult = { diff: run.diff, report, ...(failUnder !== undefined ? { failUnder } : {}) };
  writeText(io.stdout, render(result, flags.format, useColor(io, io.stdout, flags.color), lang, failLevel));
  for (const { format, path } of outputs) {
    const content = format === 'xlsx' ? await diffWorkbook(result, lang, today()) : render(result, format, false, lang, failLevel);
    writeReportFile(io, path, content, lang);
  }
  const below = failUnderLine(result, sayer(lang));
  if (below && flags.format !== 'stylish') io.stderr.write(`${below}\n`);
  return hasFailures(report, failLevel) || below ? EXIT.findings : EXIT.clean;
}

/**
 * The diff's own formats first; any other report format (github, sarif, junit …) shows the findings alone, for CI.
 * Large formats come in pieces, written in batches.
 */
function render(result: DiffResult, format: string, color: boolean, lang: Lang, failLevel: Severity): string | Iterable<string> {
  const options = formatOptions(lang, color, failLevel);
  const own = diffFormatters[format];
  if (own) return diffPieces[format]?.(result) ?? own(result, options);
  return reportText(result.report, format, options);
}

function xlsxNeedsFile(lang: Lang): string {
  return lang === 'zh' ? 'xlsx 报告是二进制文件，只能写入文件：-o xlsx:reports/diff.xlsx。' : 'The xlsx report is binary and goes to a file: -o xlsx:reports/diff.xlsx.';
}

function parsePercent(value: string, lang: Lang): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new UsageError(lang === 'zh' ? `--fail-under 需要 0 到 100 之间的百分数（这里是“${value}”）。` : `--fail-under takes a percentage from 0 to 100 (got "${value}").`);
  }
  return n;
}
