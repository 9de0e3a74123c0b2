import { creditCodeCheckChar } from './_check-digits.js';
import type { Rule } from './types.js';

/**
 * The schema checks the shape of publisher.creditCode (18 characters of the right alphabet); this rule checks its
 * 18th character, the GB 32100 check character, which catches a mistyped digit anywhere in the code.
 */
export const creditCode: Rule = {
  meta: {
    id: 'credit-code',
    severity: 'error',
    description: { zh: '统一社会信用代码的校验码正确', en: 'The 统一社会信用代码 has the right check character' },
    messages: {
      checkChar: {
        zh: '统一社会信用代码“{code}”的第 18 位（校验码）按 GB 32100 应为“{expected}”，这里是“{actual}”。通常是前 17 位中某一位抄错了：请对照营业执照或登记证书核对整个代码，不要只改最后一位。',
        en: 'By GB 32100 the 18th (check) character of 统一社会信用代码 "{code}" should be "{expected}", not "{actual}". Usually one of the first 17 characters was mistyped: check the whole code against the registration certificate rather than changing only the last character.',
      },
    },
  },
  check(ctx) {
    const code = ctx.catalogue.publisher.creditCode;
    if (code === undefined || code.length !== 18) return;
    const expected = creditCodeCheckChar(code.slice(0, 17));
    const actual = code[17]!;
    if (expected !== undefined && expected !== actual) ctx.report({ path: ['publisher', 'creditCode'], messageId: 'checkChar', data: { code, expected, actual } });
  },
};
