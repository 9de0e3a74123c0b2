import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { toDiagnostic } from '../core/finding.js';
import { mergeMessageTables, type Lang, type MessageTable } from '../core/messages.js';
import { createReport, type Report } from '../core/report.js';
import { toCatalogue, type Catalogue, type CatalogueDocument } from '../model/catalogue.js';
import { DEFAULT_LIMITS, loadCatalogueBytes, type LoadLimits, type ParserMode } from '../parse/load.js';
import { inputMessages } from '../parse/messages.js';
import { schemaMessages } from '../schema/messages.js';
import { createSchemaValidator, type SchemaValidator } from '../schema/validate.js';
import { formatBytes } from '../parse/decode.js';
import { resolveWorkspace, type WorkspaceOptions } from './workspace.js';
import { loadSchema, loadVocabulary } from './resources.js';
import { loadCheck, startHelpers } from './validate-threads.js';

export interface ValidateOptions extends WorkspaceOptions {
  /** 'fast' (js-yaml, default) or 'exact' (`yaml` throughout); findings are the same either way. */
  parser?: ParserMode;
  /** Most helper threads for a large run (default: one less than the cores, at most 3); 0 uses none. */
  threads?: number;
}

export interface ValidationResult {
  report: Report;
  /** Catalogues that passed the schema, in file order. */
  catalogues: Catalogue[];
  failLevel: Severity;
  lang: Lang;
}

const messages: MessageTable = mergeMessageTables(inputMessages, schemaMessages);

/**
 * Finds, reads, parses and schema-checks every catalogue of the run with one compiled validator. Large
 * runs share the files with helper threads, which only sort out the clean ones (validate-threads.ts).
 */
export async function validate(options: ValidateOptions): Promise<ValidationResult> {
  const workspace = await resolveWorkspace(options);
  const { files, lang } = workspace;
  const schema = loadSchema('catalogue');
  // The vocabularies are read only when a message or a catalogue needs them: a clean run does without.
  const validator = createSchemaValidator(schema, loadVocabulary, await loadCheck(schema));
  const parser = options.parser ?? 'fast';
  const limits: LoadLimits = {
    maxBytes: workspace.config.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
    maxAliasNodes: workspace.config.maxAliasNodes ?? DEFAULT_LIMITS.maxAliasNodes,
  };
  const sizes = files.map((file) => statSync(file).size);
  const helpers = startHelpers(files, sizes, parser, limits, options.threads);
  const run: FileRun = { validator, lang, parser, limits, diagnostics: [], sources: {}, clean: new Set() };
  const checked = new Set<number>();
  for (let index = helpers.take(); index < files.length; index = helpers.take()) {
    checkFile(run, files[index]!, workspace.display(files[index]!), sizes[index]!, index);
    checked.add(index);
  }
  const clean = await helpers.finish();
  for (const index of clean) run.clean.add(index);
  // Files a helper found not clean, or never answered for, get the full check here.
  files.forEach((file, index) => {
    if (!checked.has(index) && !clean.has(index)) checkFile(run, file, workspace.display(file), statSync(file).size, index);
  });
  const report = createReport(files.map(workspace.display), run.diagnostics, run.sources);
  const passed = files.flatMap((file, index) => (run.clean.has(index) ? [{ name: workspace.display(file), file }] : []));
  let catalogues: Catalogue[] | undefined;
  return {
    report,
    failLevel: workspace.failLevel,
    lang,
    // Parsed again on first use rather than held: keeping every parsed item of a large run costs more in
    // garbage collection than parsing it again, and `gkml validate` itself never asks.
    get catalogues() {
      return (catalogues ??= passed.flatMap(({ name, file }) => {
        const value = loadCatalogueBytes(readFileSync(file), parser, limits).value as unknown as CatalogueDocument | undefined;
        return value ? [toCatalogue(name, value, loadVocabulary())] : [];
      }));
    },
  };
}

interface FileRun {
  validator: SchemaValidator;
  lang: Lang;
  parser: ParserMode;
  limits: LoadLimits;
  diagnostics: Diagnostic[];
  sources: Record<string, string>;
  /** Indexes of the files with no findings. */
  clean: Set<number>;
}

/** Reads, parses and checks one file, adding its findings (with positions) or marking it clean. */
function checkFile(run: FileRun, file: string, name: string, size: number, index: number): void {
  const { limits, lang } = run;
  const loaded =
    size > limits.maxBytes
      ? { findings: [{ ruleId: 'input', severity: 'error' as const, messageId: 'tooLarge', data: { size: formatBytes(size), limit: formatBytes(limits.maxBytes) } }], value: undefined, text: undefined, source: () => undefined }
      : loadCatalogueBytes(readFileSync(file), run.parser, limits);
  const findings = loaded.value ? run.validator.validate(loaded.value, lang) : loaded.findings;
  if (findings.length === 0 && loaded.value) {
    run.clean.add(index);
    return;
  }
  const source = loaded.source();
  for (const finding of findings) run.diagnostics.push(toDiagnostic(finding, name, source, messages, lang));
  if (loaded.text !== undefined) run.sources[name] = loaded.text;
}
