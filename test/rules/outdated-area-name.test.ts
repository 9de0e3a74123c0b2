import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outdatedAreaName } from '../../src/rules/outdated-area-name.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

// validCatalogue's item has `area: 社会救助` on line 8.
const area = (name: string) => validCatalogue.replace('area: 社会救助', `area: ${name}`);
const notApplicable = (name: string) => validCatalogue.replace('items:\n', `notApplicableAreas:\n  - area: ${name}\n    reason: 本局不承担该领域。\nitems:\n`);

describe('outdated-area-name', () => {
  it('reports an outdated area name with the current one, at the area', () => {
    testRule(outdatedAreaName, {
      // Current names, and aliases that are not former names, are fine.
      valid: [validCatalogue, area('生态环境'), area('乡村振兴'), area('国土空间规划'), area('涉贫涉乡村振兴'), notApplicable('卫生健康')],
      invalid: [
        { code: area('环境保护'), errors: [{ messageId: 'outdated', at: '8:11', path: 'items[0].area', data: { written: '环境保护', current: '生态环境' } }] },
        { code: area('扶贫'), errors: [{ messageId: 'outdated', at: '8:11', data: { written: '扶贫', current: '乡村振兴' } }] },
        { code: area('扶贫领域'), errors: [{ messageId: 'outdated', at: '8:11', data: { written: '扶贫领域', current: '乡村振兴' } }] },
        {
          code: notApplicable('医疗卫生'),
          errors: [{ messageId: 'outdated', at: '7:11', path: 'notApplicableAreas[0].area', data: { written: '医疗卫生', current: '卫生健康' } }],
        },
      ],
    });
  });

  it('flags only the names the option lists', () => {
    const onlyPoverty = { names: ['扶贫', '扶贫领域'] };
    expect(runRule(outdatedAreaName, area('环境保护'), onlyPoverty)).toEqual([]);
    expect(runRule(outdatedAreaName, area('扶贫'), onlyPoverty).map((f) => f.at)).toEqual(['8:11']);
    expect(runRule(outdatedAreaName, area('扶贫'), { names: [] })).toEqual([]);
  });

  it('names the area to write', () => {
    expect(runRule(outdatedAreaName, area('扶贫'))[0]!.message).toBe('领域名称“扶贫”是旧称，现行名称为“乡村振兴”。请改为 area: 乡村振兴。');
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(outdatedAreaName);
  });
});

describe('outdated-area-name on examples/broken/outdated-area-name.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/outdated-area-name.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 31 行');
    expect(runRule(outdatedAreaName, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['outdated 31:11']);
  });
});
