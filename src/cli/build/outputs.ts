import { createHash } from 'node:crypto';
import type { Severity } from '../../core/diagnostic.js';
import type { Lang } from '../../core/messages.js';
import type { Report } from '../../core/report.js';
import type { BuildManifest } from '../../engine/build.js';
import type { DiffRun } from '../../engine/register-diff.js';
import { formatters } from '../../formatters/index.js';
import { jsonPieces } from '../../formatters/json.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import { planWorkbooks, renderWorkbook, type ChannelStyle, type SplitMode } from '../../render/excel/index.js';
import { planSite, type TemplateSet } from '../../render/html/render.js';
import { diffMarkdownPieces, diffWorkbook, type DiffResult } from '../../registry/format/index.js';
import { formatOptions } from '../report-output.js';
import type { TreeFile } from '../write-tree.js';

/** One file of the output folder: where it goes, what it is made from, and how to make it. */
export interface PlannedFile {
  path: string;
  /** Equal fingerprints mean equal bytes: the previous build's file is reused. */
  fingerprint: string;
  render(): TreeFile['content'] | Promise<Uint8Array>;
}

export const SITE_DIR = 'site';
export const XLSX_DIR = 'xlsx';
export const REPORTS_DIR = 'reports';

/** File names of the report formats in `<out>/reports/`. */
const REPORT_FILES: Record<string, string> = { json: 'gkml.json', junit: 'gkml.junit.xml', sarif: 'gkml.sarif', github: 'gkml.github.txt', stylish: 'gkml.txt' };

export interface OutputInputs {
  catalogues: readonly Catalogue[];
  report: Report;
  diff?: DiffRun;
  failUnder?: number;
  lang: Lang;
  failLevel: Severity;
  vocab: Vocabulary;
  templates: TemplateSet;
  generatedAt: string;
  title?: string;
  channels: ChannelStyle;
  split: SplitMode;
  outputs: readonly ('site' | 'xlsx')[];
  reports: readonly string[];
  /** Content hash of each catalogue's file (vocabularies, config and gkml's version folded in), by file name. */
  fileHashes: ReadonlyMap<string, string>;
}

/** The site's files, each with its page's fingerprint (render/html's plan). */
export function siteFiles(input: OutputInputs): PlannedFile[] {
  const pages = planSite(input.catalogues, input.templates, {
    vocab: input.vocab,
    generatedAt: input.generatedAt,
    channelStyle: input.channels,
    ...(input.title ? { title: input.title } : {}),
    // The file's content hash (vocabularies and gkml's version folded in): no catalogue is hashed again.
    catalogueKey: (catalogue) => input.fileHashes.get(catalogue.file),
  });
  return pages.map((page) => ({ path: `${SITE_DIR}/${page.path}`, fingerprint: page.fingerprint, render: () => page.render() }));
}

/**
 * One workbook per plan. A plan is made from its catalogues alone, so its fingerprint is a hash of their files'
 * content hashes (which fold in the vocabularies and gkml's version), the sheets and the options: an
 * unchanged publisher's workbook is reused without serialising its rows.
 */
export function workbookFiles(input: OutputInputs): PlannedFile[] {
  const options = { vocab: input.vocab, split: input.split, channels: input.channels };
  return planWorkbooks(input.catalogues, options).map((plan) => ({
    path: `${XLSX_DIR}/${plan.fileName}`,
    fingerprint: hash(
      JSON.stringify({
        split: input.split,
        channels: input.channels,
        date: plan.date ?? null,
        sheets: plan.sheets.map((sheet) => [sheet.name, sheet.rows.length]),
        catalogues: plan.catalogues.map((c) => input.fileHashes.get(c.file) ?? hash(JSON.stringify(c))),
      }),
    ),
    render: () => renderWorkbook(plan, options),
  }));
}

/** The reports of the run, written on every build (they say what this run found). */
export function reportFiles(input: OutputInputs): PlannedFile[] {
  const options = formatOptions(input.lang, false, input.failLevel);
  const files: PlannedFile[] = input.reports.filter((format) => format !== 'xlsx').map((format) => ({
    path: `${REPORTS_DIR}/${REPORT_FILES[format] ?? `gkml.${format}`}`,
    fingerprint: '',
    // The JSON report is written a finding at a time: at 100,000 findings its text would be the largest thing in memory.
    render: () => (format === 'json' ? jsonPieces(input.report) : formatters[format]!(input.report, options)),
  }));
  if (input.diff) {
    const result: DiffResult = { diff: input.diff.diff, report: input.report, ...(input.failUnder !== undefined ? { failUnder: input.failUnder } : {}) };
    files.push({ path: `${REPORTS_DIR}/register-diff.md`, fingerprint: '', render: () => diffMarkdownPieces(result, options) });
    // The workbook a department works through, on request: with 100,000 powers it costs more than the rest of the build.
    if (input.reports.includes('xlsx')) files.push({ path: `${REPORTS_DIR}/register-diff.xlsx`, fingerprint: '', render: () => diffWorkbook(result, input.lang, input.generatedAt) });
  }
  return files;
}

/** What to do with each planned file: reuse the previous build's (same fingerprint, file still there) or make it. */
export function decide(planned: readonly PlannedFile[], previous: BuildManifest | undefined, exists: (path: string) => boolean): { file: PlannedFile; reuse: boolean }[] {
  return planned.map((file) => ({ file, reuse: file.fingerprint !== '' && previous?.files[file.path] === file.fingerprint && exists(file.path) }));
}

/** The previous build's published files (site and workbooks), kept as they are when this build may not publish. */
export function keepPrevious(previous: BuildManifest | undefined, exists: (path: string) => boolean): PlannedFile[] {
  if (!previous) return [];
  return Object.entries(previous.files)
    .filter(([path]) => !path.startsWith(`${REPORTS_DIR}/`) && exists(path))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, fingerprint]) => ({ path, fingerprint, render: () => ({ reuse: path }) }));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
