import { describe, it } from 'vitest';
import { uniqueItemId } from '../../src/rules/unique-item-id.js';
import { validCatalogue } from '../helpers/files.js';
import { testRule } from '../helpers/rule-tester.js';

const second = (id: string) => `  - id: ${id}
    level1: 最低生活保障
    fiveDisclosures: [结果公开]
    content: [名单]
    timeLimit: { workdays: 10 }
    channels: [政府网站]
    audience: 特定群体
    mode: 主动
    levels: [乡级]
`;

describe('unique-item-id', () => {
  it('reports the second use of an id, at the id', () => {
    testRule(uniqueItemId, {
      valid: [validCatalogue, validCatalogue + second('shjz-002')],
      invalid: [{ code: validCatalogue + second('shjz-001'), errors: [{ messageId: 'duplicate', at: '19:9', path: 'items[1].id', data: { id: 'shjz-001', firstLine: 1 } }] }],
    });
  });
});

describe('unique-item-id on the examples', () => {
  it('stays silent on the example workspace', async () => {
    const { expectSilentOnExamples } = await import('../helpers/rule-tester.js');
    expectSilentOnExamples(uniqueItemId);
  });
});
