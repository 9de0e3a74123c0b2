import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tempFiles } from '../helpers/files.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { contents, ENV, snapshot, twoPublisherWorkspace } from './helpers.js';

const catalogueOf = (ws: string, prefix: string) => join(ws, 'catalogues', readdirSync(join(ws, 'catalogues')).find((n) => n.startsWith(prefix))!);

describe('gkml build', () => {
  it('init → build writes the site, workbooks, open data and reports; a second build remakes nothing', async () => {
    const ws = await twoPublisherWorkspace();
    const first = await runCli(['build'], { cwd: ws, env: ENV });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const out = join(ws, 'public');
    for (const file of ['site/index.html', 'site/catalogue.json', 'site/catalogue.csv', 'reports/gkml.json', 'reports/gkml.junit.xml', 'reports/gkml.sarif', '.gkml-build.json']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(readdirSync(join(out, 'xlsx')).sort()).toEqual(['示例县教育局.xlsx', '示例县民政局.xlsx']);
    expect(JSON.parse(readFileSync(join(out, 'reports/gkml.json'), 'utf8')).diagnostics).toEqual([]);
    expect(first.stdout).toContain('gkml build：2 个公开主体');
    expect(first.stdout).toMatch(/工作簿 xlsx\/：2 个文件，[\d.]+ KiB（新生成 2 个，沿用 0 个）/);

    const before = snapshot(out);
    const second = await runCli(['build'], { cwd: ws, env: ENV });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('没有变化：public 已是最新，没有重新生成任何文件。');
    expect(snapshot(out)).toEqual(before); // same inodes, same times: nothing was written
  });

  it('after one catalogue changes, only that publisher is checked and its page and workbook made again; the other publisher is reused', async () => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build'], { cwd: ws, env: ENV });
    const out = join(ws, 'public');
    const before = snapshot(out);
    const file = catalogueOf(ws, 'shjz');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[国家和地方最低生活保障政策文件]', '[国家和地方最低生活保障政策文件, 本县实施细则]'));
    const run = await runCli(['build'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('重新检查 1 个文件，1 个未改动（沿用缓存）');
    expect(run.stdout).toMatch(/工作簿 xlsx\/：2 个文件，[\d.]+ KiB（新生成 1 个，沿用 1 个）/);
    const after = snapshot(out);
    // The other publisher's page and workbook are hard links to the previous build's files: neither made nor copied.
    for (const path of ['site/ywjy.html', 'xlsx/示例县教育局.xlsx', 'site/assets/site.css']) expect(after[path]!.ino, path).toBe(before[path]!.ino);
    for (const path of ['site/shjz.html', 'site/index.html', 'site/catalogue.json', 'xlsx/示例县民政局.xlsx']) expect(after[path]!.ino, path).not.toBe(before[path]!.ino);
    expect(Buffer.from(after['site/shjz.html']!.content, 'base64').toString()).toContain('本县实施细则');
    const made = Object.keys(after).filter((path) => path.startsWith('site/') && after[path]!.ino !== before[path]?.ino);
    const publisherPages = made.filter((path) => /^site\/(shjz|ywjy)\.html$/.test(path));
    expect(publisherPages).toEqual(['site/shjz.html']);
  });

  it('on a new day (the date on the pages) the pages are made again, but no file is checked again and no workbook remade', async () => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build'], { cwd: ws, env: ENV });
    const run = await runCli(['build'], { cwd: ws, env: { SOURCE_DATE_EPOCH: String(Number(ENV.SOURCE_DATE_EPOCH) + 86400) } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('重新检查 0 个文件，2 个未改动（沿用缓存）');
    expect(run.stdout).toMatch(/工作簿 xlsx\/：2 个文件，[\d.]+ KiB（新生成 0 个，沿用 2 个）/);
    expect(run.stdout).toMatch(/网站 site\/：\d+ 个文件，[\d.]+ KiB（新生成 \d+ 个，沿用 3 个）/); // only the assets stay
  });

  it('findings at the fail level hold publication: the previous site stays byte for byte, the reports say why (exit 1)', async () => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build'], { cwd: ws, env: ENV });
    const out = join(ws, 'public');
    const published = contents(snapshot(join(out, 'site')));
    const file = catalogueOf(ws, 'shjz');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/channels: \[政府网站/, 'channels: [政府网占'));
    const run = await runCli(['build'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('政府网占');
    expect(run.stdout).toContain('网站和工作簿没有更新（保留上次的输出）');
    expect(contents(snapshot(join(out, 'site')))).toEqual(published);
    const report = JSON.parse(readFileSync(join(out, 'reports/gkml.json'), 'utf8'));
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('schema');
    // Nothing changed since: the same findings again, the same exit code, nothing checked.
    const again = await runCli(['build'], { cwd: ws, env: ENV });
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toContain('没有变化');
    expect(again.stdout).toContain('政府网占');
  });

  it('a template that fails while rendering leaves the previous output untouched (exit 2, the template named)', async () => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build'], { cwd: ws, env: ENV });
    const out = join(ws, 'public');
    const before = contents(snapshot(out));
    writeFileSync(join(ws, 'tpl.hbs'), '');
    const config = join(ws, 'gkml.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}site:\n  templates: theme\n`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(ws, 'theme', 'partials'), { recursive: true });
    writeFileSync(join(ws, 'theme', 'partials', 'footer.hbs'), '<footer>{{no.such.value}}</footer>\n');
    const run = await runCli(['build'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/模板|template/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(contents(snapshot(out))).toEqual(before);
  });

  it('an output folder on a read-only path: one clear message, exit 2, the previous output byte for byte', async (context) => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build', '--out', 'ro/public'], { cwd: ws, env: ENV });
    const before = contents(snapshot(join(ws, 'ro', 'public')));
    const file = catalogueOf(ws, 'shjz');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[国家和地方最低生活保障政策文件]', '[国家和地方最低生活保障政策文件, 本县实施细则]'));
    const lock = readOnly(join(ws, 'ro'));
    if (!lock) return context.skip(); // root, and no way here to stop root writing: reported as skipped, not passed
    let run;
    try {
      run = await runCli(['build', '--out', 'ro/public'], { cwd: ws, env: ENV });
    } finally {
      lock.undo();
    }
    expect(run.stderr).toContain('无法写入');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.exitCode).toBe(2);
    expect(contents(snapshot(join(ws, 'ro', 'public')))).toEqual(before);
  });

  it('an output folder that cannot be made is one clear message, exit 2', async () => {
    const ws = await twoPublisherWorkspace();
    writeFileSync(join(ws, 'a-file'), 'not a folder');
    const run = await runCli(['build', '--out', 'a-file/public'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('无法写入');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to replace a folder it did not write', async () => {
    const ws = await twoPublisherWorkspace();
    writeFileSync(join(ws, 'notes.txt'), 'x');
    const run = await runCli(['build', '--out', '.'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('不是 gkml 生成的文件夹');
    expect(readFileSync(join(ws, 'notes.txt'), 'utf8')).toBe('x');
  });

  it('--only builds one publisher into <out>-only, leaving the full output alone', async () => {
    const ws = await twoPublisherWorkspace();
    const run = await runCli(['build', '--only', '示例县教育局'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(ws, 'public-only', 'xlsx'))).toEqual(['示例县教育局.xlsx']);
    expect(existsSync(join(ws, 'public'))).toBe(false);
    const unknown = await runCli(['build', '--only', '示例县交通局'], { cwd: ws, env: ENV });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('没有找到公开主体“示例县交通局”');
  });

  it('a changed config invalidates the cache: every file is checked again', async () => {
    const ws = await twoPublisherWorkspace();
    await runCli(['build'], { cwd: ws, env: ENV });
    const config = join(ws, 'gkml.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('profile: publish', 'profile: draft'));
    const run = await runCli(['build'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('重新检查 2 个文件，0 个未改动');
  });

  it('builds the bundled example (npm run demo) with exit 0: no catalogue finding, register gaps counted per rule', async () => {
    const dir = join(tempFiles({}), 'shili-county');
    cpSync(resolve('examples/shili-county'), dir, { recursive: true, filter: (src) => !/[/\\](public|\.gkml-cache)$/.test(src) });
    const run = await runCli(['build', dir], { cwd: dirname(dir), env: ENV });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('gkml build：8 个公开主体，167 个事项，8 个目录文件');
    expect(run.stdout).toContain('问题：0 个错误');
    expect(run.stdout).toMatch(/权责清单比对（逐条见 shili-county\/public\/reports\/register-diff\.md）：\n  register-/);
    expect(run.stdout).toMatch(/权责清单：\d+ 项权力中 \d+ 项有公开事项，覆盖率 [\d.]+%/);
    expect(readdirSync(join(dir, 'public', 'xlsx'))).toHaveLength(8);
    expect(existsSync(join(dir, 'public', 'reports', 'register-diff.xlsx'))).toBe(true);
  });

  it('a register diff that holds publication (coverage under register.failUnder) keeps the previous site and workbooks, though they were made while the register was read', async () => {
    const dir = join(tempFiles({}), 'shili-county');
    cpSync(resolve('examples/shili-county'), dir, { recursive: true, filter: (src) => !/[/\\](public|\.gkml-cache)$/.test(src) });
    expect((await runCli(['build', dir], { cwd: dirname(dir), env: ENV })).exitCode).toBe(0);
    const out = join(dir, 'public');
    const before = snapshot(out);
    const config = join(dir, 'gkml.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('register:\n', 'register:\n  failUnder: 99.5\n'));
    // A catalogue changed as well, so the site would be made again were it published.
    const file = join(dir, 'catalogues', readdirSync(join(dir, 'catalogues')).find((n) => n.endsWith('.yaml'))!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# 修改\n`);
    const run = await runCli(['build', dir], { cwd: dirname(dir), env: ENV });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('网站和工作簿没有更新（保留上次的输出）');
    const after = snapshot(out);
    const published = (snap: Record<string, { content: string }>) => Object.fromEntries(Object.entries(snap).filter(([path]) => /^(site|xlsx)\//.test(path)).map(([path, f]) => [path, f.content]));
    expect(published(after)).toEqual(published(before));
    expect(readFileSync(join(out, 'reports', 'register-diff.md'), 'utf8')).toContain('99.5');
    expect(readdirSync(dirname(out)).filter((name) => name.includes('gkml-build'))).toEqual([]); // the folder made ahead is gone
  });

  it('every build setting is also a flag, and a flag wins over the config', async () => {
    const ws = await twoPublisherWorkspace();
    const run = await runCli(['build', '--outputs', 'site', '--reports', 'junit', '--cache-dir', 'cache', '--out', 'site-only'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(ws, 'site-only')).sort()).toEqual(['.gkml-build.json', 'reports', 'site']);
    expect(readdirSync(join(ws, 'site-only', 'reports'))).toEqual(['gkml.junit.xml']); // the config asked for json, junit and sarif
    expect(existsSync(join(ws, 'cache', 'last-build.json'))).toBe(true);
    expect(existsSync(join(ws, '.gkml-cache'))).toBe(false);
    const bad = await runCli(['build', '--split', 'county'], { cwd: ws, env: ENV });
    expect(bad.exitCode).toBe(2);
  });

  it('speaks English with --lang en', async () => {
    const ws = await twoPublisherWorkspace();
    const run = await runCli(['build', '--lang', 'en'], { cwd: ws, env: ENV });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('gkml build: 2 publishers');
    expect(run.stdout).toMatch(/workbooks xlsx\/: 2 files/);
  });
});

/**
 * Makes a folder read-only for this process. Permissions do not stop root, so as root the folder is made immutable
 * (chattr +i), where the file system and the container allow it; otherwise undefined.
 */
function readOnly(dir: string): { undo(): void } | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return { undo: () => chmodSync(dir, 0o755) };
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return { undo: () => execFileSync('chattr', ['-i', dir]) };
}
