import { compareDiagnostics, severityRank, type Diagnostic, type Severity } from './diagnostic.js';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** One row of the five disclosures × area summary: how many items of a publisher's area carry each category. */
export interface DisclosureRow {
  publisher: string;
  /** '' for items without an area. */
  area: string;
  counts: Record<string, number>;
}

/** What every formatter receives: sorted findings and their counts, computed once. */
export interface Report {
  /** Files checked, sorted, relative to the working directory, POSIX separators. */
  files: string[];
  diagnostics: Diagnostic[];
  counts: Counts;
  countsByFile: Record<string, Counts>;
  /** Source text of the files that have findings, for code frames. */
  sources: Record<string, string>;
  /** The five disclosures × area summary of the catalogues that passed the schema, when the run computed it. */
  disclosures?: DisclosureRow[];
  /** Findings a baseline absorbed (not in `diagnostics`). */
  baselined?: number;
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts = emptyCounts();
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** Builds the report: sorts, removes exact repeats, counts per file. */
export function createReport(files: readonly string[], diagnostics: readonly Diagnostic[], sources: Record<string, string> = {}): Report {
  const sorted = dedupe([...diagnostics].sort(compareDiagnostics));
  const countsByFile: Record<string, Counts> = {};
  for (const file of [...files].sort()) countsByFile[file] = emptyCounts();
  for (const d of sorted) (countsByFile[d.location.file] ??= emptyCounts())[d.severity]++;
  const withFindings = new Set(sorted.map((d) => d.location.file));
  const keptSources: Record<string, string> = {};
  for (const file of Object.keys(sources).sort()) if (withFindings.has(file)) keptSources[file] = sources[file]!;
  return { files: Object.keys(countsByFile), diagnostics: sorted, counts: countDiagnostics(sorted), countsByFile, sources: keptSources };
}

function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0 || sorted[i - 1]!.message !== d.message);
}

/** `--quiet`: only errors. */
export function onlyErrors(report: Report): Report {
  return withDiagnostics(report, report.diagnostics.filter((d) => d.severity === 'error'));
}

/** The same report with a subset of its findings (counts recomputed, summaries kept). */
export function withDiagnostics(report: Report, diagnostics: readonly Diagnostic[]): Report {
  const next = createReport(report.files, diagnostics, report.sources);
  return { ...next, ...(report.disclosures ? { disclosures: report.disclosures } : {}), ...(report.baselined ? { baselined: report.baselined } : {}) };
}

/** True when the report has a finding at or above `failLevel`. */
export function hasFailures(report: Report, failLevel: Severity): boolean {
  const threshold = severityRank(failLevel);
  return report.diagnostics.some((d) => severityRank(d.severity) >= threshold);
}
