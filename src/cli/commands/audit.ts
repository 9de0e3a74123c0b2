import { auditPublications } from '../../audit/audit.js';
import { auditFormatters, auditWorkbook } from '../../audit/format/index.js';
import { buildAuditResult, type AuditResult } from '../../audit/report.js';
import type { Severity } from '../../core/diagnostic.js';
import { EXIT } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures } from '../../core/report.js';
import { readPublicationLog } from '../../engine/publication-log.js';
import { validate } from '../../engine/validate.js';
import { resolveWorkspace } from '../../engine/workspace.js';
import { formatters } from '../../formatters/index.js';
import { useColor, type CliIo } from '../io.js';
import { parseOutputs, writeReportFile } from '../report-output.js';
import { calendarFor, parseDateFlag, say, today, type CalendarFlags } from './time-flags.js';

interface AuditFlags extends CalendarFlags {
  lang?: Lang;
  log: string;
  sheet?: string;
  asOf?: string;
  format: string;
  output?: string[];
  config?: string;
  failLevel?: Severity;
  color?: boolean;
}

/** `gkml audit`: 1 when a publication is late or missing or a row is malformed (at the fail level), else 0. */
export async function runAudit(io: CliIo, paths: string[], flags: AuditFlags): Promise<number> {
  const lang0 = flags.lang ?? 'zh';
  const outputs = parseOutputs(flags, lang0, { ...formatters, ...auditFormatters }, { xlsx: (lang) => say('xlsxNeedsFile', {}, lang) });
  const asOf = flags.asOf === undefined ? today() : parseDateFlag('--as-of', flags.asOf, lang0);
  const options = { cwd: io.cwd, patterns: paths, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}), ...(flags.failLevel ? { failLevel: flags.failLevel } : {}) };
  const workspace = await resolveWorkspace(options);
  const { lang, failLevel } = workspace;
  const { calendar, countFrom } = calendarFor(io, flags, workspace.config, lang);
  // An audit needs the catalogues that pass the schema; the policy rules are gkml validate's business.
  const validation = await validate({ ...options, rules: false });
  const log = await readPublicationLog(flags.log, { cwd: io.cwd, lang, ...(flags.sheet ? { sheet: flags.sheet } : {}) });
  const outcome = auditPublications({ log, catalogues: validation.catalogues, calendar, countFrom, asOf, lang });
  const result = buildAuditResult(outcome, { log, asOf, table: calendar.table, countFrom, lang, catalogueReport: validation.report });
  io.stdout.write(render(result, flags.format, useColor(io, io.stdout, flags.color), lang));
  for (const { format, path } of outputs) {
    const content = format === 'xlsx' ? await auditWorkbook(result, lang) : render(result, format, false, lang);
    writeReportFile(io, path, content, lang);
  }
  return hasFailures(result.report, failLevel) ? EXIT.findings : EXIT.clean;
}

/** The audit's own formats first; any other report formatter shows the findings alone (for CI). */
function render(result: AuditResult, format: string, color: boolean, lang: Lang): string {
  const own = auditFormatters[format];
  return own ? own(result, { color, lang }) : formatters[format]!(result.report, { color, lang });
}

