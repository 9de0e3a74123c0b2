import type { MessageData } from './diagnostic.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message in both languages, with `{name}` placeholders. */
export interface MessageText {
  zh: string;
  en: string;
}

export type MessageTable = Record<string, MessageText>;

/** Fills `{name}` placeholders; a missing value is a bug in the caller, not in the input. */
export function formatMessage(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return String(value);
  });
}

export function renderMessage(table: MessageTable, messageId: string, data: MessageData, lang: Lang): string {
  const text = table[messageId];
  if (!text) throw new Error(`unknown messageId "${messageId}"`);
  return formatMessage(text[lang], data);
}

/** A message table's texts in one language, by id: `say('noFiles', { count })`. */
export type Say = (messageId: string, data?: MessageData) => string;

export function sayer(table: MessageTable, lang: Lang): Say {
  return (messageId, data = {}) => renderMessage(table, messageId, data, lang);
}

/** Joins a list the way each language does: 、 in Chinese, ", " in English. */
export function joinList(values: readonly string[], lang: Lang): string {
  return lang === 'zh' ? values.join('、') : values.join(', ');
}

/** Quotes a value the way each language does. */
export function quote(value: string, lang: Lang): string {
  return lang === 'zh' ? `“${value}”` : `"${value}"`;
}

/** Joins message tables; a messageId defined twice is a bug, caught at start-up rather than shown wrongly. */
export function mergeMessageTables(...tables: MessageTable[]): MessageTable {
  const merged: MessageTable = {};
  for (const table of tables) {
    for (const [id, text] of Object.entries(table)) {
      if (merged[id]) throw new Error(`messageId "${id}" is defined twice`);
      merged[id] = text;
    }
  }
  return merged;
}
