import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { adoptCatalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { loadCatalogueText } from '../../src/parse/load.js';
import { diffOutline, diffOutlineOf } from '../../src/registry/outline.js';

const examples = fg.sync('examples/**/catalogues/**/*.yaml').sort();

describe('the outline the register diff holds', () => {
  it('is the same made from a parsed document as from the catalogue adopting it makes, on every example catalogue', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const file of examples) {
      const parse = () => loadCatalogueText(readFileSync(file, 'utf8'), 'fast').value as unknown as CatalogueDocument;
      const fromDocument = diffOutlineOf(file, parse());
      const fromCatalogue = diffOutline(adoptCatalogue(file, parse(), loadVocabulary()));
      expect(fromDocument, file).toEqual(fromCatalogue);
      // Key order too: the diff's JSON output lists items as it holds them.
      expect(JSON.stringify(fromDocument), file).toBe(JSON.stringify(fromCatalogue));
    }
  });

  it('gives an item without an owner its publisher, as adopting does', () => {
    const document = { catalogueType: '部门', publisher: { name: '示例县民政局', level: '县级' }, items: [{ id: 'a', level1: '救助', fiveDisclosures: ['结果公开'], content: 'x', timeLimit: { workdays: 20 }, channels: [], audience: '全社会', mode: '主动', levels: [] }] } as unknown as CatalogueDocument;
    expect(diffOutlineOf('c.yaml', document).items[0]!.owner).toBe('示例县民政局');
  });

  it('keeps of a time limit the working days the diff compares, and `实时`/`及时` as written', () => {
    const item = (timeLimit: unknown) => ({ id: 'a', level1: '救助', fiveDisclosures: ['结果公开'], content: 'x', timeLimit, channels: [], audience: '全社会', mode: '主动', levels: [] });
    const document = { catalogueType: '部门', publisher: { name: '示例县民政局', level: '县级' }, items: [item({ workdays: 20, from: '作出决定' }), item('实时'), item({ days: 3 })] } as unknown as CatalogueDocument;
    expect(diffOutlineOf('c.yaml', document).items.map((i) => i.timeLimit)).toEqual([{ workdays: 20 }, '实时', {}]);
  });
});
