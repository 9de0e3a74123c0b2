import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cacheEntryPath, encodeEntry } from '../../src/engine/build-cache.js';
import { environmentKey, fileKey, runKey } from '../../src/engine/build-inputs.js';
import { CacheWriter, saveCache } from '../../src/cli/build/cache.js';
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

  it('stores a result a helper thread encoded as those very bytes, counts its file as checked and keeps its entry', async () => {
    const dir = tempFiles({});
    const cache = new BuildCache(dir, 'env');
    const result = { diagnostics: [], catalogue: { file: 'a.yaml', items: [] } } as never;
    // What the helper encoded is what is stored, not this thread's encoding of the result (here told apart).
    const asEncoded = { diagnostics: [], catalogue: { file: 'a.yaml', items: [], by: 'helper' } };
    const encoded = encodeEntry(asEncoded as never);
    cache.set('a.yaml', bytes, result, encoded);
    expect(cache.misses).toBe(1);
    await saveCache(cache, { inputs: 'x', files: [], data: null });
    const key = fileKey('env', 'a.yaml', bytes);
    expect(readFileSync(cacheEntryPath(dir, key))).toEqual(Buffer.from(encoded));
    expect(new BuildCache(dir, 'env').get('a.yaml', bytes)).toEqual(asEncoded);
  });

  it('treats a damaged entry as a miss, never as a crash', () => {
    const dir = tempFiles({});
    const key = fileKey('env', 'a.yaml', bytes);
    mkdirSync(join(dir, 'files', key.slice(0, 2)), { recursive: true });
    writeFileSync(cacheEntryPath(dir, key), encodeEntry({ diagnostics: [] }).slice(0, 5));
    expect(new BuildCache(dir, 'env').get('a.yaml', bytes)).toBeUndefined();
  });

  it('checks files again when the config, the calendar override, gkml or an option changes, and not for a template, a register or the page date', () => {
    const dir = tempFiles({ 'gkml.config.yaml': 'lang: zh\n', 'holidays.yaml': 'holidays: {}\n', 'theme/partials/footer.hbs': '<footer></footer>', 'powers.csv': '编码,名称\n' });
    const check = { version: '1.0.0', configFile: join(dir, 'gkml.config.yaml'), extraFiles: [join(dir, 'holidays.yaml')], options: { lang: 'zh' } };
    const run = (environment: string, generatedAt = '2024-07-01') => runKey(environment, { templateDir: join(dir, 'theme'), extraFiles: [join(dir, 'powers.csv')], options: { generatedAt } });
    const base = environmentKey(check);
    const baseRun = run(base);
    expect(environmentKey(check)).toBe(base);
    expect(environmentKey({ ...check, version: '1.0.1' })).not.toBe(base);
    expect(environmentKey({ ...check, options: { lang: 'en' } })).not.toBe(base);
    expect(run(base, '2024-07-02')).not.toBe(baseRun);
    for (const [file, text, checkedAgain] of [
      ['theme/partials/footer.hbs', '<footer>©</footer>', false],
      ['powers.csv', '编码,名称\nA,B\n', false],
      ['gkml.config.yaml', 'lang: en\n', true],
      ['holidays.yaml', 'holidays: { 2030-01-01: 元旦 }\n', true],
    ] as const) {
      const before = environmentKey(check);
      const beforeRun = run(before);
      writeFileSync(join(dir, file), text);
      const after = environmentKey(check);
      expect(after !== before, file).toBe(checkedAgain);
      expect(run(after), file).not.toBe(beforeRun); // the run changed either way: the build is not skipped
    }
  });

  it('writes each entry as the checks make it, and keeps a folder it cannot write to as the writer\'s failure (reported by saveCache)', async () => {
    const dir = tempFiles({});
    const writer = new CacheWriter(dir);
    const cache = new BuildCache(dir, 'env', writer.store);
    cache.set('a.yaml', bytes, { diagnostics: [] });
    expect(cache.pending.size).toBe(0);
    expect(new BuildCache(dir, 'env').get('a.yaml', bytes)).toEqual({ diagnostics: [] });
    const blocked = join(tempFiles({ cache: 'a file where the cache folder should be' }), 'cache');
    const failing = new CacheWriter(blocked);
    const nowhere = new BuildCache(blocked, 'env', failing.store);
    expect(() => nowhere.set('a.yaml', bytes, { diagnostics: [] })).not.toThrow();
    await expect(saveCache(nowhere, { inputs: 'x', files: [], data: null }, failing)).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});
