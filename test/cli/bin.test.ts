import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const gkml = (...args: string[]) => spawnSync(process.execPath, ['bin/gkml.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the built bin/gkml.js, as a shell runs it', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(`${root}dist/cli/main.js`), 'run `npm run build`').toBe(true);
  });

  it('runs the README quick start: the example validates with exit 0', () => {
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

  it('prints help with exit 0', () => {
    const run = gkml('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: gkml');
  });
});
