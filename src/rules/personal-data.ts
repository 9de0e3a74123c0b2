import { findPersonalNumbers } from './_personal-numbers.js';
import { itemTextsOf, visitItemStrings } from './_strings.js';
import type { Rule } from './types.js';

/**
 * The 2018 work points require personal information in disclosures to be de-identified. A catalogue is published
 * as it is, so an identity, mobile or bank card number in any of its items' texts is published with it.
 */
export const personalData: Rule = {
  meta: {
    id: 'personal-data',
    severity: 'error',
    description: { zh: '目录中不得含有身份证号、手机号、银行卡号等个人信息', en: 'No identity, mobile or bank card numbers in the catalogue' },
    messages: {
      identityNumber: {
        zh: '这里含有居民身份证号码 {masked}（此处已打码）。公开的信息须对个人信息去标识化：请删除该号码，确需保留时只留前 4 位和后 4 位。',
        en: 'This text holds a resident identity number, {masked} (masked here). Personal information must be de-identified before publication: delete the number, or keep only its first and last 4 characters.',
      },
      mobile: {
        zh: '这里含有手机号码 {masked}（此处已打码）。个人手机号不应公开：请删除，或改为单位办公电话；确需保留时隐去中间 4 位。',
        en: 'This text holds a mobile number, {masked} (masked here). Personal mobile numbers must not be published: delete it or give the office phone instead; if it must stay, hide the middle 4 digits.',
      },
      bankCard: {
        zh: '这里含有银行卡号 {masked}（此处已打码）。银行卡号属于个人信息，不应公开：请删除，确需保留时只留前 4 位和后 4 位。',
        en: 'This text holds a bank card number, {masked} (masked here). Card numbers are personal information: delete it, or keep only the first and last 4 digits.',
      },
    },
  },
  check(ctx) {
    const visit = (text: string, path: (string | number)[]) => {
      // Every number this rule knows has a run of 3 digits (a grouped mobile starts with one); most texts have none.
      if (!/\d{3}/.test(text)) return;
      for (const number of findPersonalNumbers(text)) ctx.report({ path: [...path], messageId: number.kind, data: { masked: number.masked } });
    };
    const texts = itemTextsOf(ctx.catalogue);
    ctx.catalogue.items.forEach((item, i) => {
      if (MAY_HOLD_NUMBER.test(texts[i]!)) visitItemStrings(ctx.catalogue, item, visit);
    });
  },
};

/**
 * What every number findPersonalNumbers reports contains: a run of 11 or more digits (identity, mobile,
 * card) or two groups of four digits with a space or hyphen between (grouped mobile or card numbers).
 */
const MAY_HOLD_NUMBER = /\d{11}|\d{4}[ -]\d{4}/;
