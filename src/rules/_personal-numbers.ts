import { isCreditCode, isIdentityNumber, looksLikeIdentityNumber, passesLuhn } from './_check-digits.js';

export type PersonalNumberKind = 'identityNumber' | 'mobile' | 'bankCard';

/** A personal number found in a text; `masked` is the only form a message may show. */
export interface PersonalNumber {
  kind: PersonalNumberKind;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
  masked: string;
}

/** Mobile 3-4-4 and card 4-4-4-4(-1…3) groups with one separator, not glued to further digits. */
const GROUPED_MOBILE = /(?<!\d)(?<!\d[ -])1[3-9]\d([ -])\d{4}\1\d{4}(?![ -]?\d)/g;
const GROUPED_CARD = /(?<!\d)(?<!\d[ -])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![ -]?\d)/g;

/**
 * Resident identity numbers (GB 11643 check character and birth date right), mobile numbers and bank card
 * numbers (16–19 digits passing Luhn) in a text, each a whole run of digits: a longer run is something else.
 * An 18-character run shaped like an identity number is judged as one only: a mistyped identity number is
 * not reported as a bank card, and an 18-digit 统一社会信用代码 with a right check character is neither.
 */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const match of text.matchAll(/\d{17}[Xx]|\d+/g)) {
    const run = match[0];
    const kind = classifyRun(run);
    if (kind) found.push({ kind, index: match.index, masked: mask(kind, run) });
  }
  for (const [pattern, kind] of [[GROUPED_MOBILE, 'mobile'], [GROUPED_CARD, 'bankCard']] as const) {
    for (const match of text.matchAll(pattern)) {
      const digits = match[0].replace(/\D/g, '');
      if (kind === 'mobile' || passesLuhn(digits)) found.push({ kind, index: match.index, masked: mask(kind, digits) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function classifyRun(run: string): PersonalNumberKind | undefined {
  if (run.length === 18 && looksLikeIdentityNumber(run)) return isIdentityNumber(run) ? 'identityNumber' : undefined;
  if (!/^\d+$/.test(run)) return undefined;
  if (run.length === 11 && /^1[3-9]/.test(run)) return 'mobile';
  if (run.length >= 16 && run.length <= 19 && passesLuhn(run) && !isCreditCode(run)) return 'bankCard';
  return undefined;
}

/** 1101**********1234, 138****5678, 6222***********0123: enough to find the number, never the number. */
export function mask(kind: PersonalNumberKind, value: string): string {
  const head = kind === 'mobile' ? 3 : 4;
  return `${value.slice(0, head)}${'*'.repeat(value.length - head - 4)}${value.slice(-4)}`;
}
