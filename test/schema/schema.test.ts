import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the build script is plain JavaScript
import { buildCatalogueSchema } from '../../scripts/build-schema.mjs';
import { loadVocabulary } from '../../src/engine/resources.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('schemas', () => {
  it.each(['catalogue.schema.json', 'config.schema.json'])('%s is valid draft-07 and compiles in ajv strict mode', (name) => {
    const schema = read(name);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('is what scripts/build-schema.mjs builds from vocab/ (run `npm run schema` after changing a vocabulary)', () => {
    expect(read('catalogue.schema.json')).toEqual(JSON.parse(JSON.stringify(buildCatalogueSchema())));
  });

  it('offers every area name and alias, and every official channel, as completion', () => {
    const schema = read('catalogue.schema.json') as { definitions: Record<string, { enum?: string[]; properties?: Record<string, { items?: { enum?: string[] } }> }> };
    const vocab = loadVocabulary();
    expect(schema.definitions.area!.enum).toEqual(vocab.areas.flatMap((a) => [a.name, ...a.aliases]));
    expect(schema.definitions.item!.properties!.channels!.items!.enum).toEqual(vocab.channels.map((c) => c.name));
    expect(vocab.channels).toHaveLength(14);
    expect(vocab.areas.filter((a) => a.batch === 'pilot26')).toHaveLength(26);
  });

  it('gives every field a Chinese title, so editors show Chinese hover text', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, Record<string, unknown> | boolean> }).properties ?? {};
      for (const [key, child] of Object.entries(properties)) {
        if (typeof child !== 'object') continue; // `true` in an anyOf branch only names a required key
        if (!child.$ref && !/[\u4e00-\u9fff]/.test(String(child.title ?? ''))) missing.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, path);
    };
    walk(read('catalogue.schema.json'), '$');
    expect(missing).toEqual([]);
  });
});
