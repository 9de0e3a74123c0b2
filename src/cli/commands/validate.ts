import { resolve } from 'node:path';
import type { Severity } from '../../core/diagnostic.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures, onlyErrors, type Report } from '../../core/report.js';
import { validate } from '../../engine/validate.js';
import { formatters } from '../../formatters/index.js';
import type { ParserMode } from '../../parse/load.js';
import { rules } from '../../rules/index.js';
import { useColor, type CliIo } from '../io.js';
import { cliText } from '../messages.js';
import { writeFileAtomic } from '../write-output.js';

interface ValidateFlags {
  lang?: Lang;
  format: string;
  output?: string[];
  config?: string;
  failLevel?: Severity;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  parser: ParserMode;
}

/** `gkml validate`: returns 0 clean, 1 findings at or above the fail level; throws user errors (exit 2). */
export async function runValidate(io: CliIo, paths: string[], flags: ValidateFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  const outputs = parseOutputs(flags, lang0);
  const maxWarnings = flags.maxWarnings === undefined ? undefined : parseCount('--max-warnings', flags.maxWarnings, lang0);
  const options = { cwd: io.cwd, patterns: paths, parser: flags.parser, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}), ...(flags.failLevel ? { failLevel: flags.failLevel } : {}) };
  const result = await validate(options);
  const report: Report = flags.quiet ? onlyErrors(result.report) : result.report;
  const lang = result.lang;
  const ci = { failLevel: result.failLevel, rules: rules.map(({ meta }) => ({ id: meta.id, description: meta.description })) };
  io.stdout.write(formatters[flags.format]!(report, { color: useColor(io, io.stdout, flags.color), lang, ...ci }));
  for (const { format, path } of outputs) {
    const target = resolve(io.cwd, path);
    try {
      writeFileAtomic(target, formatters[format]!(report, { color: false, lang, ...ci }));
    } catch (error) {
      throw new UsageError(cliText.cannotWrite[lang](path, (error as Error).message));
    }
  }
  if (hasFailures(report, result.failLevel)) return EXIT.findings;
  if (maxWarnings !== undefined && result.report.counts.warning > maxWarnings) {
    io.stderr.write(`${cliText.tooManyWarnings[lang](result.report.counts.warning, maxWarnings)}\n`);
    return EXIT.findings;
  }
  return EXIT.clean;
}

function parseOutputs(flags: ValidateFlags, lang: Lang): { format: string; path: string }[] {
  const names = Object.keys(formatters).join(', ');
  if (!formatters[flags.format]) throw new UsageError(cliText.unknownFormat[lang](flags.format, names));
  return (flags.output ?? []).map((spec) => {
    const at = spec.indexOf(':');
    if (at <= 0 || at === spec.length - 1) throw new UsageError(cliText.badOutput[lang](spec));
    const format = spec.slice(0, at);
    if (!formatters[format]) throw new UsageError(cliText.unknownFormat[lang](format, names));
    return { format, path: spec.slice(at + 1) };
  });
}

function parseCount(flag: string, value: string, lang: Lang): number {
  if (!/^\d+$/.test(value)) throw new UsageError(cliText.badNumber[lang](flag, value));
  return Number(value);
}
