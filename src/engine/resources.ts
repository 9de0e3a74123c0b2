import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readPlainYaml } from '../parse/plain-yaml.js';
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
  const read = (name: string) => readVocabularyText(readFileSync(resourcePath(`vocab/${name}`), 'utf8'));
  vocabulary = {
    areas: read('areas.yaml').areas as Vocabulary['areas'],
    channels: read('channels.yaml').channels as Vocabulary['channels'],
    terms: read('terms.yaml') as Vocabulary['terms'],
    supersededLaws: read('superseded-laws.yaml').laws as Vocabulary['supersededLaws'],
    traditionalChars: read('traditional-chars.yaml').characters as Vocabulary['traditionalChars'],
  };
  return vocabulary;
}

/**
 * A vocabulary file's data. js-yaml (CORE_SCHEMA) rather than `yaml`: the same data for these files
 * (test/validate/vocabulary.test.ts compares them) at a fraction of the start-up time of every run.
 */
export function readVocabularyText(text: string): Record<string, unknown> {
  return (readPlainYaml(text) ?? load(text, { schema: CORE_SCHEMA })) as Record<string, unknown>;
}

export function loadSchema(name: 'catalogue' | 'config'): SchemaNode {
  return JSON.parse(readFileSync(resourcePath(`schemas/${name}.schema.json`), 'utf8')) as SchemaNode;
}
