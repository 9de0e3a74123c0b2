import type { Diagnostic, Location, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import type { Report } from '../core/report.js';
import { fileUri, sheetCell, textRegion, yamlPath } from './ci-locations.js';
import { arrayPieces, indent } from './json.js';
import type { FormatOptions, Formatter, RuleDescription } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const RUN_LANGUAGE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const DOCS_LABEL: Record<Lang, string> = { zh: '说明文档', en: 'Documentation' };

/**
 * SARIF 2.1.0 (code scanning): one run; the driver lists every rule id that occurs, with its
 * description and docs page; results carry 1-based regions (columns in UTF-16 code units).
 */
export const sarif: Formatter = (report, options) => [...sarifPieces(report, options)].join('');

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The same text in pieces, a result at a time: JSON.stringify(log, null, 2) of the whole, without making 100,000
 * result objects and one string of them all first.
 */
export function* sarifPieces(report: Report, options: FormatOptions): Generator<string> {
  const ruleIds = [...new Set(report.diagnostics.map((d) => d.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const artifactIndex = new Map(report.files.map((file, i) => [file, i]));
  const head = {
    tool: { driver: driver(ruleIds, options) },
    language: RUN_LANGUAGE[options.lang],
    columnKind: 'utf16CodeUnits',
    artifacts: report.files.map((file) => ({ location: { uri: fileUri(file) }, roles: ['analysisTarget'] })),
  };
  yield `{\n  "$schema": ${JSON.stringify(SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n`;
  for (const [key, value] of Object.entries(head)) yield `      ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '      ')},\n`;
  yield '      "results": ';
  yield* arrayPieces(report.diagnostics, '      ', (d, pad) => indent(JSON.stringify(sarifResult(d, ruleIndex, artifactIndex), null, 2), pad));
  yield '\n    }\n  ]\n}\n';
}

function sarifResult(d: Diagnostic, ruleIndex: Map<string, number>, artifactIndex: Map<string, number>) {
  return {
    ruleId: d.ruleId,
    ruleIndex: ruleIndex.get(d.ruleId)!,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [sarifLocation(d.location, artifactIndex)],
    ...(d.related && d.related.length > 0 ? { relatedLocations: d.related.map((l, id) => ({ id, ...sarifLocation(l, artifactIndex) })) } : {}),
    properties: properties(d),
  };
}

function driver(ruleIds: string[], options: FormatOptions) {
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const { version, informationUri } = options.tool ?? {};
  return {
    name: 'gkml',
    ...(version ? { version } : {}),
    ...(informationUri ? { informationUri } : {}),
    rules: ruleIds.map((id) => ruleDescriptor(id, known.get(id), options)),
  };
}

/**
 * A rule of the registry has a description and a page docs/rules/<id>.md. helpUri must be an absolute
 * URI (SARIF §3.49.12, schema format "uri"), so it is given only when the CLI knows where the docs are
 * published; the relative page is always named in `help`. Stage ids (schema, yaml-syntax …) have neither.
 */
function ruleDescriptor(id: string, rule: RuleDescription | undefined, { lang, tool }: FormatOptions) {
  if (!rule) return { id };
  const description = rule.description[lang];
  const page = `docs/rules/${id}.md`;
  return {
    id,
    shortDescription: { text: description },
    ...(tool?.docsUri ? { helpUri: new URL(`${encodeURIComponent(id)}.md`, tool.docsUri).href } : {}),
    help: { text: `${description}\n${DOCS_LABEL[lang]}: ${page}` },
  };
}

function sarifLocation(location: Location, artifactIndex: Map<string, number>) {
  const index = artifactIndex.get(location.file);
  const region = textRegion(location);
  const cell = sheetCell(location);
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(location.file), ...(index === undefined ? {} : { index }) },
      ...(region ? { region } : {}),
    },
    // A workbook cell has no line: it is named as a logical location, `事项!C17`.
    ...(cell ? { logicalLocations: [{ name: cell.slice(cell.lastIndexOf('!') + 1), fullyQualifiedName: cell }] } : {}),
  };
}

function properties(d: Diagnostic) {
  const path = yamlPath(d);
  return { messageId: d.messageId, ...(path ? { path } : {}) };
}
