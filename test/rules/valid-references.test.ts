import { describe, it } from 'vitest';
import { validReferences } from '../../src/rules/valid-references.js';
import { validCatalogue } from '../helpers/files.js';
import { testRule } from '../helpers/rule-tester.js';

const interpretation = (target: string, sync = target) => `  - id: jd-001
    level1: 政策解读
    kind: 政策解读
    interprets: [${target}]
    fiveDisclosures: [决策公开]
    content: [解读材料]
    timeLimit: { syncWith: ${sync}, workdays: 3 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;

describe('valid-references', () => {
  it('accepts references to items that exist, and reports those that lead nowhere or to the item itself', () => {
    testRule(validReferences, {
      valid: [validCatalogue, validCatalogue + interpretation('shjz-001')],
      invalid: [
        {
          code: validCatalogue + interpretation('shjz-009'),
          errors: [
            { messageId: 'dangling', at: '22:18', path: 'items[1].interprets[0]', data: { id: 'shjz-009', field: 'interprets' } },
            { messageId: 'dangling', at: '25:28', path: 'items[1].timeLimit.syncWith', data: { field: 'timeLimit.syncWith' } },
          ],
        },
        { code: validCatalogue + interpretation('shjz-001', 'jd-001'), errors: [{ messageId: 'self', at: '25:28' }] },
      ],
    });
  });
});

describe('valid-references on the examples', () => {
  it('stays silent on the example workspace', async () => {
    const { expectSilentOnExamples } = await import('../helpers/rule-tester.js');
    expectSilentOnExamples(validReferences);
  });
});
