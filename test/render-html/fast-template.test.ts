import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { fastPartial } from '../../src/render/html/fast-template.js';
import { KNOWN_HELPERS, registerHelpers } from '../../src/render/html/helpers.js';
import { hostileCatalogue, renderToMap } from './fixtures.js';

/** A handlebars environment as render.ts makes one, and both functions of a template in it. */
function both(source: string, pure: string[] = []) {
  const env = Handlebars.create();
  registerHelpers(env);
  const compiled = env.compile(source, { strict: true, data: false, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
  return { env, compiled, fast: fastPartial(env, source, compiled, new Set(pure)) };
}

/** What a template gives (or the error it throws), as text. */
function outcome(template: Handlebars.TemplateDelegate, context: unknown, options?: Handlebars.RuntimeOptions): string {
  try {
    return template(context, options);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('fast row partials (fast-template.ts)', () => {
  it('render the example site, and a catalogue with hostile text in every field, byte for byte as handlebars does', async () => {
    const cwd = resolve('examples/shili-county');
    const { catalogues } = await validate({ cwd, patterns: ['catalogues'], rules: false, keepCatalogues: true });
    expect(catalogues.reduce((n, c) => n + c.items.length, 0)).toBeGreaterThan(100);
    for (const set of [catalogues, [hostileCatalogue()]]) {
      for (const channelStyle of ['checklist', 'selected'] as const) {
        const fast = renderToMap(set, { channelStyle });
        const plain = renderToMap(set, { channelStyle, plainHandlebars: true });
        expect([...fast.keys()]).toEqual([...plain.keys()]);
        for (const [path, text] of plain) expect(fast.get(path), path).toBe(text);
      }
    }
  });

  it('are made for the row partials gkml ships, and not for a template using anything else', () => {
    const partials = resolve('templates/html/partials');
    const made = readdirSync(partials).filter((name) => both(readFileSync(resolve(partials, name), 'utf8'), ['tick-cells']).fast).sort();
    expect(made).toEqual(expect.arrayContaining(['item-row.hbs', 'official-row.hbs', 'tick-cells.hbs']));
    for (const source of ['{{{raw}}}', '{{formatNumber n}}', '{{#each list}}{{../name}}{{/each}}', '{{#with a}}{{b}}{{/with}}', '{{> row}}', '{{> row a x=1}}', '{{#each list as |x|}}{{x}}{{/each}}', '{{lookup a b}}', '{{#if a}}{{else if b}}{{@index}}{{/if}}']) {
      expect(both(source, ['row']).fast, source).toBeUndefined();
    }
  });

  it('give what handlebars gives for every kind of value, errors included', () => {
    const source = '<a href="{{href}}">{{name}}</a>{{#if list}}<ul>{{#each list}}<li>{{this}}</li>{{else}}none{{/each}}</ul>{{else}}-{{/if}}{{#unless flag}}!{{/unless}}[{{pair.[1]}}]{{#if pair.[0]}}first{{/if}}';
    const { fast, compiled } = both(source);
    expect(fast).toBeDefined();
    const inherited = Object.create({ name: 'from the prototype' }) as Record<string, unknown>;
    Object.assign(inherited, { href: 'x', list: [], flag: true, pair: [] });
    const values: unknown[] = [null, undefined, 0, 1, -0, NaN, '', 'a<b>&"\'`=', false, true, [], [0], ['<i>'], [undefined, null, 0, false, ''], { toString: () => '<obj>' }, () => 'called'];
    const contexts: unknown[] = [
      inherited,
      {},
      null,
      'text',
      ...values.flatMap((value) => [
        { href: value, name: value, list: ['x'], flag: value, pair: [value, value] },
        { href: 'h', name: 'n', list: value, flag: false, pair: value },
      ]),
      // eslint-disable-next-line no-sparse-arrays
      { href: 'h', name: 'n', list: [, 'hole'], flag: 0, pair: [1, 2] },
      { href: 'h', name: 'n', list: { a: 1, b: '<b>' }, flag: 0, pair: { 0: 'zero', 1: 'one' } },
      { href: 'h', name: 'n', list: ['x'], flag: 0, pair: ['a', 'b'], constructor: 'c' },
    ];
    // Handlebars warns (on the console) that it denied the inherited property; both functions do the same.
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const context of contexts) expect(outcome(fast!, context), JSON.stringify(context)).toBe(outcome(compiled, context));
    } finally {
      warn.mockRestore();
    }
  });

  it('call a pure partial with the same options handlebars gives it', () => {
    const env = Handlebars.create();
    registerHelpers(env);
    const options = { strict: true, data: false, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS };
    env.registerPartial('cells', env.compile('{{#each this}}<td>{{this}}</td>{{/each}}', options));
    const outer = env.compile('<tr>{{> row row}}</tr>', options);
    const source = '{{name}}{{> cells ticks}}';
    const compiled = env.compile(source, options);
    const fast = fastPartial(env, source, compiled, new Set(['cells']))!;
    for (const row of [{ name: 'a', ticks: ['√', '<x>'] }, { name: 'b', ticks: [] }, { name: 'c' }]) {
      env.registerPartial('row', compiled);
      const expected = outcome(outer, { row });
      env.registerPartial('row', fast);
      expect(outcome(outer, { row })).toBe(expected);
    }
  });
});
