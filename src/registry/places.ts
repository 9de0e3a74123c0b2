import { cellRef, type JsonPath, type Location } from '../core/diagnostic.js';
import type { Power, ReadFinding, RegisterField, RegisterFile, RowOrigin } from './types.js';

/** Where a diff finding points: a catalogue item (or a field of it) or a register row (a cell of it). */
export type Place = { kind: 'item'; file: string; path: JsonPath } | { kind: 'power'; origin: RowOrigin; field?: RegisterField };

/** A register row's location: the cell of `field` (the row's first known column if the sheet has no such column). */
export function powerLocation(origin: RowOrigin, field?: RegisterField): Location {
  if (origin.kind === 'sheet') {
    const column = (field && origin.columns[field]) ?? origin.columns.name ?? Math.min(...Object.values(origin.columns), 1);
    return { kind: 'sheet', file: origin.file, sheet: origin.sheet, row: origin.row, column };
  }
  const range = (field && origin.fields[field]) ?? { start: origin.start, end: origin.end };
  return { kind: 'yaml', file: origin.file, path: field && origin.fields[field] ? [...origin.path, field] : origin.path, start: range.start, end: range.end };
}

/** `示例县权责清单.xlsx › 民政局!C17`, or `清单.yaml:12:5`: how a place is named inside a message. */
export function describeLocation(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  if (location.kind === 'yaml') return `${location.file}:${location.start.line}:${location.start.column}`;
  return location.file;
}

/**
 * The same code given to two powers — a copy-paste slip, or two items merged in an adjustment — makes every
 * catalogue reference to it ambiguous. 子项 that share their 主项's code are not duplicates.
 */
export function duplicateCodes(files: readonly RegisterFile[], codeKey: (code: string) => string): ReadFinding[] {
  const first = new Map<string, Power>();
  const findings: ReadFinding[] = [];
  for (const power of files.flatMap((f) => f.powers)) {
    if (power.code === '') continue;
    const key = codeKey(power.code);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, power);
      continue;
    }
    if (earlier.mainItem !== undefined && earlier.mainItem === power.mainItem && earlier.name !== power.name) continue;
    const at = powerLocation(power.origin, 'code');
    const related = powerLocation(earlier.origin, 'code');
    const finding: ReadFinding = {
      ruleId: 'register-input',
      severity: 'warning',
      messageId: 'duplicateCode',
      data: { code: power.code, name: power.name, firstName: earlier.name, first: describeLocation(related) },
      file: at.file,
      related,
    };
    if (at.kind === 'sheet') finding.at = { sheet: at.sheet, row: at.row, column: at.column };
    if (at.kind === 'yaml') {
      finding.path = at.path;
      finding.range = { start: at.start, end: at.end };
    }
    findings.push(finding);
  }
  return findings;
}
