import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Threads start only from the built JavaScript (a worker's entry must be a .js module): these tests drive
// dist/, which `npm test` builds first, with the size thresholds at 0, on the example workspace with its
// catalogues copied 25 times over (200 files): enough that a helper, once started, finds files left to take.
const dist = new URL('../../dist/', import.meta.url).href;
type DiffModule = typeof import('../../src/engine/register-diff.js');
type BuildModule = typeof import('../../src/engine/build.js');
type ValidateModule = typeof import('../../src/engine/validate.js');
type CacheModule = typeof import('../../src/cli/build/cache.js');
type ThreadsModule = typeof import('../../src/engine/validate-threads.js');
type CheckModule = typeof import('../../src/engine/check-file.js');
type FileChecksModule = typeof import('../../src/engine/file-checks.js');
type ResourcesModule = typeof import('../../src/engine/resources.js');
type LoadModule = typeof import('../../src/parse/load.js');

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'gkml-threads-'));
  const example = new URL('../../examples/shili-county/', import.meta.url).pathname;
  cpSync(example, ws, { recursive: true });
  for (let copy = 1; copy < 25; copy++) cpSync(join(example, 'catalogues'), join(ws, 'catalogues', `copy-${copy}`), { recursive: true });
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const alone = { threads: 0, threadsFrom: Number.POSITIVE_INFINITY };
const helped = { threads: 1, threadsFrom: 0 };

describe('work on other threads gives what the main thread alone gives', () => {
  it('gkml diff: catalogues checked by a helper, the register read aside — the same findings, positions and coverage', async () => {
    const { runRegisterDiff } = (await import(`${dist}engine/register-diff.js`)) as DiffModule;
    const one = await runRegisterDiff({ cwd: ws, patterns: [ws], ...alone });
    const two = await runRegisterDiff({ cwd: ws, patterns: [ws], ...helped });
    expect(two.report.diagnostics.length).toBeGreaterThan(10);
    expect(two.report).toEqual(one.report);
    expect(two.diff).toEqual(one.diff);
  });

  it('validate keeps the same catalogues and texts however many files the helper took', async () => {
    const { validate } = (await import(`${dist}engine/validate.js`)) as ValidateModule;
    const one = await validate({ cwd: ws, patterns: [ws], keepCatalogues: true, keepTexts: true, ...alone });
    const two = await validate({ cwd: ws, patterns: [ws], keepCatalogues: true, keepTexts: true, ...helped });
    expect(one.helped).toBe(0);
    expect(two.catalogues.map((c) => c.file)).toEqual(one.catalogues.map((c) => c.file));
    expect(two.catalogues).toEqual(one.catalogues);
    expect(new Map(two.texts)).toEqual(new Map(one.texts));
  });

  it('a helper left every file hands back each clean one: its catalogue as the main thread makes it, named as reports name it, its bytes and text', async () => {
    // The main thread takes nothing here, so what the helper answers does not depend on how fast it started.
    const { startHelpers, keptResult, loadCheck } = (await import(`${dist}engine/validate-threads.js`)) as ThreadsModule;
    const { checkLoadedFile } = (await import(`${dist}engine/check-file.js`)) as CheckModule;
    const { fileChecks } = (await import(`${dist}engine/file-checks.js`)) as FileChecksModule;
    const { loadSchema } = (await import(`${dist}engine/resources.js`)) as ResourcesModule;
    const { loadCatalogueBytes } = (await import(`${dist}parse/load.js`)) as LoadModule;
    const files = readdirSync(join(ws, 'catalogues')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(ws, 'catalogues', f));
    const names = files.map((f) => `catalogues/${basename(f)}`);
    const settings = { lang: 'zh' as const, rules: false, profile: 'publish' as const, settings: {} };
    const limits = { maxBytes: 1 << 24, maxAliasNodes: 100_000 };
    const helpers = startHelpers(files, names, files.map((f) => statSync(f).size), { parser: 'fast', limits, settings, threadsFrom: 0 }, 1, { keep: true, texts: true });
    const answer = await helpers.finish();
    expect([...answer.clean].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    const schema = loadSchema('catalogue');
    const checks = { ...fileChecks(schema, await loadCheck(schema), settings), catalogues: true };
    for (const [i, file] of files.entries()) {
      const kept = answer.kept.get(i)!;
      const here = checkLoadedFile(names[i]!, loadCatalogueBytes(readFileSync(file), 'fast', limits), checks);
      expect(keptResult(kept)).toEqual({ diagnostics: [], catalogue: here.catalogue });
      expect(Buffer.from(kept.bytes).equals(readFileSync(file))).toBe(true);
      expect(kept.text).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('gkml build: what helpers checked is cached (as they encoded it) and read back by the next build', async () => {
    const { scanBuild, checkBuild } = (await import(`${dist}engine/build.js`)) as BuildModule;
    const { saveCache } = (await import(`${dist}cli/build/cache.js`)) as CacheModule;
    const settings = { cwd: ws, patterns: [ws], version: 'test', variant: null, ...helped };
    const first = await checkBuild(await scanBuild(settings), settings);
    expect(first.checked).toBe(200);
    await saveCache(first.cache!, { inputs: 'x', files: [], data: null });
    const second = await checkBuild(await scanBuild(settings), settings);
    expect([second.checked, second.cache!.hits]).toEqual([0, 200]);
    expect(second.catalogues).toEqual(first.catalogues);
    expect(second.report).toEqual(first.report);
  });
});

describe('the cache writer', () => {
  it('writes entries from its own thread once past its threshold: the same bytes at the same paths, and the next build reads them', async () => {
    const { CacheWriter, saveCache } = (await import(`${dist}cli/build/cache.js`)) as CacheModule;
    const { BuildCache, cacheEntryPath } = (await import(`${dist}engine/build-cache.js`)) as typeof import('../../src/engine/build-cache.js');
    const dir = mkdtempSync(join(tmpdir(), 'gkml-cache-writer-'));
    // Every entry past 0 bytes written goes to the thread.
    const writer = new CacheWriter(dir, 0);
    const cache = new BuildCache(dir, 'env', writer.store);
    const files = Array.from({ length: 20 }, (_, i) => ({ name: `c${i}.yaml`, bytes: new TextEncoder().encode(`catalogueType: x${i}\n`) }));
    for (const { name, bytes } of files) cache.set(name, bytes, { diagnostics: [{ file: name }] as never });
    expect(cache.pending.size).toBe(0);
    await saveCache(cache, { inputs: 'x', files: [], data: null }, writer);
    expect(writer.failure).toBeUndefined();
    const again = new BuildCache(dir, 'env');
    for (const { name, bytes } of files) expect(again.get(name, bytes)).toEqual({ diagnostics: [{ file: name }] });
    expect(readdirSync(join(dir, 'files')).flatMap((p) => readdirSync(join(dir, 'files', p))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(cacheEntryPath(dir, [...cache.used][0]!)).isFile()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a cache folder it cannot write to as a failure of its own, not an exception from the checks', async () => {
    const { CacheWriter, saveCache } = (await import(`${dist}cli/build/cache.js`)) as CacheModule;
    const { BuildCache } = (await import(`${dist}engine/build-cache.js`)) as typeof import('../../src/engine/build-cache.js');
    const parent = mkdtempSync(join(tmpdir(), 'gkml-cache-writer-'));
    const dir = join(parent, 'cache');
    writeFileSync(dir, 'a file where the cache folder should be');
    const writer = new CacheWriter(dir, 0);
    const cache = new BuildCache(dir, 'env', writer.store);
    for (let i = 0; i < 3; i++) expect(() => cache.set(`c${i}.yaml`, new Uint8Array([i]), { diagnostics: [] })).not.toThrow();
    await expect(saveCache(cache, { inputs: 'x', files: [], data: null }, writer)).rejects.toThrow(/ENOTDIR|EEXIST/);
    rmSync(parent, { recursive: true, force: true });
  });

  it('does not wait forever for a thread that stopped: the rest is written here and the cache reported as not saved', async () => {
    const { CacheWriter, saveCache } = (await import(`${dist}cli/build/cache.js`)) as CacheModule;
    const { BuildCache } = (await import(`${dist}engine/build-cache.js`)) as typeof import('../../src/engine/build-cache.js');
    const dir = mkdtempSync(join(tmpdir(), 'gkml-cache-writer-'));
    const writer = new CacheWriter(dir, 0);
    const cache = new BuildCache(dir, 'env', writer.store);
    cache.set('a.yaml', new Uint8Array([1]), { diagnostics: [] });
    const thread = (writer as unknown as { thread: { terminate(): Promise<number> } }).thread;
    await thread.terminate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    cache.set('b.yaml', new Uint8Array([2]), { diagnostics: [] });
    expect(new BuildCache(dir, 'env').get('b.yaml', new Uint8Array([2]))).toEqual({ diagnostics: [] });
    await expect(saveCache(cache, { inputs: 'x', files: [], data: null }, writer)).rejects.toThrow(/stopped/);
    rmSync(dir, { recursive: true, force: true });
  });
});
