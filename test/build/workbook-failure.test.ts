import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { contents, ENV, snapshot, twoPublisherWorkspace } from './helpers.js';

// The workbooks are made while the pages are written; one that fails must still leave the previous output whole.
const state = vi.hoisted(() => ({ failing: false }));
vi.mock('../../src/render/excel/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/excel/index.js')>();
  return {
    ...actual,
    renderWorkbook: (...args: Parameters<typeof actual.renderWorkbook>) => (state.failing ? Promise.reject(new Error('workbook writer failed')) : actual.renderWorkbook(...args)),
  };
});

describe('gkml build, a workbook that fails while the pages are written', () => {
  it('leaves the previous output byte for byte and no unfinished folder (exit 2, one message, no stack trace)', async () => {
    const ws = await twoPublisherWorkspace();
    expect((await runCli(['build'], { cwd: ws, env: ENV })).exitCode).toBe(0);
    const out = join(ws, 'public');
    const before = contents(snapshot(out));
    const catalogues = join(ws, 'catalogues');
    const file = join(catalogues, readdirSync(catalogues)[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}# 改动\n`);
    state.failing = true;
    try {
      const run = await runCli(['build', '--force'], { cwd: ws, env: ENV });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('workbook writer failed');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      state.failing = false;
    }
    expect(contents(snapshot(out))).toEqual(before);
    expect(readdirSync(ws).filter((name) => name.includes('.gkml-build-'))).toEqual([]);
    expect(existsSync(join(out, 'site', 'index.html'))).toBe(true);
  });
});
