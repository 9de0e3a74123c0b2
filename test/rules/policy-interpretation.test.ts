import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyInterpretation } from '../../src/rules/policy-interpretation.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

// validCatalogue is 18 lines; a policy item then takes lines 19–29, an interpretation after it 30–41 (timeLimit on 37).
const policy = (id: string) => `  - id: ${id}
    level1: 政策文件
    level2: 规范性文件
    kind: 政策文件
    fiveDisclosures: [决策公开]
    content: [文件全文]
    timeLimit: { workdays: 20, from: 形成或变更 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const interpretation = (interprets: string, timeLimit: string, id = 'jd-001') => `  - id: ${id}
    level1: 政策文件
    level2: 政策解读
    kind: 政策解读
    interprets: [${interprets}]
    fiveDisclosures: [决策公开]
    content: [解读材料]
    timeLimit: ${timeLimit}
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const withPolicy = validCatalogue + policy('zcwj-001');

describe('policy-interpretation', () => {
  it('accepts a policy with an interpretation in sync within the limit', () => {
    testRule(policyInterpretation, {
      valid: [
        validCatalogue,
        withPolicy + interpretation('zcwj-001', '{ syncWith: zcwj-001, workdays: 5 }'),
        withPolicy + interpretation('zcwj-001', '{ syncWith: zcwj-001, workdays: 0, text: 同步发布 }'),
        // One interpretation of two documents, in sync with one of them.
        withPolicy + policy('zcwj-002') + interpretation('zcwj-001, zcwj-002', '{ syncWith: zcwj-002, workdays: 3 }'),
        // A syncWith that leads nowhere is valid-references' finding, not this rule's.
        withPolicy + interpretation('zcwj-001', '{ syncWith: zcwj-009, workdays: 3 }'),
      ],
      invalid: [],
    });
  });

  it('reports a policy item without an interpretation at the item', () => {
    testRule(policyInterpretation, {
      valid: [],
      invalid: [
        { code: withPolicy, errors: [{ messageId: 'noInterpretation', at: '19:5', path: 'items[1]', data: { id: 'zcwj-001', maxWorkdays: 5 } }] },
        // An interpretation of something else (a dangling id, or an ordinary item) does not count.
        { code: withPolicy + interpretation('zcwj-009', '{ syncWith: zcwj-001, workdays: 3 }'), errors: [{ messageId: 'noInterpretation', at: '19:5' }] },
        { code: withPolicy + interpretation('shjz-001', '{ syncWith: shjz-001, workdays: 3 }'), errors: [{ messageId: 'noInterpretation', at: '19:5' }] },
        {
          code: withPolicy + policy('zcwj-002') + interpretation('zcwj-001', '{ syncWith: zcwj-001, workdays: 3 }'),
          errors: [{ messageId: 'noInterpretation', at: '30:5', path: 'items[2]', data: { id: 'zcwj-002' } }],
        },
      ],
    });
  });

  it('reports an interpretation that is not in sync, or too slow, at its time limit', () => {
    testRule(policyInterpretation, {
      valid: [],
      invalid: [
        {
          code: withPolicy + interpretation('zcwj-001', '{ workdays: 5, from: 形成或变更 }'),
          errors: [{ messageId: 'notInSync', at: '37:16', path: 'items[2].timeLimit', data: { id: 'jd-001', policy: 'zcwj-001' } }],
        },
        { code: withPolicy + interpretation('zcwj-001', '及时'), errors: [{ messageId: 'notInSync', at: '37:16' }] },
        {
          code: withPolicy + interpretation('zcwj-001', '{ syncWith: shjz-001, workdays: 3 }'),
          errors: [{ messageId: 'syncWithOther', at: '37:28', path: 'items[2].timeLimit.syncWith', data: { syncWith: 'shjz-001', policy: '“zcwj-001”' } }],
        },
        {
          code: withPolicy + interpretation('zcwj-001', '{ syncWith: zcwj-001, workdays: 10 }'),
          errors: [{ messageId: 'tooSlow', at: '37:48', path: 'items[2].timeLimit.workdays', data: { workdays: 10, maxWorkdays: 5 } }],
        },
        {
          code: withPolicy + interpretation('zcwj-001', '{ syncWith: zcwj-001, workdays: 5 }'),
          options: { maxWorkdays: 3 },
          errors: [{ messageId: 'tooSlow', at: '37:48', data: { workdays: 5, maxWorkdays: 3 } }],
        },
      ],
    });
  });

  it('names the item to add and the time limit to write', () => {
    const [finding] = runRule(policyInterpretation, withPolicy, { maxWorkdays: 3 });
    expect(finding!.message).toBe(
      '政策文件事项“zcwj-001”没有对应的政策解读事项。按“谁起草、谁解读”，请添加 kind: 政策解读 的事项，写 interprets: [zcwj-001]，时限写 { syncWith: zcwj-001, workdays: 3 }。',
    );
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(policyInterpretation);
  });
});

describe('policy-interpretation on examples/broken/policy-interpretation.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/policy-interpretation.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 24 行');
    expect(runRule(policyInterpretation, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['notInSync 24:16']);
  });
});
