import { createRequire } from 'node:module';
import type { ErrorObject, Options } from 'ajv';
import type { JsonPath } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import { joinList, type Lang } from '../core/messages.js';
import type { Vocabulary } from '../model/vocab.js';
import { translateErrors } from './translate.js';
import type { SchemaNode } from './schema-walk.js';

export interface SchemaValidator {
  /** Validates one catalogue object; findings carry paths, not positions. */
  validate(value: unknown, lang: Lang): Finding[];
}

/** ajv's options for the catalogue schema; scripts/build-validator.mjs generates its code with these too. */
export const AJV_OPTIONS = { strict: true, allErrors: true, allowUnionTypes: true, verbose: true } as const satisfies Options;

/** A compiled schema: ajv's function, or the same code generated at build time. */
export interface CheckFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Compiles the catalogue schema once, in ajv's strict mode, unless `precompiled` (the same schema's
 * generated code) is given; every file of a run goes through the same function. `vocab` may be a
 * function, called only when a file has findings to explain.
 */
export function createSchemaValidator(schema: SchemaNode, vocab: Vocabulary | (() => Vocabulary), precompiled?: CheckFunction): SchemaValidator {
  const check: CheckFunction = precompiled ?? compileSchema(schema);
  const vocabulary = typeof vocab === 'function' ? vocab : () => vocab;
  return {
    validate(value, lang) {
      if (check(value)) return [];
      return translateErrors(check.errors as ErrorObject[], { root: schema, vocab: vocabulary(), lang });
    },
  };
}

/**
 * Compiles a schema with ajv at run time (the options gkml uses for every schema). ajv's compiler is loaded
 * only here, on first use: a run with the validators generated at build time never loads it.
 */
export function compileSchema(schema: SchemaNode): CheckFunction {
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  return new Ajv({ ...AJV_OPTIONS }).compile(schema);
}

/** `/items/3/channels/0` → `['items', 3, 'channels', 0]`. */
export function pointerToPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export function listForMessage(values: readonly unknown[], lang: Lang, max = 14): string {
  const shown = values.slice(0, max).map(String);
  const rest = values.length - shown.length;
  if (rest <= 0) return joinList(shown, lang);
  return lang === 'zh' ? `${joinList(shown, lang)} 等 ${values.length} 项` : `${joinList(shown, lang)} … (${values.length} in all)`;
}
