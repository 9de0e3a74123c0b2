import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import { toDiagnostic } from '../core/finding.js';
import { mergeMessageTables, renderMessage, type Lang } from '../core/messages.js';
import { importCatalogues, importMessages, importVocabulary, type HeaderVocabulary, type ImportedCatalogue, type ImportOptions } from '../importer/index.js';
import { schemaMessages } from '../schema/messages.js';
import { createSchemaValidator } from '../schema/validate.js';
import { displayPath } from './discover.js';
import { loadSchema, loadVocabulary, resourcePath } from './resources.js';

export interface ImportFileOptions extends Omit<ImportOptions, 'file'> {
  cwd: string;
  lang: Lang;
}

export interface ImportFileResult {
  file: string;
  catalogues: ImportedCatalogue[];
  /** The guesses, then any schema finding of an imported catalogue (a bug in the importer if there is one). */
  diagnostics: Diagnostic[];
  /** False when a catalogue does not pass the schema: nothing should be written then. */
  valid: boolean;
}

/** A workbook or CSV file larger than this is refused before it is read. */
const MAX_INPUT = 512 * 1024 * 1024;

/** Reads a workbook or CSV file, imports it and checks every catalogue it gives against the schema. */
export function importFile(path: string, options: ImportFileOptions): ImportFileResult {
  const file = resolve(options.cwd, path);
  const name = displayPath(file, options.cwd);
  const zh = options.lang === 'zh';
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new UsageError(zh ? `找不到要导入的文件：${path}` : `File to import not found: ${path}`);
  if (size > MAX_INPUT) throw new UsageError(zh ? `${name} 太大（超过 512 MB），请拆分后再导入。` : `${name} is larger than 512 MB; split it before importing.`);
  const vocab = importVocabulary(loadVocabulary(), loadHeaderVocabulary());
  const { lang, cwd: _cwd, ...rest } = options;
  const result = importCatalogues({ ...rest, bytes: readFileSync(file), file: name, lang, vocab });
  const diagnostics: Diagnostic[] = result.guesses.map((g) => ({
    ruleId: 'import',
    severity: g.severity,
    messageId: g.messageId,
    data: g.data,
    message: renderMessage(importMessages, g.messageId, g.data, lang),
    location: { kind: 'sheet', file: name, sheet: g.sheet, row: g.row, column: g.column },
  }));
  const validator = createSchemaValidator(loadSchema('catalogue'), loadVocabulary);
  const messages = mergeMessageTables(schemaMessages);
  let valid = true;
  for (const catalogue of result.catalogues) {
    for (const finding of validator.validate(catalogue.document, lang)) {
      valid = false;
      diagnostics.push(toDiagnostic(finding, catalogue.name, undefined, messages, lang));
    }
  }
  return { file: name, catalogues: result.catalogues, diagnostics, valid };
}

let headers: HeaderVocabulary | undefined;

/** vocab/table-headers.yaml: the header words, tick and channel marks the importer knows. */
export function loadHeaderVocabulary(): HeaderVocabulary {
  return (headers ??= parse(readFileSync(resourcePath('vocab/table-headers.yaml'), 'utf8')) as HeaderVocabulary);
}

/** Where the catalogue schema is, for the modeline of files written into `folder`. */
export function schemaPathFrom(folder: string): string {
  return relative(folder, resourcePath('schemas/catalogue.schema.json')).split(sep).join('/');
}
