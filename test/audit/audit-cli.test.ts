import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import type { Catalogue, Item } from '../../src/model/catalogue.js';
import { gkml, smallWorkspace, tempDir } from './helpers.js';

const example = resolve('examples/shili-county');

interface Picked {
  item: Item;
  catalogue: Catalogue;
}

/** The first item of the example workspace whose time limit passes `test`. */
function pick(catalogues: Catalogue[], test: (item: Item) => boolean): Picked {
  for (const catalogue of catalogues) for (const item of catalogue.items) if (test(item)) return { item, catalogue };
  throw new Error('the example workspace has no item of this kind');
}

describe('gkml audit of the example workspace with a generated log', () => {
  let twenty: Picked;
  let realtime: Picked;
  let periodic: Picked;
  let dir: string;

  beforeAll(async () => {
    const { catalogues } = await validate({ cwd: example, patterns: [] });
    twenty = pick(catalogues, ({ timeLimit: t }) => typeof t === 'object' && t.workdays === 20 && t.syncWith === undefined && t.periodic === undefined);
    realtime = pick(catalogues, ({ timeLimit: t }) => t === '实时');
    periodic = pick(catalogues, ({ timeLimit: t }) => typeof t === 'object' && t.periodic !== undefined && t.workdays === undefined);
    const row = (p: Picked, event: string, published: string) => `${p.item.id},${p.catalogue.file.split('/').pop()},${event},${published},https://example.gov.cn/${p.item.id}`;
    dir = tempDir({
      'log.csv': [
        '事项编号,目录文件,形成或变更日期,公开日期,链接',
        row(twenty, '2024-05-17', '2024-06-17'),
        row(twenty, '2024-05-17', '2024-06-19'),
        row(twenty, '2024-06-03', ''),
        row(realtime, '2024-09-29', '2024-10-08'),
        row(periodic, '2024-06-30', '2024-07-05'),
        'no-such-item,,2024-05-17,2024-05-20,',
        `${twenty.item.id},,2024-13-45,2024-06-01,`,
        '',
      ].join('\n'),
    });
  });

  it('shows on-time, late and missing entries, and exits 1', async () => {
    const run = await gkml(['audit', example, '--log', 'log.csv', '--as-of', '2025-01-06'], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('第 2 行 2024-05-17 → 2024-06-17 2024-06-17 公开 按时');
    expect(lines).toContain('第 3 行 2024-05-17 → 2024-06-17 2024-06-19 公开 逾期 2 个工作日');
    expect(lines).toContain('第 4 行 2024-06-03 → 2024-07-02 未公开 缺失（已超过 129 个工作日）');
    expect(lines).toContain('第 5 行 2024-09-29 → 2024-09-29 2024-10-08 公开 逾期 2 个工作日');
    expect(lines).toContain('第 6 行 2024-06-30 → 无截止日期 2024-07-05 公开 未核对（无截止日期）');
    expect(lines).toContain(`${twenty.item.id} ${twenty.item.level1}${twenty.item.level2 ? ` › ${twenty.item.level2}` : ''}${twenty.item.level3 ? ` › ${twenty.item.level3}` : ''} 时限：${describe20(twenty.item)}`);
    expect(lines.at(-2)).toMatch(/^合计（\d 个公开主体，5 条记录）：按时 1，逾期 2，缺失 1，未到期 0，未核对 1$/);
  });

  it('reports each malformed row as a finding with its row, not a crash', async () => {
    const run = await gkml(['audit', example, '--log', 'log.csv', '--as-of', '2025-01-06'], dir);
    const findings = run.stdout.split('\n').filter((line) => line.startsWith('  log.csv!'));
    expect(findings.map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['log.csv!D3', '错误', expect.stringMatching(/于 2024-05-17 形成或变更，截止日期为 2024-06-17，实际 2024-06-19 才公开，逾期 2 个工作日/), 'publication-late/late'],
      ['log.csv!D4', '错误', expect.stringMatching(/到 2025-01-06 仍没有公开日期，已超过 129 个工作日。已经公开的，请补填公开日期和链接/), 'publication-missing/missing'],
      ['log.csv!D5', '错误', expect.stringMatching(/截止日期为 2024-09-29，实际 2024-10-08 才公开/), 'publication-late/late'],
      ['log.csv!A6', '提示', expect.stringMatching(/更新的事项，没有从某一事件起算的截止日期/), 'no-due-date/periodicNoDueDate'],
      ['log.csv!A7', '错误', '目录中没有编号为“no-such-item”的事项。请核对编号，或先把该事项加入目录。', 'log-row/unknownItem'],
      ['log.csv!C8', '错误', '“2024-13-45”不是有效日期（形成或变更日期列）。请写成 YYYY-MM-DD，如 2024-05-17。', 'log-row/badDate'],
    ]);
  });

  it('gives the same entries as JSON, in English with --lang en', async () => {
    const run = await gkml(['audit', example, '--log', 'log.csv', '--as-of', '2025-01-06', '-f', 'json', '--lang', 'en'], dir);
    const out = JSON.parse(run.stdout) as { entries: { row: number; status: string; due?: string; lateBy?: number }[]; diagnostics: { line: number; column: number; sheet?: string; messageId: string; message: string }[] };
    expect(out.entries.map((e) => [e.row, e.status, e.due, e.lateBy]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [2, 'on-time', '2024-06-17', undefined],
      [3, 'late', '2024-06-17', 2],
      [4, 'missing', '2024-07-02', 129],
      [5, 'late', '2024-09-29', 2],
      [6, 'unchecked', undefined, undefined],
    ]);
    const bad = out.diagnostics.find((d) => d.messageId === 'badDate')!;
    expect(bad).toMatchObject({ line: 8, column: 3, sheet: 'log.csv', message: '"2024-13-45" is not a valid date (column 形成或变更日期). Write it as YYYY-MM-DD, such as 2024-05-17.' });
  });
});

function describe20(item: Item): string {
  const limit = item.timeLimit as { text?: string; from?: string };
  return limit.text ?? `${limit.from === '形成或变更' || limit.from === undefined ? '信息形成或者变更之日起' : ''}20个工作日内`;
}

describe('gkml audit exit codes and inputs', () => {
  const onTime = '事项编号,形成或变更日期,公开日期\nmz-020,2024-05-17,2024-06-17\n';

  it('exits 0 when every publication is on time', async () => {
    const dir = smallWorkspace({ 'log.csv': onTime });
    const run = await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06'], dir);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('合计（1 个公开主体，1 条记录）：按时 1，逾期 0，缺失 0，未到期 0，未核对 0');
  });

  it('exits 1 for a warning only at --fail-level warning', async () => {
    const dir = smallWorkspace({ 'log.csv': '事项编号,形成或变更日期,公开日期\nmz-020,2024-05-17,2024-05-16\n' });
    expect((await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06'], dir)).exitCode).toBe(0);
    expect((await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06', '--fail-level', 'warning'], dir)).exitCode).toBe(1);
  });

  it('exits 1 for a malformed row alone', async () => {
    const dir = smallWorkspace({ 'log.csv': '事项编号,形成或变更日期,公开日期\nmz-020,2024-05-17,2024-06-17\nmz-020,17.5.2024,\n' });
    const run = await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06'], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('log.csv!B3  错误  “17.5.2024”不是有效日期');
  });

  it('reads a GBK-encoded CSV', async () => {
    const gbk = Buffer.from('cac2cfeeb1e0bac52cd0ceb3c9bbf2b1e4b8fcc8d5c6da2cb9abbfaac8d5c6da2cc1b4bdd30a6d7a2d3032302c323032342d30352d31372c323032342d30362d31382c0a', 'hex');
    const dir = smallWorkspace({ 'log.csv': gbk });
    const run = await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06'], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('逾期 1 个工作日');
  });

  it('reads a worksheet of an .xlsx log, with date cells and links, and names its cells', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本工作簿的第二张表是公开记录']);
    const sheet = workbook.addWorksheet('2024年公开记录');
    sheet.addRow(['事项编号', '形成或变更日期', '公开日期', '链接']);
    sheet.addRow(['mz-020', new Date(Date.UTC(2024, 4, 17)), new Date(Date.UTC(2024, 5, 17)), { text: '网页', hyperlink: 'https://example.gov.cn/1' }]);
    sheet.addRow(['mz-007', '2024/12/2', null, null]);
    sheet.addRow(['mz-999', new Date(Date.UTC(2024, 4, 17)), null, null]);
    const dir = smallWorkspace({ 'log.xlsx': new Uint8Array(await workbook.xlsx.writeBuffer()) });
    const run = await gkml(['audit', '--log', 'log.xlsx', '--sheet', '2024年公开记录', '--as-of', '2025-01-06', '-f', 'json'], dir);
    expect(run.exitCode).toBe(1);
    const out = JSON.parse(run.stdout) as { log: unknown; entries: { itemId: string; status: string; url?: string }[]; diagnostics: { file: string; sheet: string; line: number; column: number; messageId: string }[] };
    expect(out.log).toEqual({ file: 'log.xlsx', sheet: '2024年公开记录' });
    expect(out.entries.map((e) => [e.itemId, e.status, e.url])).toEqual([
      ['mz-007', 'missing', undefined],
      ['mz-020', 'on-time', '网页'],
    ]);
    expect(out.diagnostics.map((d) => [d.file, d.sheet, d.line, d.column, d.messageId])).toEqual([
      ['log.xlsx', '2024年公开记录', 3, 3, 'missing'],
      ['log.xlsx', '2024年公开记录', 4, 1, 'unknownItem'],
    ]);
    const missingSheet = await gkml(['audit', '--log', 'log.xlsx', '--sheet', '无此表'], dir);
    expect(missingSheet).toMatchObject({ exitCode: 2, stderr: 'log.xlsx 中没有工作表“无此表”。有：说明、2024年公开记录\n' });
  });

  it('writes the audit as a workbook with -o xlsx:path, atomically, and refuses xlsx on the terminal', async () => {
    const dir = smallWorkspace({ 'log.csv': `${onTime}mz-007,2024-12-02,\n` });
    const run = await gkml(['audit', '--log', 'log.csv', '--as-of', '2025-01-06', '-o', 'xlsx:reports/audit.xlsx', '-o', 'json:reports/audit.json'], dir);
    expect(run.exitCode).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'reports/audit.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['核对结果', '事项汇总', '问题']);
    const rows = workbook.getWorksheet('核对结果')!.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((r) => [r[2], r[9], r[10]])).toEqual([
      ['事项编号', '结果', '逾期工作日'],
      ['mz-007', '缺失（已超过 17 个工作日）', 17],
      ['mz-020', '按时', undefined],
    ]);
    expect((rows[1]![7] as Date).toISOString()).toBe('2024-12-11T00:00:00.000Z');
    expect(workbook.created.toISOString()).toBe('2025-01-06T00:00:00.000Z');
    expect(JSON.parse(readFileSync(join(dir, 'reports/audit.json'), 'utf8'))).toMatchObject({ asOf: '2025-01-06', totals: { 'on-time': 1, missing: 1 } });
    const terminal = await gkml(['audit', '--log', 'log.csv', '-f', 'xlsx'], dir);
    expect(terminal).toMatchObject({ exitCode: 2, stdout: '' });
    expect(terminal.stderr).toContain('xlsx 是工作簿格式，不能输出到终端');
  });

  it('exits 2 for a log that is not there, a bad --as-of or an unknown format', async () => {
    const dir = smallWorkspace();
    expect(await gkml(['audit', '--log', 'nowhere.csv'], dir)).toMatchObject({ exitCode: 2, stderr: '找不到公开记录文件：nowhere.csv\n' });
    expect((await gkml(['audit', '--log', 'nowhere.csv', '--as-of', 'tomorrow'], dir)).stderr).toContain('--as-of 需要一个日期');
    expect((await gkml(['audit', '--log', 'x.csv', '-f', 'pdf'], dir)).stderr).toContain('不认识的输出格式“pdf”');
    expect((await gkml(['audit'], dir)).exitCode).toBe(2);
  });
});
