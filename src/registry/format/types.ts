import type { Report } from '../../core/report.js';
import type { FormatOptions } from '../../formatters/types.js';
import type { RegisterDiff } from '../diff.js';

/** What every diff output shows: the diff, its findings as a report (suppressions and baseline applied), the threshold. */
export interface DiffResult {
  diff: RegisterDiff;
  report: Report;
  /** `--fail-under`, when given. */
  failUnder?: number;
}

/** Turns a diff result into text; never writes anything itself. */
export type DiffFormatter = (result: DiffResult, options: FormatOptions) => string;
