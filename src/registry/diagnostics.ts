import type { Diagnostic, JsonPath, Location, Position } from '../core/diagnostic.js';
import { toDiagnostic, type Finding } from '../core/finding.js';
import { mergeMessageTables, renderMessage, type Lang, type MessageTable } from '../core/messages.js';
import type { SourceDocument } from '../core/source.js';
import type { DiffFinding } from './diff.js';
import { diffMessages, registerInputMessages } from './messages.js';
import { powerLocation, type Place } from './places.js';
import type { ReadFinding } from './types.js';

/** Where a path of a catalogue file is; the engine answers from the file's text. */
export type PositionOf = (file: string, path: JsonPath) => { start: Position; end: Position } | undefined;

export const registerMessages: MessageTable = mergeMessageTables(registerInputMessages, diffMessages);

/**
 * Diff findings → Diagnostics: the primary place and the related ones, each a Location (the engine has
 * resolved the places to positions). Made in one piece: a run against a large register makes 100,000.
 */
export function diffDiagnostics(findings: readonly DiffFinding[], positionOf: PositionOf, lang: Lang): Diagnostic[] {
  return findings.map((f) => {
    const message = renderMessage(registerMessages, f.messageId, f.data, lang);
    const diagnostic: Diagnostic = { ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, data: f.data, message, location: placeLocation(f.at, positionOf) };
    if (f.related.length > 0) diagnostic.related = f.related.map((place) => placeLocation(place, positionOf));
    return diagnostic;
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

function placeLocation(place: Place, positionOf: PositionOf): Location {
  if (place.kind === 'power') return powerLocation(place.origin, place.field);
  const range = positionOf(place.file, place.path);
  return range ? { kind: 'yaml', file: place.file, path: place.path, ...range } : { kind: 'file', file: place.file };
}
