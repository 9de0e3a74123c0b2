import { itemTextsOf, visitHeaderStrings, visitItemStrings } from './_strings.js';
import type { Rule } from './types.js';

/**
 * A simplified catalogue with 部門, 公報, 推進 in it was converted or pasted from a traditional-character page
 * (primer §9 row 1). The table (vocab/traditional-chars.yaml) holds only characters that are never simplified forms.
 */
export const traditionalChars: Rule = {
  meta: {
    id: 'traditional-chars',
    severity: 'warning',
    description: { zh: '简体目录中不夹杂繁体字', en: 'No traditional characters in a simplified catalogue' },
    messages: {
      traditional: {
        zh: '这里有繁体字：{pairs}。简体目录请改用简体字（常见原因是网站繁简自动转换或从繁体页面复制）。',
        en: 'This text has traditional characters: {pairs}. Use the simplified forms in a simplified catalogue (they usually come from automatic conversion or text copied from a traditional-character page).',
      },
    },
    options: { allow: [] },
  },
  check(ctx) {
    const table = ctx.vocab.traditionalChars ?? {};
    const allow = ctx.options.allow;
    const allowed = new Set(Array.isArray(allow) ? allow.filter((c): c is string => typeof c === 'string') : []);
    const any = anyOf(table);
    const visit = (text: string, path: (string | number)[]) => {
      if (!any.test(text)) return; // one native scan; almost every text is clean
      const found = new Map<string, string>();
      for (const char of text) {
        const simplified = table[char];
        if (simplified !== undefined && !allowed.has(char)) found.set(char, simplified);
      }
      if (found.size > 0) ctx.report({ path: [...path], messageId: 'traditional', data: { pairs: [...found].map(([t, s]) => `${t}→${s}`).join('、') } });
    };
    visitHeaderStrings(ctx.catalogue, visit);
    // One scan of each item's joined text; only an item with a traditional character is walked string by string.
    const texts = itemTextsOf(ctx.catalogue);
    ctx.catalogue.items.forEach((item, i) => {
      if (any.test(texts[i]!)) visitItemStrings(ctx.catalogue, item, visit);
    });
  },
};

const compiled = new WeakMap<Record<string, string>, RegExp>();

/** One character class of the table's characters, built once per table. */
function anyOf(table: Record<string, string>): RegExp {
  let pattern = compiled.get(table);
  if (!pattern) {
    const chars = Object.keys(table).filter((c) => [...c].length === 1);
    pattern = chars.length > 0 ? new RegExp(`[${chars.join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u') : /(?!)/;
    compiled.set(table, pattern);
  }
  return pattern;
}
