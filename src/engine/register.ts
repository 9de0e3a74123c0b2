import { readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import { toDiagnostic } from '../core/finding.js';
import { mergeMessageTables, type Lang } from '../core/messages.js';
import type { SourceDocument } from '../core/source.js';
import { loadCatalogueBytes } from '../parse/load.js';
import { inputMessages } from '../parse/messages.js';
import { readDiagnostics } from '../registry/diagnostics.js';
import { codeKey } from '../registry/normalise.js';
import { duplicateCodes } from '../registry/places.js';
import { readDocument, type RegisterDocument } from '../registry/read-document.js';
import { readXlsx } from '../importer/xlsx.js';
import { readRegisterTable, registerTables, type RegisterTables, type TableFormat } from '../registry/read-register.js';
import type { RegisterFile, RegisterVocabulary } from '../registry/types.js';
import { schemaMessages } from '../schema/messages.js';
import { createSchemaValidator, type SchemaValidator } from '../schema/validate.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { displayPath } from './discover.js';
import { loadVocabulary, readVocabularyText, resourcePath } from './resources.js';

let vocabulary: RegisterVocabulary | undefined;

/** vocab/power-types.yaml, register-columns.yaml and power-expectations.yaml, read once per process. */
export function loadRegisterVocabulary(): RegisterVocabulary {
  if (vocabulary) return vocabulary;
  const read = (name: string) => readVocabularyText(readFileSync(resourcePath(`vocab/${name}`), 'utf8'));
  const types = read('power-types.yaml');
  const columns = read('register-columns.yaml');
  const expectations = read('power-expectations.yaml');
  vocabulary = {
    types: types.types as RegisterVocabulary['types'],
    columns: columns.columns as RegisterVocabulary['columns'],
    multiple: columns.multiple as RegisterVocabulary['multiple'],
    required: columns.required as RegisterVocabulary['required'],
    sameAsAbove: columns.sameAsAbove as string[],
    titleSuffixes: columns.titleSuffixes as string[],
    names: columns.names as RegisterVocabulary['names'],
    expectations: expectations.expectations as RegisterVocabulary['expectations'],
  };
  return vocabulary;
}

export interface RegisterRead {
  files: RegisterFile[];
  /** Problems reading them, positioned. */
  diagnostics: Diagnostic[];
  /** Text of YAML/JSON registers with findings, for code frames. */
  sources: Record<string, string>;
}

const EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'csv', 'tsv', 'txt', 'yaml', 'yml', 'json'];

/**
 * Finds and reads the register files: workbooks, CSV, or the YAML/JSON form (checked against
 * schemas/register.schema.json). A path that matches nothing is a usage error; a file that cannot be read
 * is a finding, and the other files go on.
 */
export async function readRegisters(patterns: readonly string[], options: { cwd: string; base: string; lang: Lang; tables?: RegisterTables }): Promise<RegisterRead> {
  const tables = options.tables ?? registerTables(loadRegisterVocabulary());
  const files = await findRegisterFiles(patterns, options.base, options.lang);
  const read: RegisterRead = { files: [], diagnostics: [], sources: {} };
  for (const path of files) {
    const name = displayPath(path, options.cwd);
    const bytes = readFileSync(path);
    const extension = extname(path).slice(1).toLowerCase();
    if (extension === 'yaml' || extension === 'yml' || extension === 'json') {
      readYamlRegister(bytes, name, tables, options.lang, read);
      continue;
    }
    const format = ['xlsx', 'xlsm', 'xls'].includes(extension) || isZip(bytes) ? 'xlsx' : 'csv';
    const file = readRegisterBytes(bytes, format, name, tables, basename(path));
    read.files.push(file);
    read.diagnostics.push(...readDiagnostics(file.findings, () => undefined, options.lang));
  }
  read.diagnostics.push(...readDiagnostics(duplicateCodes(read.files, codeKey), () => undefined, options.lang));
  return read;
}

/**
 * A workbook or CSV register's bytes → its powers. Workbooks are read by the importer's reader (the zip's
 * XML straight, merged ranges kept): for a 100,000-row list it is several times faster than exceljs and
 * does not load it.
 */
export function readRegisterBytes(bytes: Uint8Array, format: TableFormat, file: string, tables: RegisterTables, csvName = file): RegisterFile {
  return readRegisterTable(bytes, format, file, tables, { csvName, readSheets: readXlsx });
}

let registerSchema: SchemaValidator | undefined;

function readYamlRegister(bytes: Uint8Array, name: string, tables: RegisterTables, lang: Lang, read: RegisterRead): void {
  const loaded = loadCatalogueBytes(bytes, 'fast');
  const messages = mergeMessageTables(inputMessages, schemaMessages);
  let findings = loaded.findings;
  if (loaded.value) {
    // Compiled on first use, ajv's compiler with it: every other run (and the register thread) starts without it.
    registerSchema ??= createSchemaValidator(JSON.parse(readFileSync(resourcePath('schemas/register.schema.json'), 'utf8')) as SchemaNode, loadVocabulary);
    findings = registerSchema.validate(loaded.value, lang);
  }
  if (findings.length > 0 || !loaded.value) {
    const source = loaded.source();
    read.diagnostics.push(...findings.map((f) => toDiagnostic({ ...f, ruleId: f.ruleId === 'input' ? 'register-input' : f.ruleId }, name, source, messages, lang)));
    if (loaded.text !== undefined) read.sources[name] = loaded.text;
    read.files.push({ file: name, powers: [], findings: [] });
    return;
  }
  let source: SourceDocument | undefined;
  const locate = (path: readonly (string | number)[]) => {
    const range = (source ??= loaded.source()!).locate(path);
    return { start: range.start, end: range.end };
  };
  const file = readDocument(loaded.value as unknown as RegisterDocument, name, tables.types, locate);
  read.files.push(file);
  if (file.findings.length > 0) {
    read.diagnostics.push(...readDiagnostics(file.findings, () => loaded.source(), lang));
    read.sources[name] = loaded.text!;
  }
}

/** Files, folders (every register file below) and globs, relative to `base`; sorted, each once. */
export async function findRegisterFiles(patterns: readonly string[], base: string, lang: Lang): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(base, pattern);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    const posix = absolute.split(sep).join('/');
    const matches = stat?.isFile()
      ? [absolute]
      : await fg(stat?.isDirectory() ? `${fg.escapePath(posix)}/**/*.{${EXTENSIONS.join(',')}}` : fg.isDynamicPattern(posix) ? posix : fg.escapePath(posix), { absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/~$*'] });
    if (matches.length === 0) throw new UsageError(lang === 'zh' ? `找不到权责清单文件：${pattern}` : `No register files found for: ${pattern}`);
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
