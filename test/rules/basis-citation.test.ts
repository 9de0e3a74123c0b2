import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basisCitation } from '../../src/rules/basis-citation.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue with other basis entries on line 13 (the first entry at column 13). */
const withBasis = (...entries: string[]) => validCatalogue.replace('[《社会救助暂行办法》]', `[${entries.map((e) => JSON.stringify(e)).join(', ')}]`);

describe('basis-citation', () => {
  it('accepts titles in 《》 with well-formed document numbers', () => {
    testRule(basisCitation, {
      valid: [
        validCatalogue,
        withBasis('《中华人民共和国政府信息公开条例》（国务院令第711号）'),
        withBasis('《〈关于全面推进政务公开工作的意见〉实施细则》（国办发〔2016〕80号）'),
        withBasis('《中华人民共和国预算法》第十四条', '《地方预决算公开操作规程》（财预〔2016〕143号）'),
        withBasis('《中华人民共和国政府信息公开条例》（国务院令第711号)'),
      ],
      invalid: [],
    });
  });

  it('reports entries without a title, vague ones apart', () => {
    testRule(basisCitation, {
      valid: [],
      invalid: [
        { code: withBasis('相关政策文件'), errors: [{ messageId: 'vague', at: '13:13', path: 'items[0].basis[0]', data: { text: '相关政策文件' } }] },
        { code: withBasis('《社会救助暂行办法》', '信息公开规定'), errors: [{ messageId: 'vague', at: '13:27', path: 'items[0].basis[1]' }] },
        { code: withBasis('国发〔2012〕45号、各地相关政策法规文件'), errors: [{ messageId: 'noTitle', at: '13:13' }] },
        { code: withBasis('条例(国务院令第711号)'), errors: [{ messageId: 'noTitle', at: '13:13' }] },
      ],
    });
  });

  it('reports document numbers with other brackets than 〔〕, naming the corrected number', () => {
    testRule(basisCitation, {
      valid: [],
      invalid: [
        {
          code: withBasis('《关于进一步推进政务公开的通知》（辽政办发(2014)74号）'),
          errors: [{ messageId: 'numberBrackets', at: '13:13', data: { number: '辽政办发(2014)74号', correct: '辽政办发〔2014〕74号' } }],
        },
        { code: withBasis('《国务院关于进一步加强和改进最低生活保障工作的意见》（国发【2012】45号）'), errors: [{ messageId: 'numberBrackets', at: '13:13', data: { correct: '国发〔2012〕45号' } }] },
        { code: withBasis('《地方预决算公开操作规程》（财预［2016］143号）'), errors: [{ messageId: 'numberBrackets', at: '13:13', data: { correct: '财预〔2016〕143号' } }] },
        { code: withBasis('《地方预决算公开操作规程》(财预[2016]143号)'), errors: [{ messageId: 'numberBrackets', at: '13:13', data: { correct: '财预〔2016〕143号' } }] },
      ],
    });
  });

  it('reports unbalanced brackets and a doubled 号 with the corrected entry', () => {
    testRule(basisCitation, {
      valid: [],
      invalid: [
        {
          code: withBasis('《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018)23号〕）'),
          errors: [
            { messageId: 'numberBrackets', at: '13:13', data: { number: '民发〔2018)23号', correct: '民发〔2018〕23号' } },
            { messageId: 'strayBracket', at: '13:13', data: { bracket: '〕', fixed: '《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）' } },
          ],
        },
        {
          code: withBasis('《中华人民共和国政府信息公开条例》(国令第711号) 号'),
          errors: [{ messageId: 'duplicateHao', at: '13:13', data: { fixed: '《中华人民共和国政府信息公开条例》(国令第711号)' } }],
        },
        { code: withBasis('《社会救助暂行办法》（国务院令第709号号）'), errors: [{ messageId: 'duplicateHao', at: '13:13', data: { fixed: '《社会救助暂行办法》（国务院令第709号）' } }] },
        { code: withBasis('《社会救助暂行办法（国务院令第709号）'), errors: [{ messageId: 'unclosedBracket', at: '13:13', data: { bracket: '《', closer: '》' } }] },
        { code: withBasis('《社会救助暂行办法》》'), errors: [{ messageId: 'strayBracket', at: '13:13', data: { bracket: '》', fixed: '《社会救助暂行办法》' } }] },
      ],
    });
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(basisCitation);
  });
});

describe('basis-citation on examples/broken/basis-citation.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/basis-citation.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 17 行');
    expect(text.split('\n')[0]).toContain('第 18 行');
    expect(text.split('\n')[0]).toContain('第 19 行');
    expect(text.split('\n')[0]).toContain('第 20 行');
    expect(runRule(basisCitation, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['vague 17:9', 'numberBrackets 18:9', 'numberBrackets 19:9', 'strayBracket 19:9', 'duplicateHao 20:9']);
  });
});
