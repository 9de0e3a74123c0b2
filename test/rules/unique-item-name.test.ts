import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uniqueItemName } from '../../src/rules/unique-item-name.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

// validCatalogue's item shjz-001 is 社会救助 › 最低生活保障 › 办事指南 (lines 7–18); a second item starts on line 19, a third (of 11 lines) on 30.
const item = (id: string, names: string) => `  - id: ${id}
${names}
    fiveDisclosures: [结果公开]
    content: [名单]
    timeLimit: { workdays: 20 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const sameNames = (area: string) => item('shjz-002', `    area: ${area}\n    level1: 最低生活保障\n    level2: 办事指南`);

describe('unique-item-name', () => {
  it('reports the later of two items with the same names in one area, at its level2', () => {
    testRule(uniqueItemName, {
      valid: [
        validCatalogue,
        validCatalogue + sameNames('养老服务'),
        validCatalogue + item('shjz-002', '    area: 社会救助\n    level1: 最低生活保障\n    level2: 审批结果'),
        validCatalogue + item('shjz-002', '    area: 社会救助\n    level1: 最低生活保障'),
        validCatalogue + item('shjz-002', '    area: 社会救助\n    level1: 最低生活保障\n    level2: 办事指南\n    level3: 城市低保'),
      ],
      invalid: [
        {
          code: validCatalogue + sameNames('社会救助'),
          errors: [{ messageId: 'duplicateInArea', at: '22:13', path: 'items[1].level2', data: { area: '社会救助', name: '最低生活保障/办事指南', firstId: 'shjz-001' } }],
        },
        // Spaces inside a name do not make it another name.
        { code: validCatalogue + item('shjz-002', '    area: 社会救助\n    level1: 最低生活 保障\n    level2: 办事指南'), errors: [{ messageId: 'duplicateInArea', at: '22:13' }] },
        // A third copy still names the first.
        {
          code: validCatalogue + sameNames('社会救助') + sameNames('社会救助').replace('shjz-002', 'shjz-003'),
          errors: [
            { messageId: 'duplicateInArea', at: '22:13', data: { firstId: 'shjz-001' } },
            { messageId: 'duplicateInArea', at: '33:13', path: 'items[2].level2', data: { firstId: 'shjz-001' } },
          ],
        },
      ],
    });
  });

  it('compares areas by their official name, and items without an area across the catalogue, at level1', () => {
    const ecology = (id: string, area: string) => item(id, `    area: ${area}\n    level1: 环境影响评价\n    level2: 审批结果`);
    testRule(uniqueItemName, {
      valid: [],
      invalid: [
        { code: validCatalogue + ecology('sthj-001', '生态环境') + ecology('sthj-002', '环境保护'), errors: [{ messageId: 'duplicateInArea', at: '33:13', data: { area: '生态环境' } }] },
        {
          code: validCatalogue + item('bgs-001', '    level1: 领导信息') + item('bgs-002', '    level1: 领导信息'),
          errors: [{ messageId: 'duplicate', at: '29:13', path: 'items[2].level1', data: { name: '领导信息', firstId: 'bgs-001' } }],
        },
      ],
    });
  });

  it('says how to fix it', () => {
    expect(runRule(uniqueItemName, validCatalogue + sameNames('社会救助'))[0]!.message).toBe(
      '“社会救助”领域中的事项“最低生活保障/办事指南”与事项“shjz-001”重名。同一事项只应列一次：请合并两项的公开内容，或把事项名称写得能区分开。',
    );
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(uniqueItemName);
  });
});

describe('unique-item-name on examples/broken/unique-item-name.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/unique-item-name.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 33 行');
    expect(runRule(uniqueItemName, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['duplicateInArea 33:13']);
  });
});
