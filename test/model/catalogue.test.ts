import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadVocabulary } from '../../src/engine/resources.js';
import { adoptCatalogue, toCatalogue, type CatalogueDocument } from '../../src/model/catalogue.js';

const dir = new URL('../../examples/shili-county/catalogues/', import.meta.url).pathname;
const documents = () => readdirSync(dir).sort().map((name) => [name, parse(readFileSync(`${dir}${name}`, 'utf8')) as CatalogueDocument] as const);

describe('a parsed catalogue document becomes a Catalogue', () => {
  it('toCatalogue leaves the document as it was', () => {
    for (const [name, document] of documents()) {
      const before = structuredClone(document);
      toCatalogue(name, document, loadVocabulary());
      expect(document, name).toEqual(before);
    }
  });

  it('adoptCatalogue (in place, for a document just parsed) gives what toCatalogue gives, keys in the same order', () => {
    const keys = (value: unknown): unknown => (Array.isArray(value) ? value.map(keys) : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, keys(v)]) : value);
    for (const [name, document] of documents()) {
      const copied = toCatalogue(name, document, loadVocabulary());
      const adopted = adoptCatalogue(name, structuredClone(document), loadVocabulary());
      expect(adopted, name).toEqual(copied);
      expect(keys(adopted), name).toEqual(keys(copied));
    }
  });
});
