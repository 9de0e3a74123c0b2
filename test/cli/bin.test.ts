import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFiles } from '../helpers/files.js';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const gkml = (...args: string[]) => spawnSync(process.execPath, ['bin/gkml.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the built bin/gkml.js, as a shell runs it', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(`${root}dist/cli/main.js`), 'run `npm run build`').toBe(true);
  });

  it('the example validates with exit 0', () => {
    const run = gkml('validate', 'examples/shili-county');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 on findings and 2 on usage errors, never with a stack trace', () => {
    const findings = gkml('validate', 'examples/broken/channel-typo.yaml');
    expect(findings.status).toBe(1);
    expect(findings.stdout).toContain('政府网占');
    const usage = gkml('validate', '--nope');
    expect(usage.status).toBe(2);
    expect(`${usage.stdout}${usage.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('goes on quietly when the reader of its output stops early (| head): no EPIPE trace, the exit code kept', () => {
    // Half a megabyte of JSON, far more than a pipe holds: `head` is gone long before gkml finishes writing.
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" bin/gkml.js diff examples/shili-county -f json | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toHaveLength(10);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(gkml('diff', 'examples/shili-county', '-f', 'json').status);
  });

  it('reports a corrupt register large enough to be read on a second thread, in gkml diff and gkml build, and keeps the last site', () => {
    const ws = join(tempFiles({}), 'county');
    cpSync(`${root}examples/shili-county`, ws, { recursive: true, filter: (src) => !/[/\\](public|\.gkml-cache)$/.test(src) });
    const run = (...args: string[]) => spawnSync(process.execPath, [`${root}bin/gkml.js`, ...args], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1719792000' } });
    expect(run('build').status).toBe(0);
    const site = join(ws, 'public', 'site');
    const published = () => Object.fromEntries(readdirSync(site).filter((name) => name.endsWith('.html')).sort().map((name) => [name, readFileSync(join(site, name), 'utf8')]));
    const before = published();
    // Over a MiB (register-thread.ts ASIDE_MIN_BYTES): the thread reads it, and finds it is no workbook.
    writeFileSync(join(ws, 'registers', 'shili-county-powers-2024.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(3 << 20, 7)]));
    writeFileSync(join(ws, 'catalogues', 'county-education.yaml'), `${readFileSync(join(ws, 'catalogues', 'county-education.yaml'), 'utf8')}\n# 改动\n`);
    for (const args of [['diff', 'catalogues', '--register', 'registers/shili-county-powers-2024.xlsx'], ['build']]) {
      const result = run(...args);
      expect(result.status, args[0]).toBe(1);
      expect(result.stdout, args[0]).toMatch(/registers\/shili-county-powers-2024\.xlsx\n.*工作簿已损坏，无法读取/);
      expect(`${result.stdout}${result.stderr}`, args[0]).not.toMatch(/\n\s+at /);
    }
    expect(published()).toEqual(before);
    expect(readdirSync(ws).filter((name) => name.includes('gkml-build'))).toEqual([]);
  });

  it('prints help with exit 0, every command listed', () => {
    const run = gkml('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: gkml');
    for (const command of ['init', 'build', 'validate', 'diff', 'diff-register', 'render', 'import', 'stats', 'due', 'audit']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('answers a bare --help from the text recorded at build time, the same bytes commander prints', () => {
    const commander = spawnSync(process.execPath, ['bin/gkml.js', '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GKML_NO_HELP_CACHE: '1' } });
    for (const flag of ['--help', '-h']) expect(gkml(flag).stdout, flag).toBe(commander.stdout);
    expect(readFileSync(`${root}dist/help.txt`, 'utf8')).toBe(commander.stdout);
  });
});
