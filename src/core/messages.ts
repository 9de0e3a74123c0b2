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
  const pieces = piecesOf(template);
  const out = pieces.slice();
  for (let i = 1; i < pieces.length; i += 2) {
    const value = data[pieces[i]!];
    if (value === undefined) throw new Error(`message placeholder {${pieces[i]!}} has no value`);
    out[i] = String(value);
  }
  // Joined, the message is one flat string: pieces added with + would stay a chain of a dozen small objects, held
  // (and copied by the garbage collector) for as long as the finding is.
  return out.join('');
}

/**
 * A template split once into text and placeholder names (`['a ', 'name', ' b']`): a run with 100,000 findings words
 * each from one of a few dozen templates.
 */
function piecesOf(template: string): string[] {
  let pieces = templatePieces.get(template);
  if (!pieces) {
    if (templatePieces.size >= 10_000) templatePieces.clear();
    templatePieces.set(template, (pieces = template.split(/\{(\w+)\}/)));
  }
  return pieces;
}

const templatePieces = new Map<string, string[]>();

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
