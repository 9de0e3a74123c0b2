import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audienceModeLevel } from '../../src/rules/audience-mode-level.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

// In validCatalogue the publisher's level is on line 5; the item's audience, mode and levels on lines 16–18.
const edit = (from: string, to: string) => validCatalogue.replace(from, to);

describe('audience-mode-level', () => {
  it('reports an audience or a mode with both values ticked, at the field', () => {
    testRule(audienceModeLevel, {
      valid: [validCatalogue, edit('audience: 全社会', 'audience: [特定群体]'), edit('mode: 主动', 'mode: [依申请]')],
      invalid: [
        {
          code: edit('audience: 全社会', 'audience: [全社会, 特定群体]'),
          errors: [{ messageId: 'bothAudiences', at: '16:15', path: 'items[0].audience', data: { values: '全社会、特定群体' } }],
        },
        { code: edit('mode: 主动', 'mode: [主动, 依申请]'), errors: [{ messageId: 'bothModes', at: '17:11', path: 'items[0].mode', data: { values: '主动、依申请' } }] },
      ],
    });
  });

  it('reports each level above the publisher’s, at that level', () => {
    testRule(audienceModeLevel, {
      valid: [edit('levels: [县级, 乡级]', 'levels: [县级, 乡级, 村级]'), edit('levels: [县级, 乡级]', 'levels: [乡级]').replace('level: 县级', 'level: 乡级')],
      invalid: [
        {
          code: edit('level: 县级', 'level: 乡级'),
          errors: [{ messageId: 'levelAbove', at: '18:14', path: 'items[0].levels[0]', data: { level: '县级', publisherLevel: '乡级' } }],
        },
        {
          code: edit('level: 县级', 'level: 市级').replace('levels: [县级, 乡级]', 'levels: [省级, 市级, 县级]'),
          errors: [{ messageId: 'levelAbove', at: '18:14', path: 'items[0].levels[0]', data: { level: '省级', publisherLevel: '市级' } }],
        },
        {
          code: edit('level: 县级', 'level: 村级'),
          errors: [
            { messageId: 'levelAbove', at: '18:14', data: { level: '县级' } },
            { messageId: 'levelAbove', at: '18:18', path: 'items[0].levels[1]', data: { level: '乡级' } },
          ],
        },
      ],
    });
  });

  it('says which value to keep', () => {
    const [finding] = runRule(audienceModeLevel, edit('level: 县级', 'level: 乡级'));
    expect(finding!.message).toBe('公开层级“县级”高于公开主体的层级“乡级”。本目录只能列本级及以下承担的公开义务，请删去“县级”或改为“乡级”。');
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(audienceModeLevel);
  });
});

describe('audience-mode-level on examples/broken/audience-mode-level.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/audience-mode-level.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 38 行');
    expect(runRule(audienceModeLevel, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['bothAudiences 38:15']);
  });
});
