/** Severity of a finding. Strings, never numbers, in every output. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A path into a YAML/JSON document: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** 1-based line and column (column counts UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Where a finding is: a place in a YAML file, a cell of a workbook, or a whole file. */
export type Location =
  | { kind: 'yaml'; file: string; path: JsonPath; start: Position; end: Position }
  | { kind: 'sheet'; file: string; sheet: string; row: number; column: number }
  | { kind: 'file'; file: string; start?: Position };

export type MessageData = Record<string, string | number>;

/** The one finding type every stage produces: YAML syntax, schema, rules and the register diff. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  /** The message in the language of the run. */
  message: string;
  location: Location;
  related?: Location[];
}

export function severityRank(severity: Severity): number {
  return severity === 'error' ? 2 : severity === 'warning' ? 1 : 0;
}

export function locationFile(location: Location): string {
  return location.file;
}

/** Line and column where a location starts, or 0:0 for a whole file. */
export function locationStart(location: Location): Position {
  switch (location.kind) {
    case 'yaml':
      return location.start;
    case 'sheet':
      return { line: location.row, column: location.column };
    case 'file':
      return location.start ?? { line: 0, column: 0 };
  }
}

/** Sort order of every report: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location.file;
  const fb = b.location.file;
  if (fa !== fb) return fa < fb ? -1 : 1;
  // The sheets of a workbook one after another, not their rows interleaved.
  if (a.location.kind === 'sheet' && b.location.kind === 'sheet' && a.location.sheet !== b.location.sheet) return compareStrings(a.location.sheet, b.location.sheet);
  const pa = locationStart(a.location);
  const pb = locationStart(b.location);
  return (
    pa.line - pb.line ||
    pa.column - pb.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.messageId, b.messageId) ||
    compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `items[3].channels[0]` — how users read a path. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `清单.xlsx › 事项!C17` style reference for a sheet cell. */
export function cellRef(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
