import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Threads start only from the built JavaScript (a worker's entry must be a .js module): these tests drive
// dist/, which `npm test` builds first, with the size thresholds at 0, on the example workspace with its
// catalogues copied 25 times over (200 files): enough that a helper, once started, finds files left to take.
const dist = new URL('../../dist/', import.meta.url).href;
type DiffModule = typeof import('../../src/engine/register-diff.js');
type BuildModule = typeof import('../../src/engine/build.js');
type ValidateModule = typeof import('../../src/engine/validate.js');
type CacheModule = typeof import('../../src/cli/build/cache.js');

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

  it('a helper hands back catalogues equal to the main thread’s, named as reports name them, with their texts', async () => {
    const { validate } = (await import(`${dist}engine/validate.js`)) as ValidateModule;
    const one = await validate({ cwd: ws, patterns: [ws], keepCatalogues: true, keepTexts: true, ...alone });
    const two = await validate({ cwd: ws, patterns: [ws], keepCatalogues: true, keepTexts: true, ...helped });
    expect(one.helped).toBe(0);
    expect(two.helped).toBeGreaterThan(0);
    expect(two.catalogues.map((c) => c.file)).toEqual(one.catalogues.map((c) => c.file));
    expect(two.catalogues).toEqual(one.catalogues);
    expect(new Map(two.texts)).toEqual(new Map(one.texts));
  });

  it('gkml build: what helpers checked is cached (as they encoded it) and read back by the next build', async () => {
    const { scanBuild, checkBuild } = (await import(`${dist}engine/build.js`)) as BuildModule;
    const { saveCache } = (await import(`${dist}cli/build/cache.js`)) as CacheModule;
    const settings = { cwd: ws, patterns: [ws], version: 'test', variant: null, ...helped };
    const first = await checkBuild(await scanBuild(settings), settings);
    expect(first.checked).toBe(200);
    expect(first.helped).toBeGreaterThan(0);
    saveCache(first.cache!, { inputs: 'x', files: [], data: null });
    const second = await checkBuild(await scanBuild(settings), settings);
    expect([second.checked, second.cache!.hits]).toEqual([0, 200]);
    expect(second.catalogues).toEqual(first.catalogues);
    expect(second.report).toEqual(first.report);
  });
});
