import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, identityCheckChar, passesLuhn } from '../../src/rules/_check-digits.js';
import { findPersonalNumbers } from '../../src/rules/_personal-numbers.js';
import { personalData } from '../../src/rules/personal-data.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue with a note (line 19, value at column 11). */
const withNote = (note: string) => `${validCatalogue}    note: ${note}\n`;

/** 18 characters: area code, birth date, sequence number, and the GB 11643 check character. */
const identity = (first17: string) => first17 + identityCheckChar(first17);
/** A number completed with its Luhn check digit. */
const luhn = (prefix: string) => [...'0123456789'].map((d) => prefix + d).find(passesLuhn)!;

const ID = identity('11010519491231002'); // the GB 11643 standard's own example: 11010519491231002X
const CARD = luhn('622202123456789012');

describe('personal-data', () => {
  it('finds identity, mobile and bank card numbers and shows them masked', () => {
    testRule(personalData, {
      valid: [
        validCatalogue,
        withNote('咨询电话 0871-12345678，办公时间 9:00-17:00'),
        withNote('身份证号 110105194912310021（校验码不对，不是有效号码）'),
        withNote('编号 1101051949123100212（19 位，比身份证号长）'),
        withNote('批次 213800138000（12 位，不是手机号）'),
        withNote('统一社会信用代码 115113010087786859'),
      ],
      invalid: [
        { code: withNote(`申请人身份证号${ID}`), errors: [{ messageId: 'identityNumber', at: '19:11', path: 'items[0].note', data: { masked: '1101**********002X' } }] },
        { code: withNote('联系人 张三 13812345678'), errors: [{ messageId: 'mobile', at: '19:11', data: { masked: '138****5678' } }] },
        { code: withNote('联系人手机 138 1234 5678'), errors: [{ messageId: 'mobile', at: '19:11', data: { masked: '138****5678' } }] },
        { code: withNote(`补助发放至卡号${CARD}`), errors: [{ messageId: 'bankCard', at: '19:11', data: { masked: '6222***********0128' } }] },
        { code: withNote('卡号 6228 4800 1234 5671'), errors: [{ messageId: 'bankCard', at: '19:11', data: { masked: '6228********5671' } }] },
        {
          code: validCatalogue.replace('申请材料]', `申请材料, 低保对象王某（${ID}）]`),
          errors: [{ messageId: 'identityNumber', at: '12:27', path: 'items[0].content[2]' }],
        },
      ],
    });
  });

  it('never shows a number in full, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const findings = runRule(personalData, withNote(`${ID}，13812345678，${CARD}`), {}, lang);
      expect(findings.map((f) => f.messageId).sort()).toEqual(['bankCard', 'identityNumber', 'mobile']);
      for (const f of findings) {
        expect(f.message).not.toMatch(/\d{5}/);
        expect(JSON.stringify(f.data)).not.toMatch(/\d{5}/);
      }
    }
  });

  it('does not read an 18-digit credit code with a right check character as a bank card', () => {
    let code = '';
    for (let n = 0; !code; n++) {
      const first17 = `91530100${String(n).padStart(9, '0')}`;
      const candidate = first17 + creditCodeCheckChar(first17)!;
      if (/^\d{18}$/.test(candidate) && passesLuhn(candidate)) code = candidate;
    }
    expect(findPersonalNumbers(`代码${code}`)).toEqual([]);
    expect(findPersonalNumbers(`卡号${code.slice(0, 17)}${(Number(code[17]) + 5) % 10}`)).toEqual([]);
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(personalData);
  });
});

describe('identity numbers (property)', () => {
  const DAY = 86_400_000;
  const birthDate = fc.integer({ min: 0, max: 73_000 }).map((d) => new Date(Date.UTC(1900, 0, 1) + d * DAY).toISOString().slice(0, 10).replace(/-/g, ''));
  const first17 = fc
    .tuple(fc.stringMatching(/^[1-8]\d{5}$/), birthDate, fc.stringMatching(/^\d{3}$/))
    .map(([area, date, sequence]) => `${area}${date}${sequence}`);
  const words = fc.string({ unit: fc.constantFrom('身', '份', '证', '号', '：', '，', '张', '三', 'a', 'b', ' ', '（', '）'), maxLength: 8 });

  it('finds every valid identity number, wherever it stands in a text', () => {
    fc.assert(
      fc.property(first17, words, words, (digits, before, after) => {
        const found = findPersonalNumbers(`${before}${identity(digits)}${after}`);
        expect(found.map((f) => f.kind)).toEqual(['identityNumber']);
        expect(found[0]!.index).toBe(before.length);
      }),
    );
  });

  it('never reports a number whose check character is wrong', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), words, words, (digits, check, before, after) => {
        fc.pre(check !== identityCheckChar(digits));
        expect(findPersonalNumbers(`${before}${digits}${check}${after}`)).toEqual([]);
      }),
    );
  });

  it('the rule itself: valid numbers are reported, wrong check characters are not', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, check) => {
        const ids = runRule(personalData, withNote(`身份证号${digits}${check}`)).map((f) => f.messageId);
        expect(ids).toEqual(check === identityCheckChar(digits) ? ['identityNumber'] : []);
      }),
      { numRuns: 40 },
    );
  });
});

describe('personal-data on examples/broken/personal-data.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/personal-data.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 19 行');
    expect(runRule(personalData, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['identityNumber 19:11', 'mobile 19:11']);
  });
});
