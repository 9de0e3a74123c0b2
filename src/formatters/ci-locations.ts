import { cellRef, formatPath, type Diagnostic, type Location, type Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';

/** Lines and columns of a finding in a text file (1-based; endColumn is the column after the last character). */
export interface TextRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/** Logs read from CSV are text: a row is a line. A workbook has no lines, only cells. */
const TEXT_TABLE = /\.(csv|tsv|txt)$/i;

/** Where a CI tool should point in the file, or undefined when there is no line to point at. */
export function textRegion(location: Location): TextRegion | undefined {
  switch (location.kind) {
    case 'yaml': {
      const { start, end } = location;
      if (start.line < 1 || start.column < 1) return undefined;
      const endsAfter = end.line > start.line || (end.line === start.line && end.column >= start.column);
      return endsAfter ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column } : { startLine: start.line, startColumn: start.column };
    }
    case 'sheet':
      return TEXT_TABLE.test(location.file) && location.row >= 1 ? { startLine: location.row } : undefined;
    case 'file':
      return location.start && location.start.line >= 1 ? { startLine: location.start.line, ...(location.start.column >= 1 ? { startColumn: location.start.column } : {}) } : undefined;
  }
}

/** `事项!C17` for a finding in a sheet. */
export function sheetCell(location: Location): string | undefined {
  return location.kind === 'sheet' ? `${location.sheet}!${cellRef(location.row, location.column)}` : undefined;
}

/** `catalogues/a.yaml:12:5` or `log.xlsx › 事项!C17`: where a finding is, in one piece of plain text. */
export function placeText(location: Location): string {
  const cell = sheetCell(location);
  if (cell) return `${location.file} › ${cell}`;
  const region = textRegion(location);
  if (!region) return location.file;
  return region.startColumn === undefined ? `${location.file}:${region.startLine}` : `${location.file}:${region.startLine}:${region.startColumn}`;
}

/** The YAML path of a finding (`items[3].channels[0]`), when it has one. */
export function yamlPath(d: Diagnostic): string | undefined {
  return d.location.kind === 'yaml' && d.location.path.length > 0 ? formatPath(d.location.path) : undefined;
}

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** A relative POSIX path as a URI reference: each segment percent-encoded (Chinese names included). */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Findings grouped by file, in the report's (sorted) order. */
export function byFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = out.get(d.location.file);
    if (list) list.push(d);
    else out.set(d.location.file, [d]);
  }
  return out;
}
