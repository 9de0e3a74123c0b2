import type { ErrorObject } from 'ajv';
import type { JsonPath } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import type { Lang } from '../core/messages.js';
import { likelyValues, nearest } from '../core/suggest.js';
import { parseTimeLimitPhrase, timeLimitToYaml } from '../model/time-limit.js';
import { variantMap, type Vocabulary } from '../model/vocab.js';
import { propertiesAt, schemaAt, titleOf, type SchemaNode } from './schema-walk.js';
import { typeNames } from './messages.js';
import { listForMessage, pointerToPath } from './validate.js';

export interface TranslateContext {
  root: SchemaNode;
  vocab: Vocabulary;
  lang: Lang;
}

type Data = Record<string, string | number>;

/** Raw ajv errors → findings with a path and a message id; noise (if/anyOf branches) removed. */
export function translateErrors(errors: readonly ErrorObject[], ctx: TranslateContext): Finding[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const kept = errors.filter(
    (e) => e.keyword !== 'if' && e.keyword !== 'propertyNames' && !anyOfPaths.some((prefix) => e.schemaPath.startsWith(prefix)),
  );
  return dropEchoes(kept.map((error) => translate(error, ctx)));
}

/** A missing field whose value sits under a misspelt key is one mistake: keep the "did you mean" only. */
function dropEchoes(findings: Finding[]): Finding[] {
  const suggested = new Set(
    findings.filter((f) => f.messageId === 'unknownKeySuggestion').map((f) => `${JSON.stringify(f.path?.slice(0, -1))}|${f.data.suggestion}`),
  );
  return findings.filter((f) => f.messageId !== 'required' || !suggested.has(`${JSON.stringify(f.path)}|${f.data.field}`));
}

function translate(error: ErrorObject, ctx: TranslateContext): Finding {
  const path = pointerToPath(error.instancePath);
  const finding = (messageId: string, data: Data, at: JsonPath = path, on: 'key' | 'value' = 'value'): Finding => ({
    ruleId: 'schema',
    severity: 'error',
    messageId,
    data: { keyword: error.keyword, ...data },
    path: at,
    on,
  });
  const title = fieldTitle(ctx, path);
  const params = error.params as Record<string, unknown>;
  if (typeof params.propertyName === 'string') {
    return finding('enum', { title, value: params.propertyName, allowed: listForMessage((params.allowedValues as unknown[]) ?? [], ctx.lang) }, [...path, params.propertyName], 'key');
  }
  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return finding('required', { field, title: fieldTitle(ctx, [...path, field]) });
    }
    case 'additionalProperties':
      return unknownKey(ctx, path, String(params.additionalProperty), finding);
    case 'enum':
      return enumFinding(ctx, path, title, error.data, (params.allowedValues as unknown[]) ?? [], finding);
    case 'type':
      return typeFinding(ctx, path, title, String(params.type), error.data, finding);
    case 'minItems':
      return Number(params.limit) <= 1 ? finding('empty', { title }) : finding('minItems', { title, limit: Number(params.limit) });
    case 'minLength':
      return finding('empty', { title });
    case 'uniqueItems': {
      const [later, earlier] = [Number(params.i), Number(params.j)];
      const value = String((error.data as unknown[])[later]);
      return finding('duplicate', { title, value, first: earlier + 1, second: later + 1 }, [...path, later]);
    }
    case 'minimum':
    case 'maximum': {
      const schema = error.parentSchema as SchemaNode;
      return finding('range', { title, min: Number(schema.minimum), max: Number(schema.maximum), value: Number(error.data) });
    }
    case 'pattern':
      return finding(patternMessage(path), { title, value: String(error.data) });
    case 'anyOf':
      return textOnlyTimeLimit(path, error.data, finding) ?? finding('anyOf', { title, options: anyOfOptions(ctx, error) });
    case 'dependencies': {
      const missing = String(params.missingProperty);
      return finding('dependency', { field: String(params.property), missing, title: fieldTitle(ctx, [...path, missing]) });
    }
    default:
      return finding('invalid', { title, detail: error.message ?? error.keyword });
  }
}

/** The field's title in Chinese, or its key in English (the key is what an English reader types). */
function fieldTitle(ctx: TranslateContext, path: JsonPath): string {
  if (ctx.lang === 'en') {
    const key = [...path].reverse().find((s) => typeof s === 'string');
    return key === undefined ? 'catalogue' : String(key);
  }
  return schemaAt(ctx.root, path).title ?? '字段';
}

function unknownKey(ctx: TranslateContext, path: JsonPath, field: string, finding: FindingMaker): Finding {
  const allowed = propertiesAt(ctx.root, path);
  const keys = Object.keys(allowed);
  const at = [...path, field];
  const suggestion = suggestKey(ctx, field, allowed);
  if (suggestion) {
    const title = ctx.lang === 'zh' ? titleOf(ctx.root, allowed[suggestion]) ?? suggestion : suggestion;
    return finding('unknownKeySuggestion', { field, suggestion, title }, at, 'key');
  }
  return finding('unknownKey', { field, allowed: listForMessage(keys, ctx.lang, 40) }, at, 'key');
}

type FindingMaker = (messageId: string, data: Data, at?: JsonPath, on?: 'key' | 'value') => Finding;

/** A misspelt key, a snake_case/upper-case key, or a Chinese column header (公开内容 → content). */
function suggestKey(ctx: TranslateContext, field: string, allowed: Record<string, SchemaNode>): string | undefined {
  const keys = Object.keys(allowed);
  const folded = field.toLowerCase().replace(/[-_\s]/g, '');
  const byCase = keys.find((k) => k.toLowerCase() === folded);
  if (byCase) return byCase;
  const titled = keys.find((k) => {
    const title = titleOf(ctx.root, allowed[k]);
    return title !== undefined && (title === field || title.replace(/（.*）$/, '') === field || (field.length >= 2 && title.startsWith(field)));
  });
  return titled ?? nearest(field, keys);
}

function enumFinding(ctx: TranslateContext, path: JsonPath, title: string, value: unknown, allowed: unknown[], finding: FindingMaker): Finding {
  const text = String(value);
  if (path[path.length - 1] === 'timeLimit' && typeof value === 'string') {
    const parsed = parseTimeLimitPhrase(value);
    const structured = parsed?.timeLimit;
    if (typeof structured === 'string') return finding('enumSuggestion', { title, value: text, suggestion: structured });
    const posting = parsed?.postingPeriod ? `, postingPeriod: ${timeLimitToYaml(parsed.postingPeriod)}` : '';
    if (structured) return finding('timeLimitPhrase', { value: text, suggestion: `timeLimit: ${timeLimitToYaml(structured)}${posting}` });
    return finding('timeLimitText', { value: text, example: '{ workdays: 20, from: 形成或变更 }' });
  }
  const standard = variantMap(ctx.vocab).get(text);
  if (standard && allowed.includes(standard)) return finding('enumVariant', { title, value: text, suggestion: standard });
  // Aliases are accepted but not offered: the list shows the official names only.
  const official = path[path.length - 1] === 'area' ? ctx.vocab.areas.map((a) => a.name) : allowed.filter((a): a is string => typeof a === 'string');
  const likely = typeof value === 'string' ? likelyValues(text.trim(), official) : [];
  if (likely.length === 1) return finding('enumSuggestion', { title, value: text, suggestion: likely[0]! });
  if (likely.length > 1) return finding('enumSuggestions', { title, value: text, suggestions: orList(likely, ctx.lang) });
  return finding('enum', { title, value: text, allowed: listForMessage(official, ctx.lang) });
}

/** “救灾”或“安全生产” / "救灾" or "安全生产". */
function orList(values: string[], lang: Lang): string {
  const quoted = values.map((v) => (lang === 'zh' ? `“${v}”` : `"${v}"`));
  return lang === 'zh' ? quoted.join('或') : quoted.join(' or ');
}

/** `{ text: 信息形成或者变更之日起20个工作日内 }` with no period: read the wording and offer the period. */
function textOnlyTimeLimit(path: JsonPath, value: unknown, finding: FindingMaker): Finding | undefined {
  if (path[path.length - 1] !== 'timeLimit' || typeof value !== 'object' || value === null) return undefined;
  const text = (value as { text?: unknown }).text;
  const parsed = typeof text === 'string' ? parseTimeLimitPhrase(text)?.timeLimit : undefined;
  if (!parsed || typeof parsed === 'string') return undefined;
  return finding('timeLimitTextOnly', { value: String(text), suggestion: timeLimitToYaml(parsed).replace(/^\{ | \}$/g, '') });
}

function typeFinding(ctx: TranslateContext, path: JsonPath, title: string, expected: string, value: unknown, finding: FindingMaker): Finding {
  const actual = jsonType(value);
  const expectedTypes = expected.split(',');
  const name = (t: string) => typeNames[t]?.[ctx.lang] ?? t;
  if (expectedTypes.includes('string') && (actual === 'number' || actual === 'integer' || actual === 'boolean')) {
    return { ...finding('typeQuote', { title, actual: name(actual), value: String(value) }), literal: 'value' };
  }
  if (expectedTypes.length === 1 && expectedTypes[0] === 'array') {
    // 政府网站、便民服务站 written as one text: offer the list it means.
    const parts = typeof value === 'string' ? value.split(/[、，,；;\s]+/).filter(Boolean) : [];
    if (parts.length > 0) return finding('typeListSuggestion', { title, suggestion: `[${parts.join(', ')}]` });
    return finding('typeList', { title });
  }
  const or = ctx.lang === 'zh' ? '或' : ' or ';
  return finding('type', { title, expected: expectedTypes.map(name).join(or), actual: name(actual) });
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function patternMessage(path: JsonPath): string {
  const key = [...path].reverse().find((s) => typeof s === 'string');
  switch (key) {
    case 'url':
      return 'patternUrl';
    case 'creditCode':
      return 'patternCreditCode';
    case 'date':
      return 'patternDate';
    case 'deadline':
      return 'patternDeadline';
    case 'id':
    case 'interprets':
    case 'syncWith':
      return 'patternId';
    default:
      return 'invalid';
  }
}

/** `workdays（工作日数）、days（自然日数）…` from the branches of an anyOf of `required`s. */
function anyOfOptions(ctx: TranslateContext, error: ErrorObject): string {
  const branches = (error.schema as SchemaNode[]) ?? [];
  const parent = error.parentSchema as SchemaNode;
  const properties = (parent.properties ?? {}) as Record<string, SchemaNode>;
  const names = branches.flatMap((b) => (b.required as string[] | undefined) ?? []);
  const described = names.map((n) => (ctx.lang === 'zh' ? `${n}（${titleOf(ctx.root, properties[n]) ?? n}）` : n));
  return listForMessage(described, ctx.lang);
}
