import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fiveDisclosuresCoverage } from '../../src/rules/five-disclosures-coverage.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue has one item, tagged 服务公开 only; this item adds the other four. */
const theOtherFour = `  - id: shjz-002
    area: 社会救助
    level1: 最低生活保障
    level2: 审批结果
    fiveDisclosures: [决策公开, 执行公开, 管理公开, 结果公开]
    content: [名单]
    timeLimit: { workdays: 20 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const departmental = validCatalogue.replace('基层政务公开标准目录', '主动公开基本目录');

describe('five-disclosures-coverage', () => {
  it('names the missing disclosures once, at catalogueType', () => {
    testRule(fiveDisclosuresCoverage, {
      valid: [validCatalogue + theOtherFour, departmental + theOtherFour],
      invalid: [
        {
          code: validCatalogue,
          errors: [{ messageId: 'missing', at: '1:16', path: 'catalogueType', data: { type: '基层政务公开标准目录', missing: '决策公开、执行公开、管理公开、结果公开' } }],
        },
        {
          code: validCatalogue + theOtherFour.replace('决策公开, ', ''),
          errors: [{ messageId: 'missing', at: '1:16', data: { missing: '决策公开' } }],
        },
      ],
    });
  });

  it('says which disclosures are missing and how to fix it, in Chinese and in English', () => {
    const [zh] = runRule(fiveDisclosuresCoverage, validCatalogue + theOtherFour.replace('执行公开, ', ''));
    expect(zh!.message).toMatch(/^本基层政务公开标准目录没有标注为执行公开的事项。目录须体现“五公开”/);
    const [en] = runRule(fiveDisclosuresCoverage, validCatalogue + theOtherFour.replace('执行公开, ', ''), {}, 'en');
    expect(en!.message).toMatch(/^No item of this 基层政务公开标准目录 is tagged 执行公开\. /);
  });

  it('requires what the option lists for the catalogue type; other types keep their default', () => {
    const onlyService = { required: { 基层政务公开标准目录: ['服务公开'] } };
    expect(runRule(fiveDisclosuresCoverage, validCatalogue, onlyService)).toEqual([]);
    expect(runRule(fiveDisclosuresCoverage, validCatalogue, { required: { 基层政务公开标准目录: ['服务公开', '结果公开'] } })[0]!.data).toMatchObject({ missing: '结果公开' });
    // Setting only 主动公开基本目录 leaves 基层政务公开标准目录 at all five.
    const departmentalOnly = { required: { 主动公开基本目录: ['服务公开'] } };
    expect(runRule(fiveDisclosuresCoverage, departmental, departmentalOnly)).toEqual([]);
    expect(runRule(fiveDisclosuresCoverage, validCatalogue, departmentalOnly).map((f) => f.data.missing)).toEqual(['决策公开、执行公开、管理公开、结果公开']);
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(fiveDisclosuresCoverage);
  });
});

describe('five-disclosures-coverage on examples/broken/five-disclosures-coverage.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/five-disclosures-coverage.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 3 行');
    expect(runRule(fiveDisclosuresCoverage, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['missing 3:16']);
  });
});
