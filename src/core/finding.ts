import type { Diagnostic, JsonPath, Location, MessageData, Position, Severity } from './diagnostic.js';
import { renderMessage, type Lang, type MessageTable } from './messages.js';
import type { SourceDocument } from './source.js';

/**
 * What a stage reports before positions are known: a path (or an explicit position) and a message id.
 * `toDiagnostic` turns it into the one Diagnostic type, resolving the path in exactly one place.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  path?: JsonPath;
  /** Point at the mapping key (unknown or misspelt keys) rather than its value. */
  on?: 'key' | 'value';
  start?: Position;
  end?: Position;
  /** Fill `data[literal]` with the source text at the location, as written (010 stays 010, not 10). */
  literal?: string;
}

export function toDiagnostic(finding: Finding, file: string, source: SourceDocument | undefined, messages: MessageTable, lang: Lang): Diagnostic {
  const location = locationOf(finding, file, source);
  const data = finding.literal && source && location.kind === 'yaml' ? { ...finding.data, [finding.literal]: source.slice(location.start, location.end) } : finding.data;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    data,
    message: renderMessage(messages, finding.messageId, data, lang),
    location,
  };
}

function locationOf(finding: Finding, file: string, source: SourceDocument | undefined): Location {
  const path = finding.path ?? [];
  if (finding.start) {
    const end = finding.end ?? { line: finding.start.line, column: finding.start.column + 1 };
    return { kind: 'yaml', file, path, start: finding.start, end };
  }
  if (finding.path && source) {
    const range = source.locate(finding.path, finding.on);
    return { kind: 'yaml', file, path, start: range.start, end: range.end };
  }
  return { kind: 'file', file };
}
