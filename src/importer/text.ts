/** Small readings of cell text shared by the row reader. */

/** 同上 / 同前 / 〃: "the same as the row above". */
export function isSameAsAbove(text: string): boolean {
  return /^(?:同上|同前|同左上|〃|")$/.test(text.replace(/\s+/g, ''));
}

/**
 * A number that orders an item rather than names it: 1.最低生活保障, 1.1政策法规文件, （一）政府文件,
 * 一、概况信息, 3）办事指南. Digits followed by a word (2023年度预算, 12345热线) are part of the name.
 */
const NUMBERING = /^\s*(?:\d+(?:[.．]\d+)+[.．、]?|\d+[.．、)）](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．])\s*/;

export function stripNumbering(text: string): string {
  const stripped = text.replace(NUMBERING, '');
  return stripped === '' ? text : stripped;
}

/** A cell's lines; a name's manual line breaks are joined (CJK text needs no space). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function oneLine(text: string): string {
  return lines(text).join('');
}

/** Content lines each numbered 1. 2. 3. (or (1) (2) …) lose the numbers; otherwise the lines stay as written. */
export function unnumberedLines(items: string[]): { items: string[]; stripped: boolean } {
  if (items.length < 2 || !items.every((line) => stripNumbering(line) !== line)) return { items, stripped: false };
  return { items: items.map(stripNumbering), stripped: true };
}

/** A list written on one line with numbers: 1.办理事项 2.办理条件 → two lines. */
export function splitNumberedLine(text: string): string[] {
  const parts = text.split(/\s*(?=(?:^|[\s；;])?\d+[.．、](?!\d))/).map((p) => p.replace(/^[\s；;]+/, '').trim()).filter(Boolean);
  return parts.length > 1 && parts.every((p) => /^\d+[.．、]/.test(p)) ? parts : [text];
}

export function looksLikeUrl(text: string): boolean {
  return /^(?:https?:\/\/\S+|\/\S*)$/.test(text);
}
