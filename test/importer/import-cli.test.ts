import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { officialHeader, officialHeaderMerges, workbook } from './helpers.js';

const root = new URL('../../', import.meta.url).pathname;

async function messyWorkbook(): Promise<Uint8Array> {
  return workbook({
    name: 'Sheet1',
    rows: [
      ['示例县民政局社会救助领域基层政务公开标准目录'],
      ...officialHeader(),
      [1, '1.最低生活保障', '办事指南', '办理条件', '《社会救助暂行办法》', '20个工作日内', '示例县民政局', '■政府网站 口政府公报', '√', null, '√', null, '√', null],
      [2, null, '审核信息', '名单', '同上', '1年', '示例县民政局', '政府网站', null, '√', '√', null, '√', '√'],
    ],
    merges: ['A1:N1', ...officialHeaderMerges(2), 'B4:B5'],
  });
}

describe('gkml import', () => {
  it('writes YAML catalogues that validate, with the schema modeline, and the import report', async () => {
    const dir = tempFiles({ '民政.xlsx': await messyWorkbook() });
    const run = await runCli(['import', '民政.xlsx', '--out', 'out'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['民政.import-report.txt', '民政.yaml']);
    expect(run.stdout).toContain('Sheet1!B4  提示  一级事项“1.最低生活保障”去掉了编号，按“最低生活保障”导入（编号由表格的序号表示）。  import/numberingStripped');
    expect(run.stdout).toContain('Sheet1!F5  警告  公开时限“1年”无法识别');
    expect(run.stdout).toContain('已导入 1 个目录、2 个事项，写入：\n  out/民政.yaml\n  out/民政.import-report.txt\n');
    const yaml = readFileSync(join(dir, 'out/民政.yaml'), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(yaml);
    expect(modeline).not.toBeNull();
    expect(resolve(dir, 'out', modeline![1]!)).toBe(resolve(root, 'schemas/catalogue.schema.json'));
    expect(readFileSync(join(dir, 'out/民政.import-report.txt'), 'utf8')).toContain('Sheet1!F5  警告  公开时限“1年”无法识别');
    // The file is well-formed and passes the schema; what the rules say of its content is the clerk's to settle.
    const check = await runCli(['validate', 'out/民政.yaml', '-f', 'json'], { cwd: dir });
    const findings = (JSON.parse(check.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics;
    expect(findings.filter((d) => ['schema', 'input', 'yaml'].includes(d.ruleId))).toEqual([]);
  });

  it('gives back the example workspace from its rendered workbooks, and those files validate', async () => {
    const dir = tempFiles({});
    expect((await runCli(['render', 'xlsx', 'examples/shili-county', '--out', join(dir, 'xlsx'), '--split', 'area'], { cwd: root })).exitCode).toBe(0);
    const run = await runCli(['import', 'xlsx/示例县.xlsx', '--out', 'catalogues'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^✔ 检查了 1 个文件，没有发现问题。\n已导入 8 个目录、167 个事项/);
    expect(readdirSync(join(dir, 'catalogues')).filter((f) => f.endsWith('.yaml')).sort()).toEqual(readdirSync(join(root, 'examples/shili-county/catalogues')).sort());
    const check = await runCli(['validate', 'catalogues'], { cwd: dir });
    expect(check.exitCode).toBe(0);
  });

  it('does not overwrite files unless --force, and leaves no temporary files', async () => {
    const dir = tempFiles({ '民政.xlsx': await messyWorkbook(), 'out/民政.yaml': 'keep me\n' });
    const refused = await runCli(['import', '民政.xlsx', '--out', 'out'], { cwd: dir });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe('输出目录中已有这些文件：out/民政.yaml。如要覆盖，请加 --force。\n');
    expect(readFileSync(join(dir, 'out/民政.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await runCli(['import', '民政.xlsx', '--out', 'out', '--force'], { cwd: dir });
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'out/民政.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the report as JSON with -f json, each guess at its sheet cell', async () => {
    const dir = tempFiles({ '民政.xlsx': await messyWorkbook() });
    const run = await runCli(['import', '民政.xlsx', '--out', 'out', '-f', 'json', '--lang', 'en'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const json = run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1);
    const report = JSON.parse(json) as { diagnostics: { ruleId: string; messageId: string }[] };
    expect(report.diagnostics.find((d) => d.messageId === 'numberingStripped')).toEqual({
      file: '民政.xlsx',
      sheet: 'Sheet1',
      line: 4,
      column: 2,
      ruleId: 'import',
      severity: 'info',
      messageId: 'numberingStripped',
      message: '一级事项 "1.最低生活保障" lost its numbering and was imported as "最低生活保障" (the 序号 column numbers the rows).',
      data: { field: '一级事项', text: '1.最低生活保障', value: '最低生活保障' },
    });
  });

  it('imports several files in one run, and writes nothing when one of them fails', async () => {
    const dir = tempFiles({ 'a.xlsx': await messyWorkbook(), 'b.xlsx': new Uint8Array([1, 2, 3]) });
    const run = await runCli(['import', 'a.xlsx', 'b.xlsx', '--out', 'out'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    writeFileSync(join(dir, 'b.xlsx'), await messyWorkbook());
    const ok = await runCli(['import', 'a.xlsx', 'b.xlsx', '--out', 'out'], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.import-report.txt', 'a.yaml', 'b.import-report.txt', 'b.yaml']);
  });
});
