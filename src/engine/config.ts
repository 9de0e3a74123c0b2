import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Severity } from '../core/diagnostic.js';
import { ConfigError } from '../core/errors.js';
import { toDiagnostic } from '../core/finding.js';
import { mergeMessageTables, type Lang } from '../core/messages.js';
import { loadCatalogueBytes } from '../parse/load.js';
import type { RegisterConfig } from '../registry/types.js';
import type { RuleSetting } from '../rules/run.js';
import type { Profile } from '../rules/types.js';
import { inputMessages } from '../parse/messages.js';
import { schemaMessages } from '../schema/messages.js';
import { translateErrors } from '../schema/translate.js';
import { AJV_OPTIONS, compileSchema, type CheckFunction } from '../schema/validate.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { loadSchema, loadVocabulary } from './resources.js';

export const CONFIG_FILE = 'gkml.config.yaml';

export interface Config {
  /** Folder the config lives in; globs are relative to it. */
  root: string;
  file?: string;
  catalogues?: string[];
  ignore: string[];
  lang?: Lang;
  failLevel?: Severity;
  maxFileSize?: number;
  maxAliasNodes?: number;
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  /** Working-day calendar: an override holiday file (relative to the config) and where counting starts. */
  calendar?: { override?: string; countFrom?: 'next-day' | 'same-day' };
  /** `gkml render html`: the site's title, and a template folder (relative to the config) over templates/html/. */
  site?: { title?: string; templates?: string };
  /** `gkml diff`: register files, the coverage it must reach, expectations per power type. */
  register?: RegisterConfig;
  /** `gkml build`: output and cache folders (relative to the config), what to write, workbook options. */
  build?: BuildConfig;
}

export interface BuildConfig {
  out?: string;
  cache?: string;
  /** Report files written into `<out>/reports/`, by format name (default: json). */
  reports?: string[];
  /** Which outputs to write (default all): site (with open data), xlsx. */
  outputs?: ('site' | 'xlsx')[];
  /** Workbooks: one per publisher (default) or one per county with a sheet per area. */
  split?: 'publisher' | 'area';
  /** Channels as a ■/□ checklist (default) or the chosen ones only, on the site and in the workbooks. */
  channels?: 'checklist' | 'selected';
}

/** The nearest gkml.config.yaml at or above `start`, if any. */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and checks a config file; any problem is a ConfigError naming file:line:column. */
export function readConfig(file: string, lang: Lang, displayName = file): Config {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ConfigError(lang === 'zh' ? `无法读取配置文件 ${displayName}。` : `Cannot read the config file ${displayName}.`);
  }
  // The fast path, like catalogues: the same findings at the same places (the exact parser runs only for a config with problems).
  const loaded = loadCatalogueBytes(bytes, 'fast');
  const messages = mergeMessageTables(inputMessages, schemaMessages);
  const fail = (findings: typeof loaded.findings): never => {
    const lines = findings.map((f) => {
      const d = toDiagnostic(f, displayName, loaded.source(), messages, lang);
      const at = d.location.kind === 'yaml' ? `:${d.location.start.line}:${d.location.start.column}` : '';
      return `${displayName}${at} ${d.message}`;
    });
    throw new ConfigError(lines.join('\n'));
  };
  if (loaded.findings.length > 0 || !loaded.value) fail(loaded.findings);
  const schema = loadSchema('config');
  const check = configCheck(schema);
  if (!check(loaded.value)) fail(translateErrors(check.errors as ErrorObject[], { root: schema, vocab: loadVocabulary(), lang }));
  const value = loaded.value as Omit<Config, 'root' | 'file' | 'ignore'> & { ignore?: string[] };
  return { ...value, ignore: value.ignore ?? [], root: dirname(resolve(file)), file: resolve(file) };
}

let compiledConfigCheck: CheckFunction | undefined;

/**
 * The config schema's validator: the code `npm run build` generates (scripts/build-validator.mjs, CommonJS so
 * that it loads synchronously) when it was made from this schema with these options, otherwise ajv's.
 */
function configCheck(schema: SchemaNode): CheckFunction {
  if (compiledConfigCheck) return compiledConfigCheck;
  try {
    const generated = createRequire(import.meta.url)('../schema/config-validator.cjs') as CheckFunction & { schemaJson: string; optionsJson: string };
    if (generated.schemaJson === JSON.stringify(schema) && generated.optionsJson === JSON.stringify(AJV_OPTIONS)) return (compiledConfigCheck = generated);
  } catch {
    // not built (tests run the TypeScript sources): compile below
  }
  return (compiledConfigCheck = compileSchema(schema));
}
