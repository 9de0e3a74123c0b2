import type { Severity } from '../../core/diagnostic.js';
import { EXIT } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures } from '../../core/report.js';
import { runRegisterAdjust } from '../../engine/register-adjust.js';
import { formatters } from '../../formatters/index.js';
import { adjustFormatters, type AdjustResult } from '../../registry/adjust-format.js';
import { useColor, type CliIo } from '../io.js';
import { formatOptions, parseOutputs, writeReportFile } from '../report-output.js';

interface DiffRegisterFlags {
  lang?: Lang;
  format: string;
  output?: string[];
  config?: string;
  failLevel?: Severity;
  color?: boolean;
}

/** `gkml diff-register old new [catalogues…]`: 1 when a change reaches the fail level, else 0; bad input throws (exit 2). */
export async function runDiffRegister(io: CliIo, before: string, after: string, catalogues: string[], flags: DiffRegisterFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  const outputs = parseOutputs(flags, lang0, { ...formatters, ...adjustFormatters });
  const run = await runRegisterAdjust({
    cwd: io.cwd,
    before,
    after,
    patterns: catalogues,
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.failLevel ? { failLevel: flags.failLevel } : {}),
  });
  const { lang, failLevel } = run;
  const result: AdjustResult = { adjustment: run.adjustment, report: run.report, catalogues: run.catalogues };
  io.stdout.write(render(result, flags.format, useColor(io, io.stdout, flags.color), lang, failLevel));
  for (const { format, path } of outputs) writeReportFile(io, path, render(result, format, false, lang, failLevel), lang);
  return hasFailures(run.report, failLevel) ? EXIT.findings : EXIT.clean;
}

/** The adjustment's own formats first; any other report format (github, sarif, junit) shows the findings alone. */
function render(result: AdjustResult, format: string, color: boolean, lang: Lang, failLevel: Severity): string {
  const options = formatOptions(lang, color, failLevel);
  const own = adjustFormatters[format];
  return own ? own(result, options) : formatters[format]!(result.report, options);
}

