import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { compareDiagnostics, formatPath } from '../../src/core/diagnostic.js';
import { checkLoadedFile } from '../../src/engine/check-file.js';
import { loadSchema, loadVocabulary } from '../../src/engine/resources.js';
import { loadCatalogueText } from '../../src/parse/load.js';
import { rules as allRules } from '../../src/rules/index.js';
import { activeRules } from '../../src/rules/run.js';
import type { Rule } from '../../src/rules/types.js';
import { createSchemaValidator } from '../../src/schema/validate.js';

const validator = createSchemaValidator(loadSchema('catalogue'), loadVocabulary());
const knownRuleIds = new Set(allRules.map((r) => r.meta.id));

export interface Expected {
  messageId: string;
  /** "line:column" where the finding points. */
  at: string;
  path?: string;
  data?: Record<string, string | number>;
}

/** The findings one rule reports on a catalogue text, as `{messageId, at, path, data, message}`. */
export function runRule(rule: Rule, text: string, options: Record<string, unknown> = {}, lang: 'zh' | 'en' = 'zh') {
  const loaded = loadCatalogueText(text, 'exact');
  const active = activeRules([rule], 'publish', { [rule.meta.id]: { options } });
  const { diagnostics, catalogue } = checkLoadedFile('catalogue.yaml', loaded, { validator, vocab: loadVocabulary, rules: active, knownRuleIds, lang });
  if (!catalogue) throw new Error(`the test catalogue does not pass the schema:\n${diagnostics.map((d) => d.message).join('\n')}`);
  return [...diagnostics].sort(compareDiagnostics).map((d) => ({
    ruleId: d.ruleId,
    messageId: d.messageId,
    at: d.location.kind === 'yaml' ? `${d.location.start.line}:${d.location.start.column}` : '',
    path: d.location.kind === 'yaml' ? formatPath(d.location.path) : '',
    data: d.data,
    message: d.message,
  }));
}

/** ESLint-style: every `valid` text gives no finding; every `invalid` text gives exactly the expected ones. */
export function testRule(rule: Rule, cases: { valid: string[]; invalid: { code: string; options?: Record<string, unknown>; errors: Expected[] }[] }) {
  for (const code of cases.valid) expect(runRule(rule, code), code).toEqual([]);
  for (const { code, options, errors } of cases.invalid) {
    const found = runRule(rule, code, options);
    expect(
      found.map((f, i) => ({ messageId: f.messageId, at: f.at, ...(errors[i]?.path !== undefined ? { path: f.path } : {}) })),
      code,
    ).toEqual(errors.map((e) => ({ messageId: e.messageId, at: e.at, ...(e.path ? { path: e.path } : {}) })));
    errors.forEach((e, i) => e.data && expect(found[i]!.data).toMatchObject(e.data));
    // Every message renders in both languages without a missing placeholder.
    runRule(rule, code, options, 'en');
  }
}

/** The bundled example workspace's catalogue texts: every rule must stay silent on them. */
export function exampleCatalogues(): { file: string; text: string }[] {
  const dir = new URL('../../examples/shili-county/catalogues/', import.meta.url).pathname;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(`${dir}${f}`, 'utf8') }));
}

/** Asserts that `rule` reports nothing on the example workspace. */
export function expectSilentOnExamples(rule: Rule, options: Record<string, unknown> = {}) {
  for (const { file, text } of exampleCatalogues()) expect(runRule(rule, text, options).map((f) => `${file}:${f.at} ${f.message}`)).toEqual([]);
}
