import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gkml, smallWorkspace, tempDir } from '../audit/helpers.js';

describe('gkml due with a number of days', () => {
  it('prints the due date alone and exits 0', async () => {
    expect(await gkml(['due', '--from', '2024-05-17', '--workdays', '20'])).toEqual({ exitCode: 0, stdout: '2024-06-17\n', stderr: '' });
    expect((await gkml(['due', '--from', '2024-09-11', '--days', '20'])).stdout).toBe('2024-10-08\n');
  });

  it('gives the details as JSON', async () => {
    const run = await gkml(['due', '--from', '2024-09-11', '--days', '20', '-f', 'json']);
    expect(JSON.parse(run.stdout)).toEqual({ from: '2024-09-11', days: 20, countFrom: 'next-day', due: '2024-10-08', rolled: true, uncoveredYears: [] });
  });

  it('counts from the event day with --count-from same-day', async () => {
    expect((await gkml(['due', '--from', '2024-05-17', '--workdays', '20', '--count-from', 'same-day'])).stdout).toBe('2024-06-14\n');
  });

  it.each([
    [['due', '--from', '2024-05-17'], '请在 --workdays、--days、--item、--items 中选用一个'],
    [['due', '--from', '2024-05-17', '--workdays', '2', '--days', '3'], '这里用了 --workdays --days'],
    [['due', '--workdays', '20'], '--workdays 需要同时用 --from 给出事件日期'],
    [['due', '--from', '2024-02-30', '--workdays', '20'], '--from 需要一个日期，写成 YYYY-MM-DD，如 2024-05-17（这里是“2024-02-30”）'],
    [['due', '--from', '2024-05-17', '--workdays', 'twenty'], '--workdays 需要一个 0 到 3660 之间的整数'],
    [['due', '--from', '2024-05-17', '--workdays', '20', '--count-from', 'today'], '参数取值不对'],
    [['due', '--from', '2024-05-17', '--workdays', '20', '--calendar', 'nowhere.json'], '找不到节假日文件 nowhere.json'],
  ])('exits 2 with a plain message for bad arguments: %j', async (argv, message) => {
    const run = await gkml(argv);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English with --lang en', async () => {
    const run = await gkml(['due', '--from', '2024-05-17', '--lang', 'en']);
    expect(run.stderr).toContain('Use exactly one of --workdays, --days, --item and --items (got —).');
  });
});

describe('the calendar override', () => {
  // A fictional 2027 arrangement: 01-01 (Fri) off, Sunday 01-03 a make-up workday.
  const override = JSON.stringify({ holidays: { '2027-01-01': "New Year's Day,元旦,1" }, workdays: { '2027-01-03': "New Year's Day,元旦,1" } });

  it('covers a new year from --calendar, so nothing is guessed and nothing warns', async () => {
    const dir = tempDir({ 'holidays-2027.json': override });
    const run = await gkml(['due', '--from', '2026-12-31', '--workdays', '2', '--calendar', 'holidays-2027.json'], dir);
    expect(run).toEqual({ exitCode: 0, stdout: '2027-01-04\n', stderr: '' });
    const without = await gkml(['due', '--from', '2026-12-31', '--workdays', '2'], dir);
    expect(without.stdout).toBe('2027-01-04\n');
    expect(without.stderr).toContain('2027 年');
  });

  it('is read from gkml.config.yaml (relative to it), with the counting convention', async () => {
    const dir = tempDir({ 'gkml.config.yaml': 'calendar:\n  override: data/holidays.json\n  countFrom: same-day\n', 'data/holidays.json': override, 'sub/.keep': '' });
    const run = await gkml(['due', '--from', '2026-12-31', '--workdays', '2'], join(dir, 'sub'));
    expect(run).toEqual({ exitCode: 0, stdout: '2027-01-03\n', stderr: '' });
  });

  it('rejects a malformed override file with its problems (exit 2)', async () => {
    const dir = tempDir({ 'bad.json': JSON.stringify({ holidays: { '2027-02-30': 'x' }, extra: 1 }) });
    const run = await gkml(['due', '--from', '2026-12-31', '--workdays', '2', '--calendar', 'bad.json'], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('bad.json: 不认识的键“extra”');
    expect(run.stderr).toContain('bad.json: holidays["2027-02-30"]：“2027-02-30”不是有效日期');
  });
});

describe('gkml due with catalogue items', () => {
  const dir = smallWorkspace({ 'items.csv': '事项编号,事件日期,公开主体\nmz-020,2024-05-17,\nmz-month,2024-05-17,\nmz-rt,2024-09-29,\nshared-1,2024-04-30,示例县生态环境局\nshared-1,2024-04-30,\nmz-02O,2024-05-17,\nmz-007,2024-05-40,\n' });

  it('uses the item’s structured time limit', async () => {
    const run = await gkml(['due', '--item', 'mz-020', '--from', '2024-05-17'], dir);
    expect(run).toEqual({ exitCode: 0, stdout: '2024-06-17  mz-020  事件 2024-05-17  信息形成或者变更之日起20个工作日内：自事件次日起第 20 个工作日。\n', stderr: '' });
  });

  it('says what applies to 实时, 及时 and periodic items', async () => {
    expect((await gkml(['due', '--item', 'mz-rt', '--from', '2024-09-29'], dir)).stdout).toBe('2024-09-29  mz-rt  事件 2024-09-29  实时公开：应在信息形成或变更的当天公开。\n');
    expect((await gkml(['due', '--item', 'mz-js', '--from', '2024-05-17'], dir)).stdout).toContain('2024-06-17  mz-js  事件 2024-05-17  及时公开：没有写明天数，按《政府信息公开条例》第二十六条');
    const periodic = await gkml(['due', '--item', 'mz-month', '--from', '2024-05-17', '--lang', 'en'], dir);
    expect(periodic).toMatchObject({ exitCode: 0, stdout: '—  mz-month  event 2024-05-17  Updated 每月: a periodic item has no due date counted from an event; check that each period was updated on time.\n' });
  });

  it('asks which publisher when an id is in two catalogues, and takes --publisher', async () => {
    const run = await gkml(['due', '--item', 'shared-1', '--from', '2024-04-30'], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('编号“shared-1”在多个目录中都有（示例县民政局、示例县生态环境局）。请用 --publisher 指明公开主体。');
    expect((await gkml(['due', '--item', 'shared-1', '--from', '2024-04-30', '--publisher', '示例县生态环境局'], dir)).stdout).toMatch(/^2024-05-16  shared-1/);
  });

  it('suggests the nearest id for an unknown one', async () => {
    const run = await gkml(['due', '--item', 'mz-02O', '--from', '2024-05-17'], dir);
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toBe('目录中没有编号为“mz-02O”的事项（是不是“mz-020”？）。\n');
  });

  it('prints one line per row of --items and names the rows it cannot compute (exit 2)', async () => {
    const run = await gkml(['due', '--items', 'items.csv'], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stdout.split('\n').map((line) => line.split('  ').slice(0, 2).join(' '))).toEqual([
      '2024-06-17 mz-020',
      '— mz-month',
      '2024-09-29 mz-rt',
      '2024-05-16 shared-1',
      '',
    ]);
    expect(run.stderr).toBe(
      [
        'items.csv!A6  编号“shared-1”在多个目录中都有（示例县民政局（catalogues/civil.yaml）、示例县生态环境局（catalogues/ecology.yaml））。请在“公开主体”或“目录文件”列写明是哪一个。',
        'items.csv!A7  目录中没有编号为“mz-02O”的事项。是不是“mz-020”？',
        'items.csv!B8  “2024-05-40”不是有效日期（事件日期列）。请写成 YYYY-MM-DD，如 2024-05-17。',
        'items.csv 中有 3 行无法计算，见上。',
        '',
      ].join('\n'),
    );
  });

  it('gives --items as JSON', async () => {
    const run = await gkml(['due', '--items', 'items.csv', '-f', 'json'], dir);
    const lines = JSON.parse(run.stdout) as { item: string; due: string | null; rule: string; publisher: string }[];
    expect(lines.map((l) => [l.item, l.due, l.rule, l.publisher])).toEqual([
      ['mz-020', '2024-06-17', 'workdays', '示例县民政局'],
      ['mz-month', null, 'periodic', '示例县民政局'],
      ['mz-rt', '2024-09-29', 'realtime', '示例县民政局'],
      ['shared-1', '2024-05-16', 'workdays', '示例县生态环境局'],
    ]);
  });
});
