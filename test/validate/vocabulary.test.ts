import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readVocabularyText, resourcePath } from '../../src/engine/resources.js';

describe('vocabularies are read with js-yaml for speed', () => {
  it('gives exactly what the `yaml` parser gives for every file in vocab/', () => {
    const files = readdirSync(resourcePath('vocab')).filter((f) => f.endsWith('.yaml'));
    expect(files).toContain('areas.yaml');
    for (const file of files) {
      const text = readFileSync(resourcePath(`vocab/${file}`), 'utf8');
      expect(readVocabularyText(text), file).toStrictEqual(parse(text));
    }
  });
});
