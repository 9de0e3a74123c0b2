import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;

describe('gkml render xlsx', () => {
  it('writes one workbook per publisher of the example workspace, and nothing else', async () => {
    const out = tempFiles({});
    const run = await runCli(['render', 'xlsx', 'examples/shili-county', '--out', out], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['示例县人力资源和社会保障局', '示例县人民政府办公室', '示例县公安局', '示例县教育局', '示例县民政局', '示例县示例镇人民政府', '示例县财政局', '示例市生态环境局示例县分局'].map((n) => `${n}.xlsx`).sort(),
    );
    expect(run.stdout).toContain('已写入 8 个工作簿：');
    expect(run.stdout).toMatch(/示例县民政局\.xlsx（3 个工作表，27 个事项）/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, '示例县示例镇人民政府.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['政府信息', '财政预决算', '涉农补贴', '社会救助', '汇总', '未涉及领域', 'gkml']);
    expect(book.getWorksheet('政府信息')!.getRow(4).getCell(13).value).toBe('镇级');
  });

  it('writes one county workbook with --split area', async () => {
    const out = tempFiles({});
    const run = await runCli(['render', 'xlsx', 'examples/shili-county', '--out', out, '--split', 'area', '--lang', 'en'], { cwd: root });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(out)).toEqual(['示例县.xlsx']);
    expect(run.stdout).toMatch(/^Wrote 1 workbook\(s\):\n {2}.*示例县\.xlsx \(\d+ sheets, 167 items\)\n$/);
  });

  it('refuses catalogues with errors: exit 1, the errors on stderr, no workbook written', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue.replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占]') });
    const run = await runCli(['render', 'xlsx', 'c.yaml', '--out', 'out'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('政府网占');
    expect(run.stderr).toContain('目录文件有错误，没有生成工作簿。');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('asks for --out', async () => {
    const run = await runCli(['render', 'xlsx', 'examples/shili-county'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--out/);
  });
});
