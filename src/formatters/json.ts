import { formatPath, locationStart, type Diagnostic, type Location } from '../core/diagnostic.js';
import type { Formatter } from './types.js';

/** Machine-readable output: stable keys, 1-based positions, sorted findings. */
export const json: Formatter = (report) => {
  const out = {
    files: report.files,
    counts: report.counts,
    countsByFile: report.countsByFile,
    diagnostics: report.diagnostics.map(toJson),
    ...(report.baselined ? { baselined: report.baselined } : {}),
    ...(report.disclosures ? { disclosures: report.disclosures } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

function toJson(d: Diagnostic) {
  return {
    ...place(d.location),
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: d.message,
    data: d.data,
    ...(d.related && d.related.length > 0 ? { related: d.related.map(place) } : {}),
  };
}

function place(location: Location) {
  const start = locationStart(location);
  return {
    file: location.file,
    line: start.line,
    column: start.column,
    ...(location.kind === 'yaml' ? { endLine: location.end.line, endColumn: location.end.column, path: formatPath(location.path), pathSegments: location.path } : {}),
    ...(location.kind === 'sheet' ? { sheet: location.sheet } : {}),
  };
}
