import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles, validCatalogue } from '../helpers/files.js';

const example = resolve('examples/shili-county');

/** Every file under a folder, path → bytes: to show a folder did not change at all. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

describe('gkml render html', () => {
  let parent: string;
  let out: string;
  let first: Map<string, string>;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'gkml-render-'));
    out = join(parent, 'site');
    const run = await runCli(['render', 'html', example, '--out', out], { env: { SOURCE_DATE_EPOCH: '1719792000' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^已生成网站 .*site：8 个公开主体，\d+ 个文件。\n$/);
    first = snapshot(out);
  });

  it('writes the pages, the assets, the open data and its marker', () => {
    for (const file of ['index.html', 'county-civil-affairs.html', 'area-social-assistance.html', 'category-1.html', 'catalogue.json', 'catalogue.csv', 'assets/site.css', 'assets/site.js', 'assets/custom.css', '.gkml-site']) {
      expect(first.has(file), file).toBe(true);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('本站生成于 <time datetime="2024-07-01">2024-07-01</time>');
    expect(readFileSync(join(out, 'catalogue.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('leaves the previous site byte for byte when a template fails half-way, and removes its unfinished folder', async () => {
    // item-row.hbs first runs on the area pages, after the assets, the open data and the index are written.
    const templates = tempFiles({ 'partials/item-row.hbs': '<tr><td>{{name}}{{noSuchField}}</td></tr>' });
    const run = await runCli(['render', 'html', example, '--out', out, '--templates', templates]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^模板出错（pages\/list\.hbs）：.*noSuchField.*\n网站没有更新，.*site 保持原样。\n$/);
    expect(snapshot(out)).toEqual(first);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('removes what a killed build left beside the site, keeping the site itself', async () => {
    const dead = 4_000_000; // above any pid Linux hands out by default
    mkdirSync(join(parent, `.site.gkml-build-${dead}`, 'assets'), { recursive: true });
    writeFileSync(join(parent, `.site.gkml-build-${dead}`, 'index.html'), 'half');
    const run = await runCli(['render', 'html', example, '--out', out], { env: { SOURCE_DATE_EPOCH: '1719792000' } });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(parent)).toEqual(['site']);
    expect(snapshot(out)).toEqual(first);
  });

  it('replaces the site when the build succeeds, and takes header, footer and CSS from --templates', async () => {
    const templates = tempFiles({
      'partials/header.hbs': '<header class="brand"><p>{{site.title}} · 示例县人民政府</p>{{> nav}}</header>',
      'partials/footer.hbs': '<footer><p>主办：示例县人民政府办公室 · {{site.updated}}</p><a href="catalogue.csv">CSV</a></footer>',
      'assets/custom.css': '.brand { background: #0b4f8a; }\n',
      'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const run = await runCli(['render', 'html', example, '--out', out, '--templates', templates]);
    expect(run.exitCode).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<header class="brand"><p>示例县政务公开目录 · 示例县人民政府</p>');
    expect(index).toContain('<footer><p>主办：示例县人民政府办公室 · 2024-06-30</p>');
    expect(readFileSync(join(out, 'assets/custom.css'), 'utf8')).toBe('.brand { background: #0b4f8a; }\n');
    expect(existsSync(join(out, 'assets/logo.svg'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('reads the site title and template folder from gkml.config.yaml', async () => {
    const dir = tempFiles({
      'gkml.config.yaml': 'catalogues: [catalogues/*.yaml]\nsite:\n  title: 示例县政府信息公开目录\n  templates: brand\n',
      'catalogues/a.yaml': readFileSync(join(example, 'catalogues/county-finance.yaml')),
      'brand/partials/footer.hbs': '<footer>示例页脚</footer>',
    });
    const run = await runCli(['render', 'html', '--out', 'site'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('<title>示例县政府信息公开目录</title>');
    expect(index).toContain('<footer>示例页脚</footer>');
  });

  it('will not replace a folder it did not write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-render-'));
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const run = await runCli(['render', 'html', example, '--out', dir]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('已存在，且不是 gkml 生成的文件夹（其中没有 .gkml-site）');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('names a template file it does not know, and a missing template folder', async () => {
    const stray = tempFiles({ 'partials/footer.hbs': '', 'pages/home.hbs': '' });
    const run = await runCli(['render', 'html', example, '--out', join(parent, 'other'), '--templates', stray]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^模板文件夹中的 pages\/home\.hbs 不是可覆盖的模板。/);
    const missing = await runCli(['render', 'html', example, '--out', join(parent, 'other'), '--templates', join(parent, 'nope')], {});
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('找不到模板文件夹');
    expect(existsSync(join(parent, 'other'))).toBe(false);
  });

  it('writes nothing when a catalogue has errors, and exits 1', async () => {
    const dir = tempFiles({ 'a.yaml': validCatalogue.replace('mode: 主动', 'mode: 主动公开办理') });
    mkdirSync(join(dir, 'site'));
    const run = await runCli(['render', 'html', 'a.yaml', '--out', 'site'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('目录有错误，没有生成网站。');
    expect(readdirSync(join(dir, 'site'))).toEqual([]);
  });
});
