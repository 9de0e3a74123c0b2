import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchBuild } from '../../src/cli/build/watch.js';
import { ENV, twoPublisherWorkspace } from './helpers.js';

describe('gkml build --watch', () => {
  it('builds again on save; a broken save prints its findings and keeps the last good site', async () => {
    const ws = await twoPublisherWorkspace();
    let stdout = '';
    let stderr = '';
    const io = { argv: [], cwd: ws, env: { NO_COLOR: '1', ...ENV }, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
    const stop = new AbortController();
    const watching = watchBuild(io, undefined, {}, stop.signal);
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(check()).toBe(true);
    };
    await until(() => stderr.includes('正在监视'));
    const site = readFileSync(join(ws, 'public/site/index.html'), 'utf8');
    const file = join(ws, 'catalogues', readdirSync(join(ws, 'catalogues')).find((n) => n.startsWith('shjz'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/channels: \[政府网站/, 'channels: [政府网占'));
    await until(() => stdout.includes('政府网占'));
    expect(stderr).toContain('已改动，重新构建');
    expect(readFileSync(join(ws, 'public/site/index.html'), 'utf8')).toBe(site);
    stop.abort();
    expect(await watching).toBe(0);
  });
});
