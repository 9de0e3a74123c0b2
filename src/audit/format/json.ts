import { json } from '../../formatters/json.js';
import type { AuditFormatter } from './types.js';

/** Machine-readable audit: entries, counts per publisher and item, and the findings in gkml's JSON shape. */
export const auditJson: AuditFormatter = (result, options) => {
  const findings = JSON.parse(json(result.report, options)) as { files: string[]; counts: unknown; diagnostics: unknown[] };
  const out = {
    asOf: result.asOf,
    log: result.log,
    calendar: result.calendar,
    totals: result.totals,
    byPublisher: result.byPublisher,
    byItem: result.byItem,
    entries: result.entries,
    files: findings.files,
    counts: findings.counts,
    diagnostics: findings.diagnostics,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
