import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { CATEGORIES } from '../../src/stats/stats.js';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;

describe('gkml stats', () => {
  it('uses the five disclosures of vocab/terms.yaml, in order', () => {
    expect([...CATEGORIES]).toEqual(loadVocabulary().terms.fiveDisclosures.values);
  });

  it('counts the example workspace per publisher × category × area, with subtotals and a total', async () => {
    const run = await runCli(['stats', 'examples/shili-county', '-f', 'json'], { cwd: root });
    expect(run.exitCode).toBe(0);
    const table = JSON.parse(run.stdout) as { rows: { publisher: string; area: string; counts: number[]; items: number; subtotal: boolean }[]; totals: number[]; items: number };
    expect(table.items).toBe(167);
    const civil = table.rows.filter((r) => r.publisher === '示例县民政局');
    expect(civil.map((r) => r.area)).toEqual(['养老服务', '社会救助', '财政预决算', '']);
    const subtotal = civil.at(-1)!;
    expect(subtotal.subtotal).toBe(true);
    expect(subtotal.items).toBe(civil.slice(0, -1).reduce((n, r) => n + r.items, 0));
    // Every column's total is the sum of the publisher rows (subtotals not counted twice).
    const sums = CATEGORIES.map((_, i) => table.rows.filter((r) => !r.subtotal).reduce((n, r) => n + r.counts[i]!, 0));
    expect(table.totals).toEqual(sums);
  });

  it('writes CSV with a BOM for Excel, and text aligned for Chinese', async () => {
    const csv = await runCli(['stats', 'examples/shili-county', '-f', 'csv'], { cwd: root });
    expect(csv.stdout.startsWith('\uFEFF公开主体,领域,决策公开,执行公开,管理公开,服务公开,结果公开,事项数\r\n')).toBe(true);
    const text = await runCli(['stats', 'examples/shili-county'], { cwd: root });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^合计(\s+\d+){5}\s+167$/);
  });

  it('names files that fail the schema and exits 1 rather than count short', async () => {
    const dir = tempFiles({ 'ok.yaml': validCatalogue, 'bad.yaml': validCatalogue.replace('mode: 主动', 'mode: 主動') });
    const run = await runCli(['stats', '.', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout).items).toBe(1);
    expect(run.stderr).toContain('bad.yaml');
    expect(run.stderr).toContain('没有计入统计');
  });
});
