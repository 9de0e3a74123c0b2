import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { toCatalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { loadCatalogueText } from '../../src/parse/load.js';
import { activeRules, runRules, type RuleSetting } from '../../src/rules/run.js';
import { timeLimit } from '../../src/rules/time-limit.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

const REGULATION = '《中华人民共和国政府信息公开条例》（国务院令第711号）';
/** validCatalogue with another time limit (line 14, `{` at column 16) and basis (line 13). */
const withLimit = (limit: string, basis = '《社会救助暂行办法》') =>
  validCatalogue.replace('{ workdays: 20, from: 形成或变更 }', limit).replace('[《社会救助暂行办法》]', `[${basis}]`);

/** The severity each finding gets in a run, as `messageId:severity`. */
function severities(text: string, setting?: RuleSetting): string[] {
  const vocab = loadVocabulary();
  const catalogue = toCatalogue('c.yaml', loadCatalogueText(text, 'exact').value as unknown as CatalogueDocument, vocab);
  const active = activeRules([timeLimit], 'publish', setting ? { 'time-limit': setting } : {});
  return runRules(catalogue, active, vocab).map((f) => `${f.messageId}:${f.severity}`);
}

describe('time-limit', () => {
  it('accepts 20 working days, longer limits that cite their own law, and wording that matches the numbers', () => {
    testRule(timeLimit, {
      valid: [
        validCatalogue,
        withLimit('实时'),
        withLimit('{ workdays: 30, from: 批准 }', '《中华人民共和国预算法》'),
        withLimit('{ workdays: 25 }', `${REGULATION}, 《示例省政务公开办法》（示政发〔2020〕3号）`),
        withLimit('{ days: 20, from: 批复, text: 财政部门批复后20日内 }'),
        withLimit('{ workdays: 7, from: 作出决定, text: 作出行政处罚决定之日起7个工作日内公示 }'),
        withLimit('{ workdays: 15, text: 十五个工作日内 }'),
        withLimit('{ deadline: 01-31, text: 每年1月31日前 }'),
        withLimit('{ days: 2, from: 收到, text: 一般舆情48小时内回应 }'),
        withLimit('{ workdays: 10 }\n    postingPeriod: { workdays: 7, text: 公示7个工作日 }'),
      ],
      invalid: [
        {
          code: withLimit('{ workdays: 30, from: 形成或变更 }', REGULATION),
          errors: [{ messageId: 'overStatutory', at: '14:28', path: 'items[0].timeLimit.workdays', data: { workdays: 30 } }],
        },
        { code: withLimit('{ workdays: 25 }', '相关政策文件'), errors: [{ messageId: 'overStatutory', at: '14:28' }] },
        { code: withLimit('{ workdays: 21 }', '《信息公开条例》（国令第492号）'), errors: [{ messageId: 'overStatutory', at: '14:28' }] },
        { code: withLimit('及时'), errors: [{ messageId: 'timelyUnbounded', at: '14:16', path: 'items[0].timeLimit' }] },
      ],
    });
  });

  it('tells a posting period, a retention period and a wrong number apart from the time limit', () => {
    testRule(timeLimit, {
      valid: [],
      invalid: [
        {
          code: withLimit('{ workdays: 10, from: 制作或获取, text: 制定或获取信息之日起10个工作日内，公示7个工作日 }'),
          errors: [{ messageId: 'postingInText', at: '14:51', path: 'items[0].timeLimit.text', data: { posting: '公示7个工作日', suggestion: '{ workdays: 7 }' } }],
        },
        {
          code: withLimit('{ workdays: 20, text: 长期，最新有效 }'),
          errors: [{ messageId: 'retentionInText', at: '14:38', data: { word: '长期' } }],
        },
        {
          code: withLimit('{ workdays: 10, from: 形成或变更, text: 信息形成或者变更之日起20个工作日内 }'),
          errors: [{ messageId: 'textDisagrees', at: '14:51', data: { written: '20个工作日', structured: 'workdays: 10' } }],
        },
        {
          code: withLimit('{ workdays: 20, from: 批复, text: 财政部门批复后20日内 }'),
          errors: [{ messageId: 'textDisagrees', at: '14:48', data: { written: '20日', structured: 'workdays: 20' } }],
        },
        {
          code: withLimit('{ days: 20, text: 二十个工作日内 }'),
          errors: [{ messageId: 'textDisagrees', at: '14:34', data: { written: '20个工作日', structured: 'days: 20' } }],
        },
        {
          code: withLimit('{ workdays: 5, text: 及时公开，公告期限为5个工作日 }'),
          errors: [{ messageId: 'postingInText', at: '14:37', data: { posting: '公告期限为5个工作日' } }],
        },
      ],
    });
  });

  it('reports the over-20 case as an error and the rest as warnings; a rule set to warning lowers all', () => {
    const overAndTimely = withLimit('{ workdays: 30 }', REGULATION) + withLimit('及时').split('items:\n')[1]!.replace('shjz-001', 'shjz-002');
    expect(severities(overAndTimely)).toEqual(['overStatutory:error', 'timelyUnbounded:warning']);
    expect(severities(overAndTimely, 'warning')).toEqual(['overStatutory:warning', 'timelyUnbounded:warning']);
    expect(severities(overAndTimely, 'info')).toEqual(['overStatutory:info', 'timelyUnbounded:info']);
  });

  it('speaks English too, naming the fix', () => {
    const [finding] = runRule(timeLimit, withLimit('{ workdays: 30 }', REGULATION), {}, 'en');
    expect(finding!.message).toContain('cite the law that sets this period');
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(timeLimit);
  });
});

describe('time-limit on examples/broken/time-limit.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/time-limit.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 17 行');
    expect(runRule(timeLimit, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['overStatutory 17:28']);
  });
});
