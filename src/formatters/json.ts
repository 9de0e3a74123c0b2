import { formatPath, locationStart, type Diagnostic } from '../core/diagnostic.js';
import type { Formatter } from './types.js';

/** Machine-readable output: stable keys, 1-based positions, sorted findings. */
export const json: Formatter = (report) => {
  const out = {
    files: report.files,
    counts: report.counts,
    countsByFile: report.countsByFile,
    diagnostics: report.diagnostics.map(toJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

function toJson(d: Diagnostic) {
  const start = locationStart(d.location);
  const base = {
    file: d.location.file,
    line: start.line,
    column: start.column,
    ...(d.location.kind === 'yaml' ? { endLine: d.location.end.line, endColumn: d.location.end.column, path: formatPath(d.location.path), pathSegments: d.location.path } : {}),
    ...(d.location.kind === 'sheet' ? { sheet: d.location.sheet } : {}),
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: d.message,
    data: d.data,
  };
  return base;
}
