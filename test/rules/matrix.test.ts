import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { toCatalogue, type CatalogueDocument, type ItemDocument } from '../../src/model/catalogue.js';
import { disclosureMatrix, FIVE_DISCLOSURES } from '../../src/rules/_matrix.js';

const vocab = loadVocabulary();
const item = (id: string, fiveDisclosures: string[], area?: string): ItemDocument => ({
  id,
  ...(area ? { area } : {}),
  level1: id,
  fiveDisclosures,
  content: ['内容'],
  timeLimit: { workdays: 20 },
  channels: ['政府网站'],
  audience: '全社会',
  mode: '主动',
  levels: ['县级'],
});
const catalogue = (file: string, publisher: string, items: ItemDocument[]) => {
  const document: CatalogueDocument = { catalogueType: '基层政务公开标准目录', publisher: { name: publisher, level: '县级' }, items };
  return toCatalogue(file, document, vocab);
};
const zero = { 决策公开: 0, 执行公开: 0, 管理公开: 0, 服务公开: 0, 结果公开: 0 };

describe('disclosureMatrix', () => {
  it('counts each item once per disclosure it carries, by publisher and area, sorted', () => {
    const matrix = disclosureMatrix([
      catalogue('b.yaml', '示例县民政局', [item('a', ['服务公开', '结果公开'], '社会救助'), item('b', ['服务公开'], '养老服务'), item('c', ['决策公开'])]),
      catalogue('a.yaml', '示例县财政局', [item('d', ['执行公开'], '财政预算决算')]),
      // A second catalogue of the same publisher adds to its rows.
      catalogue('c.yaml', '示例县民政局', [item('e', ['服务公开'], '社会救助')]),
    ]);
    expect(matrix).toEqual([
      { publisher: '示例县民政局', area: '', counts: { ...zero, 决策公开: 1 } },
      { publisher: '示例县民政局', area: '养老服务', counts: { ...zero, 服务公开: 1 } },
      { publisher: '示例县民政局', area: '社会救助', counts: { ...zero, 服务公开: 2, 结果公开: 1 } },
      // Aliases count under the official name.
      { publisher: '示例县财政局', area: '财政预决算', counts: { ...zero, 执行公开: 1 } },
    ]);
  });

  it('gives no rows for no catalogues', () => {
    expect(disclosureMatrix([])).toEqual([]);
  });

  it('uses the five disclosures of vocab/terms.yaml, in their order', () => {
    expect([...FIVE_DISCLOSURES]).toEqual(vocab.terms.fiveDisclosures.values);
  });
});
