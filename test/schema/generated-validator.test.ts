import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { CORE_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, type CheckFunction } from '../../src/schema/validate.js';

/**
 * `npm run build` generates dist/schema/catalogue-validator.js from ajv's standalone code and edits it
 * (scripts/build-validator.mjs: `minLength: 1` as a length test, fields read from one-shape copies). gkml runs
 * that code instead of ajv's whenever it was built from the schema in use, so it must judge every value exactly
 * as ajv's own compiled function does: the same verdict and the same errors, in the same order.
 */
const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/catalogue.schema.json', root), 'utf8'));
const documents = fg
  .sync('examples/**/catalogues/**/*.yaml', { cwd: root.pathname })
  .sort()
  .map((file) => load(readFileSync(new URL(file, root), 'utf8'), { schema: CORE_SCHEMA }) as { items: Record<string, unknown>[] });

let generated: CheckFunction & { schemaJson?: string };
let compiled: CheckFunction;

beforeAll(async () => {
  const module = (await import(new URL('dist/schema/catalogue-validator.js', root).href)) as { validate: CheckFunction; schemaJson: string };
  generated = module.validate;
  expect(module.schemaJson, 'run `npm run build`: the generated validator is older than the schema').toBe(JSON.stringify(schema));
  compiled = compileSchema(schema);
});

/** What a user sees of an error (and what the translation reads): everything but the schema objects. */
function judged(check: CheckFunction, value: unknown) {
  const valid = check(value);
  const errors = (check.errors ?? []).map(({ schema: _schema, parentSchema: _parent, ...rest }) => rest);
  return { valid, errors: JSON.parse(JSON.stringify(errors)) as unknown };
}

function expectSame(value: unknown): void {
  expect(judged(generated, value)).toStrictEqual(judged(compiled, value));
}

const ITEM_FIELDS = Object.keys(schema.definitions.item.properties as object);
const field = fc.oneof(fc.constantFrom(...ITEM_FIELDS), fc.constantFrom('index', 'page', 'Area', '__proto__', 'toString'));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', '社会救助', '政府网站', 'javascript:alert(1)', 20, -1, null, ['结果公开'], { workdays: 20 }));

describe('the generated catalogue validator', () => {
  it('judges every example catalogue as ajv does', () => {
    expect(documents.length).toBeGreaterThan(5);
    for (const document of documents) expectSame(document);
  });

  it('judges things that are no catalogue or no item as ajv does', () => {
    for (const value of [null, 'x', 3, [], {}, { items: null }, { items: ['x', null, 3, [], {}] }]) expectSame(value);
  });

  it('judges items with fields changed, added, removed and reordered as ajv does', () => {
    const edit = fc.record({ item: fc.nat(), field, value: anyValue, remove: fc.boolean(), reverse: fc.boolean() });
    fc.assert(
      fc.property(fc.nat(documents.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (d, edits) => {
        const document = structuredClone(documents[d]!);
        for (const e of edits) {
          const items = document.items;
          const i = e.item % items.length;
          const item = { ...items[i]! };
          if (e.remove) delete item[e.field];
          else Object.defineProperty(item, e.field, { value: e.value, enumerable: true, writable: true, configurable: true });
          items[i] = e.reverse ? Object.fromEntries(Object.entries(item).reverse()) : item;
        }
        expectSame(document);
      }),
      { numRuns: 300 },
    );
  });
});
