import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isCreditCode } from '../../src/rules/_check-digits.js';
import { creditCode } from '../../src/rules/credit-code.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue with publisher.creditCode on line 6, its value at column 15. */
const withCode = (code: string) => validCatalogue.replace('  level: 县级\n', `  level: 县级\n  creditCode: ${code}\n`);

/** A real-shaped code: 1 (机关) 1 (机关), a 6-digit area code, a 9-character organisation code, and its check character. */
function validCode(area: string, organisation: string): string {
  const first17 = `11${area}${organisation}`;
  return first17 + creditCodeCheckChar(first17)!;
}

describe('GB 32100 check character', () => {
  it('agrees with codes published by real bodies (primer samples, Sichuan service listing)', () => {
    for (const code of ['11511300008778693M', '115113010833722043', '11511301008778183N', '115113010087786859', '11511301008778220W', '11511301MB1550442U']) {
      expect(isCreditCode(code), code).toBe(true);
    }
    expect(creditCodeCheckChar('11511300008778693')).toBe('M');
  });

  it('changes when any one of the first 17 characters changes', () => {
    const code = '11511300008778693M';
    for (let i = 0; i < 17; i++) {
      const other = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(code[i]!) + 1) % 31]!;
      expect(isCreditCode(code.slice(0, i) + other + code.slice(i + 1)), `position ${i + 1}`).toBe(false);
    }
  });
});

describe('credit-code', () => {
  const good = validCode('511302', 'MB155044X');
  const wrongLast = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

  it('accepts codes with the right check character and reports a wrong one with the expected character', () => {
    testRule(creditCode, {
      valid: [validCatalogue, withCode('11511300008778693M'), withCode(good)],
      invalid: [
        { code: withCode('11511300008778693N'), errors: [{ messageId: 'checkChar', at: '6:15', path: 'publisher.creditCode', data: { code: '11511300008778693N', expected: 'M', actual: 'N' } }] },
        { code: withCode(wrongLast), errors: [{ messageId: 'checkChar', at: '6:15', data: { expected: good[17]!, actual: wrongLast[17]! } }] },
        { code: withCode('11511300008778963M'), errors: [{ messageId: 'checkChar', at: '6:15', data: { actual: 'M' } }] },
      ],
    });
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(creditCode);
  });
});

describe('credit-code on examples/broken/credit-code.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/credit-code.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 9 行');
    expect(runRule(creditCode, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['checkChar 9:15']);
  });
});
