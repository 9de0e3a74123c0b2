import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { toCatalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { loadCatalogueText } from '../../src/parse/load.js';
import { activeRules, runRules } from '../../src/rules/run.js';
import { supersededLaw } from '../../src/rules/superseded-law.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue with other basis entries (line 13, first at column 13) and content (line 12, first at column 15). */
const withBasis = (...entries: string[]) => validCatalogue.replace('[《社会救助暂行办法》]', `[${entries.join(', ')}]`);
const withContent = (...entries: string[]) => validCatalogue.replace('[办理条件, 申请材料]', `[${entries.join(', ')}]`);

describe('superseded-law', () => {
  it('accepts the laws in force, and titles that only resemble a repealed one', () => {
    testRule(supersededLaw, {
      valid: [
        validCatalogue,
        withBasis('《中华人民共和国政府信息公开条例》（国务院令第711号）'),
        withBasis('《中华人民共和国民法典》', '《中国公民收养子女登记办法》'),
        withBasis('《中华人民共和国噪声污染防治法》'),
        withBasis('《示例省规定》（示政令第4920号）'),
      ],
      invalid: [],
    });
  });

  it('reports repealed laws with their replacement, in basis and in content', () => {
    testRule(supersededLaw, {
      valid: [],
      invalid: [
        {
          code: withBasis('《中华人民共和国户口登记条例》', '《中华人民共和国收养法》'),
          errors: [{ messageId: 'repealed', at: '13:30', path: 'items[0].basis[1]', data: { cited: '《中华人民共和国收养法》', replacement: '《中华人民共和国民法典》' } }],
        },
        { code: withBasis('《收养法》'), errors: [{ messageId: 'repealed', at: '13:13', data: { cited: '《收养法》' } }] },
        {
          code: withContent('办理条件', '《环境噪声污染防治法》'),
          errors: [{ messageId: 'repealed', at: '12:21', path: 'items[0].content[1]', data: { replacement: '《中华人民共和国噪声污染防治法》' } }],
        },
      ],
    });
  });

  it('reports the 2007 条例 (国务院令第492号) as a superseded edition, also when written 国令', () => {
    testRule(supersededLaw, {
      valid: [],
      invalid: [
        {
          code: withBasis('《中华人民共和国政府信息公开条例》（国务院令第492号）'),
          errors: [{ messageId: 'superseded', at: '13:13', data: { cited: '国务院令第492号', replacement: '《中华人民共和国政府信息公开条例》（国务院令第711号）' } }],
        },
        { code: withBasis('条例(国令第 492 号)'), errors: [{ messageId: 'superseded', at: '13:13' }] },
      ],
    });
    const [finding] = runRule(supersededLaw, withBasis('《中华人民共和国政府信息公开条例》（国务院令第492号）'));
    expect(finding!.message).toBe('“国务院令第492号”是已被修订的旧版本，现行版本是《中华人民共和国政府信息公开条例》（国务院令第711号）。请改为引用现行版本。');
  });

  it('makes a repealed law an error and a superseded edition a warning', () => {
    const vocab = loadVocabulary();
    const text = withBasis('《收养法》', '《中华人民共和国政府信息公开条例》（国务院令第492号）');
    const catalogue = toCatalogue('c.yaml', loadCatalogueText(text, 'exact').value as unknown as CatalogueDocument, vocab);
    const findings = runRules(catalogue, activeRules([supersededLaw], 'publish'), vocab);
    expect(findings.map((f) => `${f.messageId}:${f.severity}`)).toEqual(['repealed:error', 'superseded:warning']);
  });

  it('holds only sourced entries in vocab/superseded-laws.yaml', () => {
    const laws = loadVocabulary().supersededLaws ?? [];
    expect(laws.length).toBeGreaterThanOrEqual(3);
    for (const law of laws) {
      expect(law.source, law.replacement).toMatch(/[\u4e00-\u9fff]/);
      expect(['repealed', 'superseded']).toContain(law.status);
      expect((law.titles ?? []).length + (law.numbers ?? []).length).toBeGreaterThan(0);
      if (law.effective !== undefined) expect(law.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(supersededLaw);
  });
});

describe('superseded-law on examples/broken/superseded-law.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/superseded-law.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 16 行');
    expect(runRule(supersededLaw, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['repealed 16:30']);
  });
});
