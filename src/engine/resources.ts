import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Vocabulary } from '../model/vocab.js';
import type { SchemaNode } from '../schema/schema-walk.js';

/** The package's root folder, from src/engine or dist/engine alike. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export function resourcePath(relative: string): string {
  return `${packageRoot}${relative}`;
}

let vocabulary: Vocabulary | undefined;

/** The vocabularies in vocab/*.yaml, read once per process. */
export function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const read = (name: string) => parse(readFileSync(resourcePath(`vocab/${name}`), 'utf8')) as Record<string, unknown>;
  vocabulary = {
    areas: read('areas.yaml').areas as Vocabulary['areas'],
    channels: read('channels.yaml').channels as Vocabulary['channels'],
    terms: read('terms.yaml') as Vocabulary['terms'],
    supersededLaws: read('superseded-laws.yaml').laws as Vocabulary['supersededLaws'],
    traditionalChars: read('traditional-chars.yaml').characters as Vocabulary['traditionalChars'],
  };
  return vocabulary;
}

export function loadSchema(name: 'catalogue' | 'config'): SchemaNode {
  return JSON.parse(readFileSync(resourcePath(`schemas/${name}.schema.json`), 'utf8')) as SchemaNode;
}
