import type Handlebars from 'handlebars';
import { eachElement } from './helpers.js';

type Env = typeof Handlebars;
type Node = { type: string; [key: string]: unknown };
type Path = { type: 'PathExpression'; parts: string[]; depth: number; data: boolean; original: string };

/**
 * A handlebars partial made into one plain JavaScript function, for the partials a large site calls once per
 * row (`official-row`, `item-row`, `tick-cells`). It gives exactly what handlebars' own function gives — the same
 * escaping (handlebars' escapeExpression), strict look-ups, `{{#if}}`/`{{#unless}}`/`{{#each}}` as gkml registers
 * them — without a helper call, an options object and a location object per block and value: on a
 * 100,000-row site those cost more than the rows' text. It covers the few constructs row partials use (text,
 * `{{name}}` and `{{a.[1]}}` paths, those three blocks, `{{> partial value}}` of a partial that renders the same
 * for the same value); for any other template it answers undefined and handlebars' function is used. Whenever a
 * value is out of the ordinary (a function, an inherited property, a name the view model lacks, a non-array
 * given to each), the row is rendered again by handlebars' function, which then does whatever handlebars does,
 * errors included. test/render-html/fast-template.test.ts holds the two equal.
 */
export function fastPartial(env: Env, source: string, fallback: Handlebars.TemplateDelegate, pure: ReadonlySet<string>): Handlebars.TemplateDelegate | undefined {
  let code: string | undefined;
  const lookups = new Map<string, string>();
  try {
    code = program(env.parse(source) as unknown as Node, { env, pure, lookups });
  } catch {
    return undefined;
  }
  if (code === undefined) return undefined;
  // One small function per name looked up, as handlebars' lookupProperty (and, for a `{{value}}`'s last name, its
  // strict check) for the ordinary case: each reads its one property name, so V8 sees one kind of object there. An
  // inherited value is left to handlebars' prototype-access rules.
  const prelude = [...lookups].map(([key, fn]) => {
    const [kind, name] = [key.slice(0, 1), key.slice(2)];
    const test = kind === 's' ? `(typeof p !== 'object' || p === null) && typeof p !== 'function' || !(${name} in p)` : 'p === null || p === undefined';
    return `const ${fn} = (p) => { if (${test}) return fb(); const v = p[${name}]; return v === null || v === undefined || own.call(p, ${name}) ? v : fb(); };`;
  });
  const body = `"use strict"; const { esc, lam, test, each, partial, fb } = rt; const own = Object.prototype.hasOwnProperty; ${prelude.join(' ')} return (c, o) => ${code};`;
  const render = new Function('rt', body)(runtime(env)) as (context: unknown, options: unknown) => string;
  return ((context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return render(context, options);
    } catch (error) {
      if (error === FALLBACK) return fallback(context, options);
      throw error;
    }
  }) as Handlebars.TemplateDelegate;
}

/** Thrown by the runtime for anything out of the ordinary: handlebars renders that row instead. */
const FALLBACK = new Error('render with handlebars');
const fallBack = (): never => {
  throw FALLBACK;
};

/** What the generated code calls: each mirrors the handlebars runtime for the ordinary case, and gives up otherwise. */
function runtime(env: Env) {
  const own = Object.prototype.hasOwnProperty;
  return {
    fb: fallBack,
    esc: env.Utils.escapeExpression,
    lam: (value: unknown): unknown => (typeof value === 'function' ? fallBack() : value),
    // The if helper: a function is called by handlebars; otherwise false, 0, '', null, undefined and [] are false.
    test: (value: unknown): boolean => (typeof value === 'function' ? fallBack() : Boolean(value) && !(Array.isArray(value) && value.length === 0)),
    // gkml's each over an array (render/html/helpers.ts arrayEach); anything else is handlebars' own each.
    each: (list: unknown, block: (c: unknown) => string, inverse: (c: unknown) => string, context: unknown): string =>
      Array.isArray(list) ? (eachElement(list, block) ?? inverse(context)) : fallBack(),
    // `{{> name value}}` as handlebars invokes a partial from a partial: the same options, marked as a partial.
    partial: (name: string, context: unknown, options: Record<string, unknown> | undefined): string => {
      const partials = options?.partials as Record<string, unknown> | undefined;
      const found = partials && own.call(partials, name) ? partials[name] : undefined;
      if (typeof found !== 'function') return fallBack();
      const result = found(context, { name, helpers: options!.helpers, partials, decorators: options!.decorators, hooks: options!.hooks, protoAccessControl: options!.protoAccessControl, partial: true }) as unknown;
      return result === null || result === undefined ? fallBack() : (result as string);
    },
  };
}

/** A program's statements as one JavaScript expression over `c` (the context) and `o` (the options), or undefined. */
function program(node: Node, gen: Gen): string | undefined {
  if (node.type !== 'Program' || node.blockParams) return undefined;
  const parts: string[] = [];
  for (const statement of node.body as Node[]) {
    const part = statementCode(statement, gen);
    if (part === undefined) return undefined;
    if (part !== '') parts.push(part);
  }
  return parts.length === 0 ? '""' : `(${parts.join(' + ')})`;
}

function statementCode(node: Node, gen: Gen): string | undefined {
  const { env, pure } = gen;
  switch (node.type) {
    case 'ContentStatement':
      return (node.value as string) === '' ? '' : JSON.stringify(node.value);
    case 'CommentStatement':
      return '';
    case 'MustacheStatement': {
      // Escaped values only: `{{{raw}}}` and helpers go to handlebars.
      if (!node.escaped || hasArguments(node)) return undefined;
      const path = pathOf(node.path as Node, env);
      return path && `esc(lam(${valueCode(path, true, gen)}))`;
    }
    case 'BlockStatement':
      return blockCode(node, gen);
    case 'PartialStatement': {
      const name = (node.name as Path).original;
      const params = node.params as Node[];
      if ((node.name as Node).type !== 'PathExpression' || !pure.has(name) || params.length !== 1 || node.hash || node.indent) return undefined;
      const value = pathOf(params[0], env);
      return value && `partial(${JSON.stringify(name)}, ${valueCode(value, false, gen)}, o)`;
    }
    default:
      return undefined;
  }
}

function blockCode(node: Node, gen: Gen): string | undefined {
  const { env } = gen;
  const helper = (node.path as Path).original;
  const params = node.params as Node[];
  if (!['if', 'unless', 'each'].includes(helper) || params.length !== 1 || node.hash || (node.path as Node).type !== 'PathExpression') return undefined;
  const value = pathOf(params[0], env);
  const fn = node.program ? program(node.program as Node, gen) : '""';
  const inverse = node.inverse ? program(node.inverse as Node, gen) : '""';
  if (!value || fn === undefined || inverse === undefined) return undefined;
  const param = valueCode(value, false, gen);
  if (helper === 'each') return `each(${param}, (c) => ${fn}, (c) => ${inverse}, c)`;
  return helper === 'if' ? `(test(${param}) ? ${fn} : ${inverse})` : `(test(${param}) ? ${inverse} : ${fn})`;
}

function hasArguments(node: Node): boolean {
  return (node.params as unknown[]).length > 0 || Boolean(node.hash);
}

/** A plain path on the current context (`name`, `a.b`, `a.[1]`, `this`), not a helper's name. */
function pathOf(node: Node | undefined, env: Env): Path | undefined {
  if (!node || node.type !== 'PathExpression') return undefined;
  const path = node as unknown as Path;
  if (path.depth !== 0 || path.data || /^(this|\.)[./]/.test(path.original)) return undefined;
  if (path.parts.length === 1 && path.parts[0]! in env.helpers) return undefined;
  return path;
}

/**
 * The code of a path's value: each part looked up as handlebars' lookupProperty does; a `{{value}}`'s last part
 * strictly (the name must be there), as handlebars compiles it in strict mode.
 */
function valueCode(path: Path, strictLast: boolean, gen: Gen): string {
  let code = 'c';
  path.parts.forEach((part, i) => {
    const kind = strictLast && i === path.parts.length - 1 ? 'strict' : 'look';
    // `constructor` is for handlebars' prototype-access rules to decide.
    code = part === 'constructor' ? 'fb()' : `${lookupFor(gen, kind, part)}(${code})`;
  });
  return code;
}

/** The name of the generated function that looks up `name` (strictly or not), made once per template. */
function lookupFor(gen: Gen, kind: 'strict' | 'look', name: string): string {
  const key = `${kind === 'strict' ? 's' : 'l'}:${JSON.stringify(name)}`;
  let fn = gen.lookups.get(key);
  if (!fn) gen.lookups.set(key, (fn = `${kind}${gen.lookups.size}`));
  return fn;
}

/** What generating a template's code needs. */
interface Gen {
  env: Env;
  pure: ReadonlySet<string>;
  /** `s:"name"` or `l:"name"` → the generated look-up function's name. */
  lookups: Map<string, string>;
}
