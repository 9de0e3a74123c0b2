import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const broken = validCatalogue.replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占, 便民服务站]');

describe('gkml validate', () => {
  it('validates the bundled example workspace clean (exit 0)', async () => {
    const run = await runCli(['validate', 'examples/shili-county'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^✔ 检查了 8 个文件，没有发现问题。\n$/);
    expect(run.exitCode).toBe(0);
  });

  it('finds the workspace from gkml.config.yaml when no path is given', async () => {
    const run = await runCli(['validate'], { cwd: join(root, 'examples/shili-county') });
    expect(run.exitCode).toBe(0);
  });

  it('exits 1 on every broken example, each with its own finding and no stack trace', async () => {
    const files = readdirSync(join(root, 'examples/broken')).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const run = await runCli(['validate', `examples/broken/${file}`, '-f', 'json', '--fail-level', 'warning'], { cwd: root });
      expect(run.exitCode, file).toBe(1);
      expect(run.stderr, file).toBe('');
      const report = JSON.parse(run.stdout) as { diagnostics: unknown[] };
      expect(report.diagnostics.length, file).toBeGreaterThan(0);
    }
  });

  it('prints a code frame with a caret under the Chinese value, aligned by display width', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['validate', 'c.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('> 15 |'));
    expect(lines[at]).toBe('    > 15 |     channels: [政府网占, 便民服务站]');
    // "    channels: [" is 15 columns wide; 政府网占 is 4 wide characters = 8 columns.
    expect(lines[at + 1]).toBe('         |                ^^^^^^^^');
    expect(run.stdout).toContain('15:16  错误  公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？');
    expect(run.stdout).toContain('@ items[0].channels[0]');
  });

  it('speaks English with --lang en, and no colour when NO_COLOR is set', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['--lang', 'en', 'validate', 'c.yaml'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(run.stdout).toContain('15:16  error  channels "政府网占" is not an allowed value. Did you mean "政府网站"?');
    expect(run.stdout).toContain('✖ Checked 1 file, 1 with problems: 1 in all (1 error, 0 warnings, 0 infos).');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours a terminal, and FORCE_COLOR forces it', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['validate', 'c.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(run.stdout).toMatch(/\u001b\[31m/);
  });

  it('writes machine-readable JSON with 1-based positions and message ids', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['validate', 'c.yaml', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(report.diagnostics).toEqual([
      {
        file: 'c.yaml',
        line: 15,
        column: 16,
        endLine: 15,
        endColumn: 20,
        path: 'items[0].channels[0]',
        pathSegments: ['items', 0, 'channels', 0],
        ruleId: 'schema',
        severity: 'error',
        messageId: 'enumSuggestion',
        message: '公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？',
        data: { keyword: 'enum', title: '公开渠道和载体', value: '政府网占', suggestion: '政府网站' },
      },
    ]);
  });

  it('also writes a report file with -o format:path, completely or not at all', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['validate', 'c.yaml', '-o', 'json:reports/gkml.json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const written = JSON.parse(readFileSync(join(dir, 'reports/gkml.json'), 'utf8'));
    expect(written.diagnostics[0].messageId).toBe('enumSuggestion');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['gkml.json']);
  });

  it('reports an unwritable report path as a usage problem (exit 2), leaving nothing behind', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue, 'blocker': 'a file where a folder should be' });
    const run = await runCli(['validate', 'c.yaml', '-o', 'json:blocker/gkml.json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^无法写入 blocker\/gkml.json：/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'blocker/gkml.json'))).toBe(false);
  });

  it('honours --fail-level, --quiet and --max-warnings', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    expect((await runCli(['validate', 'c.yaml', '--no-rules', '--max-warnings', '0'], { cwd: dir })).exitCode).toBe(0);
    const bad = await runCli(['validate', 'c.yaml', '--max-warnings', 'many'], { cwd: dir });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--max-warnings 需要一个非负整数');
  });

  it.each([
    [['validate', 'missing.yaml'], /^找不到目录文件：missing.yaml\n$/],
    [['validate', 'c.yaml', '--format', 'xml'], /^不认识的输出格式“xml”。可用：github, json, junit, sarif, stylish。\n$/],
    [['validate', '--bogus'], /^不认识的选项 '--bogus'。\n运行 gkml --help 查看用法。\n$/],
    [['frobnicate'], /^不认识的命令 'frobnicate'。/],
    [['validate', 'c.yaml', '--fail-level', 'fatal'], /^参数取值不对/],
    [['validate', 'c.yaml', '-o', 'nocolon'], /^--output 的写法应为 格式:路径/],
    [['validate', '--config', 'none.yaml'], /^找不到配置文件：none.yaml\n$/],
  ])('a usage error %j exits 2 with one clear line and no stack trace', async (argv, expected) => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    const run = await runCli(argv, { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stdout).toBe('');
  });

  it('asks for paths when there is neither an argument nor a config', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('没有指定要检查的目录文件');
  });

  it('reports a broken config with its file, line and column (exit 2)', async () => {
    const dir = tempFiles({ 'gkml.config.yaml': 'catalogues: ["*.yaml"]\nfailLevel: fatal\n', 'c.yaml': validCatalogue });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('gkml.config.yaml:2:12 失败级别“fatal”不是规定的取值。可选：error、warning、info。\n');
  });

  it('answers --help and --version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('validate');
    const version = await runCli(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
