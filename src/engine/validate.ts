import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { toDiagnostic } from '../core/finding.js';
import type { Lang, MessageTable } from '../core/messages.js';
import { createReport, type Report } from '../core/report.js';
import { toCatalogue, type Catalogue, type CatalogueDocument } from '../model/catalogue.js';
import { DEFAULT_LIMITS, loadCatalogueBytes, type LoadLimits, type ParserMode } from '../parse/load.js';
import { inputMessages } from '../parse/messages.js';
import { schemaMessages } from '../schema/messages.js';
import { createSchemaValidator } from '../schema/validate.js';
import { formatBytes } from '../parse/decode.js';
import { resolveWorkspace, type WorkspaceOptions } from './workspace.js';
import { loadSchema, loadVocabulary } from './resources.js';

export interface ValidateOptions extends WorkspaceOptions {
  /** 'fast' (js-yaml, default) or 'exact' (`yaml` throughout); findings are the same either way. */
  parser?: ParserMode;
}

export interface ValidationResult {
  report: Report;
  /** Catalogues that passed the schema, in file order. */
  catalogues: Catalogue[];
  failLevel: Severity;
  lang: Lang;
}

const messages: MessageTable = { ...inputMessages, ...schemaMessages };

/** Finds, reads, parses and schema-checks every catalogue of the run with one compiled validator. */
export async function validate(options: ValidateOptions): Promise<ValidationResult> {
  const workspace = await resolveWorkspace(options);
  const { lang } = workspace;
  const vocab = loadVocabulary();
  const validator = createSchemaValidator(loadSchema('catalogue'), vocab);
  const limits: LoadLimits = {
    maxBytes: workspace.config.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
    maxAliasNodes: workspace.config.maxAliasNodes ?? DEFAULT_LIMITS.maxAliasNodes,
  };
  const diagnostics: Diagnostic[] = [];
  const sources: Record<string, string> = {};
  const catalogues: Catalogue[] = [];
  for (const file of workspace.files) {
    const name = workspace.display(file);
    const size = statSync(file).size;
    const loaded =
      size > limits.maxBytes
        ? { findings: [{ ruleId: 'input', severity: 'error' as const, messageId: 'tooLarge', data: { size: formatBytes(size), limit: formatBytes(limits.maxBytes) } }], value: undefined, text: undefined, source: () => undefined }
        : loadCatalogueBytes(readFileSync(file), options.parser ?? 'fast', limits);
    const findings = loaded.value ? validator.validate(loaded.value, lang) : loaded.findings;
    if (findings.length === 0 && loaded.value) {
      catalogues.push(toCatalogue(name, loaded.value as unknown as CatalogueDocument, vocab));
      continue;
    }
    const source = loaded.source();
    for (const finding of findings) diagnostics.push(toDiagnostic(finding, name, source, messages, lang));
    if (loaded.text !== undefined) sources[name] = loaded.text;
  }
  const report = createReport(workspace.files.map(workspace.display), diagnostics, sources);
  return { report, catalogues, failLevel: workspace.failLevel, lang };
}
