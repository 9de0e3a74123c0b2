import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

describe('gkml init', () => {
  it.each([
    ['示例县民政局', '社会救助', '县级'],
    ['示例县教育局', '义务教育', '县级'],
    ['示例县示例镇人民政府', '政府信息', '乡级'],
    ['示例县交通运输局', '交通运输', '县级'],
  ])('scaffolds a workspace for %s (%s) that validates clean under every rule at once', async (publisher, area, level) => {
    const dir = tempFiles({});
    const init = await runCli(['init', 'ws', '--publisher', publisher, '--area', area, '--level', level], { cwd: dir });
    expect(init.exitCode).toBe(0);
    const ws = join(dir, 'ws');
    for (const file of ['gkml.config.yaml', '.vscode/settings.json', '.gitignore', '.github/workflows/gkml.yml']) expect(existsSync(join(ws, file)), file).toBe(true);
    const run = await runCli(['validate', '-f', 'json'], { cwd: ws });
    expect(JSON.parse(run.stdout).diagnostics).toEqual([]);
    expect(run.exitCode).toBe(0);
    const settings = JSON.parse(readFileSync(join(ws, '.vscode/settings.json'), 'utf8'));
    // Editor settings resolve against the workspace; the modeline against the catalogue's own folder.
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(ws, schema)), schema).toBe(true);
    const catalogue = readdirSync(join(ws, 'catalogues'))[0]!;
    const modeline = /\$schema=(\S+)/.exec(readFileSync(join(ws, 'catalogues', catalogue), 'utf8'))![1]!;
    expect(existsSync(join(ws, 'catalogues', modeline)), modeline).toBe(true);
  });

  it('never overwrites, and rejects an unknown area (exit 2)', async () => {
    const dir = tempFiles({ 'gkml.config.yaml': 'catalogues: [x]\n' });
    const again = await runCli(['init', '.'], { cwd: dir });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('gkml init 不会覆盖');
    expect(readFileSync(join(dir, 'gkml.config.yaml'), 'utf8')).toBe('catalogues: [x]\n');
    const unknown = await runCli(['init', 'ws', '--area', '救灾生产'], { cwd: tempFiles({}) });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('不认识的领域“救灾生产”');
  });
});
