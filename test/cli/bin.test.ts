import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
