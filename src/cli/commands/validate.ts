import type { Severity } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures, onlyErrors, type Report } from '../../core/report.js';
import { validate } from '../../engine/validate.js';
import type { ParserMode } from '../../parse/load.js';
import type { Profile } from '../../rules/types.js';
import { baselinePath, writeBaseline, withoutBaselined } from '../baseline-flags.js';
import type { CliIo } from '../io.js';
import { cliText } from '../messages.js';
import { emitReport, parseOutputs, type OutputFlags } from '../report-output.js';

interface ValidateFlags extends OutputFlags {
  lang?: Lang;
  config?: string;
  failLevel?: Severity;
  maxWarnings?: string;
  quiet?: boolean;
  parser: ParserMode;
  profile?: Profile;
  /** commander's --no-rules */
  rules?: boolean;
  baseline?: string;
  updateBaseline?: boolean | string;
}

/** `gkml validate`: returns 0 clean, 1 findings at or above the fail level; throws user errors (exit 2). */
export async function runValidate(io: CliIo, paths: string[], flags: ValidateFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  parseOutputs(flags, lang0);
  const maxWarnings = flags.maxWarnings === undefined ? undefined : parseCount('--max-warnings', flags.maxWarnings, lang0);
  const baseline = baselinePath(flags, lang0);
  const result = await validate({
    cwd: io.cwd,
    patterns: paths,
    parser: flags.parser,
    rules: flags.rules !== false,
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.failLevel ? { failLevel: flags.failLevel } : {}),
  });
  const { lang, failLevel } = result;
  if (flags.updateBaseline && baseline) {
    writeBaseline(io, baseline, result.report, lang);
    return EXIT.clean;
  }
  let report: Report = result.report;
  if (baseline) report = withoutBaselined(io, report, baseline, lang);
  if (flags.quiet) report = onlyErrors(report);
  emitReport(io, report, flags, lang, failLevel);
  if (hasFailures(report, failLevel)) return EXIT.findings;
  if (maxWarnings !== undefined && report.counts.warning > maxWarnings) {
    io.stderr.write(`${cliText.tooManyWarnings[lang](report.counts.warning, maxWarnings)}\n`);
    return EXIT.findings;
  }
  return EXIT.clean;
}

function parseCount(flag: string, value: string, lang: Lang): number {
  if (!/^\d+$/.test(value)) throw new UsageError(cliText.badNumber[lang](flag, value));
  return Number(value);
}
