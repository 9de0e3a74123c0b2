import type { Diagnostic, JsonPath, Location, Position } from '../core/diagnostic.js';
import { toDiagnostic, type Finding } from '../core/finding.js';
import { mergeMessageTables, type Lang, type MessageTable } from '../core/messages.js';
import type { SourceDocument } from '../core/source.js';
import type { DiffFinding } from './diff.js';
import { diffMessages, registerInputMessages } from './messages.js';
import { powerLocation, type Place } from './places.js';
import type { ReadFinding } from './types.js';

/** Where a path of a catalogue file is; the engine answers from the file's text. */
export type PositionOf = (file: string, path: JsonPath) => { start: Position; end: Position } | undefined;

export const registerMessages: MessageTable = mergeMessageTables(registerInputMessages, diffMessages);

/** Diff findings → Diagnostics: the primary place and the related ones, each a Location. */
export function diffDiagnostics(findings: readonly DiffFinding[], positionOf: PositionOf, lang: Lang): Diagnostic[] {
  return findings.map((f) => {
    const base: Finding = { ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, data: f.data };
    const diagnostic = placed(base, f.at, positionOf, lang);
    const related = f.related.map((place) => placeLocation(place, positionOf));
    return related.length > 0 ? { ...diagnostic, related } : diagnostic;
  });
}

/** Problems reading a register → Diagnostics: at a cell, at a path of a YAML register (`source` resolves it), or the file. */
export function readDiagnostics(findings: readonly ReadFinding[], source: (file: string) => SourceDocument | undefined, lang: Lang): Diagnostic[] {
  return findings.map((f) => {
    const base: Finding = { ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, data: f.data, ...(f.path ? { path: f.path } : {}), ...(f.range ?? {}) };
    const diagnostic = toDiagnostic(base, f.file, f.path && !f.range ? source(f.file) : undefined, registerMessages, lang);
    const located: Diagnostic = f.at ? { ...diagnostic, location: { kind: 'sheet', file: f.file, ...f.at } } : diagnostic;
    return f.related ? { ...located, related: [f.related] } : located;
  });
}

function placed(finding: Finding, place: Place, positionOf: PositionOf, lang: Lang): Diagnostic {
  if (place.kind === 'power') {
    return { ...toDiagnostic(finding, place.origin.file, undefined, registerMessages, lang), location: powerLocation(place.origin, place.field) };
  }
  const range = positionOf(place.file, place.path);
  return toDiagnostic(range ? { ...finding, path: place.path, start: range.start, end: range.end } : finding, place.file, undefined, registerMessages, lang);
}

function placeLocation(place: Place, positionOf: PositionOf): Location {
  if (place.kind === 'power') return powerLocation(place.origin, place.field);
  const range = positionOf(place.file, place.path);
  return range ? { kind: 'yaml', file: place.file, path: place.path, ...range } : { kind: 'file', file: place.file };
}
