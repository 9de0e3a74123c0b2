import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cacheEntryPath, encodeEntry } from '../../src/engine/build-cache.js';
import { environmentKey, fileKey } from '../../src/engine/build-inputs.js';
import { tempFiles } from '../helpers/files.js';

const bytes = new TextEncoder().encode('catalogueType: x\n');

describe('the build cache', () => {
  it('gives back what was stored for the same name and bytes, and nothing for other bytes', () => {
    const dir = tempFiles({});
    const cache = new BuildCache(dir, 'env');
    const key = fileKey('env', 'a.yaml', bytes);
    mkdirSync(join(dir, 'files', key.slice(0, 2)), { recursive: true });
    writeFileSync(cacheEntryPath(dir, key), encodeEntry({ diagnostics: [] }));
    expect(cache.get('a.yaml', bytes)).toEqual({ diagnostics: [] });
    expect(cache.get('a.yaml', new TextEncoder().encode('catalogueType: y\n'))).toBeUndefined();
    expect(new BuildCache(dir, 'other-env').get('a.yaml', bytes)).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it('gives back exactly what was stored, keys whose value is undefined included (page fingerprints hash them)', () => {
    const dir = tempFiles({});
    const entry = { diagnostics: [], catalogue: { file: 'a.yaml', title: undefined, items: [] } } as never;
    const cache = new BuildCache(dir, 'env');
    const key = fileKey('env', 'a.yaml', bytes);
    mkdirSync(join(dir, 'files', key.slice(0, 2)), { recursive: true });
    writeFileSync(cacheEntryPath(dir, key), encodeEntry(entry));
    const back = cache.get('a.yaml', bytes) as { catalogue: object };
    expect(Object.keys(back.catalogue)).toEqual(['file', 'title', 'items']);
  });

  it('treats a damaged entry as a miss, never as a crash', () => {
    const dir = tempFiles({});
    const key = fileKey('env', 'a.yaml', bytes);
    mkdirSync(join(dir, 'files', key.slice(0, 2)), { recursive: true });
    writeFileSync(cacheEntryPath(dir, key), encodeEntry({ diagnostics: [] }).slice(0, 5));
    expect(new BuildCache(dir, 'env').get('a.yaml', bytes)).toBeUndefined();
  });

  it('changes its environment when the config, a template, a register or an option changes', () => {
    const dir = tempFiles({ 'gkml.config.yaml': 'lang: zh\n', 'theme/partials/footer.hbs': '<footer></footer>', 'powers.csv': '编码,名称\n' });
    const parts = { version: '1.0.0', configFile: join(dir, 'gkml.config.yaml'), templateDir: join(dir, 'theme'), extraFiles: [join(dir, 'powers.csv')], options: { lang: 'zh' } };
    const base = environmentKey(parts);
    expect(environmentKey(parts)).toBe(base);
    expect(environmentKey({ ...parts, version: '1.0.1' })).not.toBe(base);
    expect(environmentKey({ ...parts, options: { lang: 'en' } })).not.toBe(base);
    for (const [file, text] of [['gkml.config.yaml', 'lang: en\n'], ['theme/partials/footer.hbs', '<footer>©</footer>'], ['powers.csv', '编码,名称\nA,B\n']] as const) {
      writeFileSync(join(dir, file), text);
      const changed = environmentKey(parts);
      expect(changed, file).not.toBe(base);
    }
  });
});
