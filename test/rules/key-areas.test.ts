import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyAreas } from '../../src/rules/key-areas.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

const budgetUnit = validCatalogue.replace('  level: 县级\n', '  level: 县级\n  budgetUnit: true\n');
const departmental = budgetUnit.replace('基层政务公开标准目录', '主动公开基本目录');
const item = (id: string, lines: string) => `  - id: ${id}
${lines}
    fiveDisclosures: [执行公开]
    content: [内容]
    timeLimit: { days: 20, from: 批复 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const budgetArea = item('czyj-001', '    area: 财政预决算\n    level1: 部门预决算');
const budgetByName = item('cw-001', '    category: 财务信息\n    level1: 部门预算');
const publicResources = item('ggzy-001', '    area: 公共资源交易\n    level1: 政府采购');

describe('key-areas: budget units', () => {
  it('asks a budget unit for its 财政预决算 items, at publisher.budgetUnit', () => {
    testRule(keyAreas, {
      valid: [
        validCatalogue,
        budgetUnit.replace('budgetUnit: true', 'budgetUnit: false'),
        budgetUnit + budgetArea,
        budgetUnit + item('czyj-001', '    area: 财政预算决算\n    level1: 部门预决算'),
        // A 主动公开基本目录 usually has no areas: an item named for 预算 or 决算 is enough.
        departmental + budgetByName,
        departmental + item('cw-001', '    level1: 财务信息\n    level2: 部门决算'),
        departmental + item('cw-001', '    category: 预决算信息\n    level1: 部门收支'),
      ],
      invalid: [
        { code: budgetUnit, errors: [{ messageId: 'budgetMissing', at: '6:15', path: 'publisher.budgetUnit', data: { publisher: '示例县民政局' } }] },
        // In a 基层政务公开标准目录 the area is what counts, not the name.
        { code: budgetUnit + budgetByName, errors: [{ messageId: 'budgetMissing', at: '6:15' }] },
        // An item of another area whose name mentions 预算 is that area's, not the department's budget.
        { code: departmental + item('shjz-009', '    area: 社会救助\n    level1: 救助资金预算'), errors: [{ messageId: 'budgetMissing', at: '6:15' }] },
      ],
    });
  });

  it('says what to add', () => {
    expect(runRule(keyAreas, budgetUnit)[0]!.message).toMatch(/^“示例县民政局”是预算单位，但目录中没有财政预决算事项。.*请添加 area: 财政预决算 的事项/);
  });
});

describe('key-areas: areas the config declares for a publisher', () => {
  const declare = (...areas: string[]) => ({ publishers: { 示例县民政局: areas, 示例县财政局: ['财政预决算'] } });

  it('reports each declared area without an item, at publisher.name, by its official name', () => {
    const found = runRule(keyAreas, validCatalogue, declare('重大建设项目', '公共资源配置'));
    expect(found.map((f) => [f.messageId, f.at, f.path, f.data.area])).toEqual([
      ['areaMissing', '4:9', 'publisher.name', '公共资源交易'],
      ['areaMissing', '4:9', 'publisher.name', '重大建设项目'],
    ]);
    expect(found[0]!.message).toBe('配置要求“示例县民政局”公开“公共资源交易”领域信息，但目录中没有该领域的事项。请添加 area: 公共资源交易 的事项；如本主体不承担该领域，请修改配置。');
  });

  it('accepts a declared area, by name or alias, once an item is in it', () => {
    expect(runRule(keyAreas, validCatalogue + publicResources, declare('公共资源配置', '社会救助'))).toEqual([]);
    expect(runRule(keyAreas, validCatalogue, { publishers: { 示例县财政局: ['财政预决算'] } })).toEqual([]);
  });

  it('reports a declared area gkml does not know', () => {
    const found = runRule(keyAreas, validCatalogue + publicResources, declare('社会公益事业建设', '公共资源交易'));
    expect(found.map((f) => [f.messageId, f.at, f.data.area])).toEqual([['unknownArea', '4:9', '社会公益事业建设']]);
  });
});

describe('key-areas on the examples', () => {
  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(keyAreas);
  });
});

describe('key-areas on examples/broken/key-areas.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/key-areas.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 7 行');
    expect(runRule(keyAreas, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['budgetMissing 7:15']);
  });
});
