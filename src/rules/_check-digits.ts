/** Check characters of the national identifier standards: pure arithmetic, no I/O. */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check character (0-9 or X) of the first 17 digits of a resident identity number. */
export function identityCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** A date YYYYMMDD that exists in the calendar (years 1800–2099, as identity numbers hold). */
export function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1800 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** 18 characters shaped like an identity number: an address code, a real birth date, a sequence number. */
export function looksLikeIdentityNumber(value: string): boolean {
  return /^[1-9]\d{16}[\dXx]$/.test(value) && isRealDate(value.slice(6, 14));
}

/** A resident identity number whose birth date is real and whose check character (GB 11643) is right. */
export function isIdentityNumber(value: string): boolean {
  return looksLikeIdentityNumber(value) && identityCheckChar(value) === value[17]!.toUpperCase();
}

/** The Luhn (mod 10) check that bank card numbers pass. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The 31 characters of 统一社会信用代码 (GB 32100): digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character of the first 17 characters, or undefined when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '?');
    if (value < 0) return undefined;
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** An 18-character 统一社会信用代码 whose check character is right. */
export function isCreditCode(value: string): boolean {
  return value.length === 18 && creditCodeCheckChar(value.slice(0, 17)) === value[17];
}
