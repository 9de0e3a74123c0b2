import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { guessLines, importBytes, officialHeader, workbook } from './helpers.js';

describe('files that hold no catalogue', () => {
  it('names the file and each sheet when no sheet has a catalogue header', async () => {
    const bytes = await workbook({ name: '人员名单', rows: [['姓名', '电话'], ['张三', '0000-1234567']] }, { name: 'Sheet2', rows: [] });
    expect(() => importBytes(bytes, '名单.xlsx')).toThrow(
      '名单.xlsx 中没有可导入的目录表：工作表“人员名单”：找不到目录表头，已跳过（表头要有“公开事项”“公开内容”“公开时限”“公开渠道和载体”等列名中的至少三个）。工作表“Sheet2”：工作表是空的，已跳过。',
    );
    expect(() => importBytes(bytes, '名单.xlsx', { lang: 'en' })).toThrow(/^名单\.xlsx holds no catalogue table to import: sheet "人员名单": No catalogue header found; skipped .*; sheet "Sheet2": The sheet is empty; skipped\.$/);
  });

  it('says when a header has no rows under it', async () => {
    const bytes = await workbook({ name: '社会救助', rows: officialHeader() });
    expect(() => importBytes(bytes, '空表.xlsx')).toThrow('空表.xlsx 中没有可导入的目录表：工作表“社会救助”：表头下面没有事项行，已跳过。');
  });

  it('imports the catalogue sheets of a workbook and reports the empty one', async () => {
    const bytes = await workbook({ name: '空白', rows: [] }, { name: '就业', rows: [...officialHeader(), [1, '就业政策', '政策文件', '文件', null, '20个工作日内', '示例县人社局', '■政府网站', '√', null, '√', null, '√', null]] });
    const result = importBytes(bytes, '人社.xlsx', { publisher: '示例县人力资源和社会保障局' });
    expect(result.catalogues[0]!.document.items).toHaveLength(1);
    expect(guessLines(result)).toContain('空白!A1 sheetEmpty');
  });

  it('gives a clear message for a damaged workbook, an old .xls and text that is not CSV', () => {
    expect(() => importBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '坏.xlsx')).toThrow('无法读取 坏.xlsx：文件已损坏，或不是 .xlsx 工作簿（not a zip archive）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。');
    expect(() => importBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧.xls')).toThrow('旧.xls 是旧的 .xls 格式，请用 Excel 或 WPS 另存为 .xlsx（或 CSV UTF-8）再导入。');
    expect(() => importBytes(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), '图.csv')).toThrow('图.csv 既不是 .xlsx 工作簿，也不是 UTF-8 或 GBK 编码的 CSV 文本。');
  });

  it('exits 2 from the CLI with the message and no stack trace, writing nothing', async () => {
    const dir = tempFiles({ '坏.xlsx': new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0]) });
    const run = await runCli(['import', '坏.xlsx', '--out', 'out'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^无法读取 坏\.xlsx：/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 for a file that does not exist', async () => {
    const run = await runCli(['import', '没有.xlsx', '--out', 'out'], { cwd: tempFiles({}) });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('找不到要导入的文件：没有.xlsx');
  });
});
