import { resolve } from 'node:path';
import { applyBaseline, createBaseline } from '../core/baseline.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { withDiagnostics, type Report } from '../core/report.js';
import { readBaseline } from '../engine/baseline-file.js';
import type { CliIo } from './io.js';
import { cliText } from './messages.js';
import { writeReportFile } from './report-output.js';

export interface BaselineFlags {
  baseline?: string;
  updateBaseline?: boolean | string;
}

/** The baseline file `--baseline` or `--update-baseline [file]` names, checked before any work is done. */
export function baselinePath(flags: BaselineFlags, lang: Lang): string | undefined {
  const path = typeof flags.updateBaseline === 'string' ? flags.updateBaseline : flags.baseline;
  if (flags.updateBaseline === true && !path) throw new UsageError(cliText.baselineNeedsPath[lang]);
  return path;
}

/** `--update-baseline`: every current finding written as the baseline (atomically), and said so on stderr. */
export function writeBaseline(io: CliIo, path: string, report: Report, lang: Lang): void {
  writeReportFile(io, path, `${JSON.stringify(createBaseline(report.diagnostics), null, 2)}\n`, lang);
  io.stderr.write(`${cliText.baselineWritten[lang](path, report.diagnostics.length)}\n`);
}

/** `--baseline`: the report without the findings the baseline file records, and how many it absorbed. */
export function withoutBaselined(io: CliIo, report: Report, path: string, lang: Lang): Report {
  const { kept, absorbed } = applyBaseline(report.diagnostics, readBaseline(resolve(io.cwd, path), path, lang));
  return { ...withDiagnostics(report, kept), baselined: absorbed };
}
