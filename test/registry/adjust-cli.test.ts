import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { CATALOGUE, REGISTER } from './workspace.js';

const root = new URL('../../', import.meta.url).pathname;
const example = join(root, 'examples/shili-county');
const OLD = 'registers/shili-county-powers-2023.xlsx';
const NEW = 'registers/shili-county-powers-2024.xlsx';

/** The small workspace of the diff tests, with a 2023 version of its register: one change of each kind. */
function adjustedWorkspace(): string {
  const old = REGISTER.split('\n')
    .filter((line) => !line.startsWith('SLX-XK-002'))
    .map((line) => line.replace('SLX-QR-001,特困人员救助供养,行政确认', 'SLX-QR-001,特困人员救助供养,其他职权').replace('临时救助金给付', '临时救助金申领'));
  old.push('SLX-GF-002,特困人员救助供养金给付,行政给付,示例县民政局,社会救助股');
  return tempFiles({
    'gkml.config.yaml': 'catalogues: [catalogues/*.yaml]\n',
    'catalogues/c.yaml': CATALOGUE,
    'registers/old.csv': old.join('\n'),
    'registers/new.csv': REGISTER,
  });
}

describe('gkml diff-register (command line)', () => {
  it('shows each change at its row with the items to revise, counts per department; exit 0 below the fail level, 1 at it', async () => {
    const cwd = adjustedWorkspace();
    const run = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('权责清单动态调整：registers/old.csv（10 项）→ registers/new.csv（10 项）；1 个目录文件');
    expect(run.stdout).toContain('  old.csv!B11  警告  取消行政给付事项“特困人员救助供养金给付”（SLX-GF-002，示例县民政局），但目录事项 a-4 仍对应它。');
    expect(run.stdout).toContain('  new.csv!B5   警告  “特困人员救助供养”（SLX-QR-001，示例县民政局）的权力类型由其他行政权力改为行政确认。');
    expect(run.stdout).toContain('  new.csv!B6   警告  行政给付事项“临时救助金给付”（SLX-GF-003，示例县民政局）调整：事项名称“临时救助金申领”→“临时救助金给付”。请同步修改目录事项 a-5。');
    expect(run.stdout).toContain('  new.csv!B10  提示  新增行政许可事项“慈善组织公开募捐资格审批”（SLX-XK-002，示例县民政局）。');
    expect(run.stdout).toMatch(/ {2}示例县民政局 +1 +1 +1 +1 +0 +2\n/);
    expect(run.stdout).toContain('合计：两版共有 9 项，新增 1、取消 1、调整 1、类型变化 1、下放 0；涉及目录事项 2 个。');
    expect((await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '--fail-level', 'warning'], { cwd })).exitCode).toBe(1);
  });

  it('works without a workspace (no catalogue items then), and with the catalogues named after the two lists', async () => {
    const bare = tempFiles({ 'old.csv': REGISTER.replace('临时救助金给付', '临时救助金申领'), 'new.csv': REGISTER });
    const alone = await runCli(['diff-register', 'old.csv', 'new.csv', '-f', 'json'], { cwd: bare });
    expect(alone.exitCode).toBe(0);
    const out = JSON.parse(alone.stdout) as { catalogues: string[]; counts: Record<string, number>; changes: { kind: string; fields: unknown[]; items: unknown[] }[] };
    expect(out.catalogues).toEqual([]);
    expect(out.changes).toEqual([expect.objectContaining({ kind: 'changed', fields: [{ field: 'name', before: '临时救助金申领', after: '临时救助金给付' }], items: [] })]);
    const cwd = adjustedWorkspace();
    const named = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', 'catalogues/c.yaml', '-f', 'json'], { cwd });
    expect((JSON.parse(named.stdout) as { catalogues: string[] }).catalogues).toEqual(['catalogues/c.yaml']);
  });

  it('-f json carries both rows of each change and its items; every report format works; -o writes several files', async () => {
    const cwd = adjustedWorkspace();
    const json = JSON.parse((await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-f', 'json'], { cwd })).stdout) as {
      counts: Record<string, number>;
      changes: { kind: string; before?: { code: string; location: { sheet: string; row: number } }; items: { itemId: string }[] }[];
      diagnostics: { ruleId: string; severity: string; related?: { file: string }[] }[];
    };
    expect(json.counts).toEqual({ added: 1, removed: 1, changed: 1, retyped: 1, devolved: 0, touched: 2 });
    const removed = json.changes.find((c) => c.kind === 'removed')!;
    expect(removed.before).toMatchObject({ code: 'SLX-GF-002', location: { sheet: 'old.csv', row: 11 } });
    expect(removed.items).toEqual([{ catalogue: 'catalogues/c.yaml', itemId: 'a-4' }]);
    // The planted duplicate code is read in both versions: the readers' findings come along.
    expect(json.diagnostics.map((d) => `${d.ruleId} ${d.severity}`).sort()).toEqual(['register-input warning', 'register-input warning', 'register-power-added info', 'register-power-changed warning', 'register-power-removed warning', 'register-power-retyped warning']);
    const sarif = JSON.parse((await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-f', 'sarif'], { cwd })).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId).filter((id) => id.startsWith('register-power-')).sort()).toEqual(['register-power-added', 'register-power-changed', 'register-power-removed', 'register-power-retyped']);
    const github = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-f', 'github'], { cwd });
    expect(github.stdout).toContain('::warning file=registers/old.csv');
    const junit = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-f', 'junit'], { cwd });
    expect(junit.stdout).toContain('register-power-removed');
    const written = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-o', 'markdown:reports/adjust.md', '-o', 'sarif:reports/adjust.sarif'], { cwd });
    expect(written.exitCode).toBe(0);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['adjust.md', 'adjust.sarif']);
    const md = readFileSync(join(cwd, 'reports/adjust.md'), 'utf8');
    expect(md).toContain('| 示例县民政局 | 1 | 1 | 1 | 1 | 0 | 2 |');
    expect(md).toContain('| 取消 | SLX-GF-002 | 特困人员救助供养金给付 | `registers/old.csv › old.csv!B11` |  | `catalogues/c.yaml a-4` |');
  });

  it('takes the config’s rules: levels for its rules (validate accepts them too)', async () => {
    const cwd = adjustedWorkspace();
    writeFileSync(join(cwd, 'gkml.config.yaml'), 'catalogues: [catalogues/*.yaml]\nrules:\n  register-power-added: off\n  register-power-changed: error\n');
    const run = await runCli(['diff-register', 'registers/old.csv', 'registers/new.csv', '-f', 'json'], { cwd });
    expect(run.exitCode).toBe(1);
    const ids = (JSON.parse(run.stdout) as { diagnostics: { ruleId: string; severity: string }[] }).diagnostics.filter((d) => d.ruleId.startsWith('register-power-')).map((d) => `${d.ruleId} ${d.severity}`);
    expect(ids.sort()).toEqual(['register-power-changed error', 'register-power-removed warning', 'register-power-retyped warning']);
    // gkml validate knows these ids (an unknown one would be a config error, exit 2); the fixture's own schema error is exit 1.
    const validated = await runCli(['validate'], { cwd });
    expect([validated.exitCode, validated.stderr]).toEqual([1, '']);
  });

  it('bad input is one clear message and exit 2, in Chinese or in English', async () => {
    const cwd = adjustedWorkspace();
    const cases: [string[], string][] = [
      [['registers/nope.xlsx', 'registers/new.csv'], '找不到权责清单文件：registers/nope.xlsx'],
      [['registers/new.csv', './registers/new.csv'], '旧版和新版是同一个文件（./registers/new.csv）。'],
      [['registers/old.csv', 'registers/new.csv', '-f', 'pdf'], '不认识的输出格式“pdf”'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['diff-register', ...args], { cwd });
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('    at ');
    }
    const broken = tempFiles({ 'gkml.config.yaml': 'catalogues: [c/*.yaml]\n', 'c/c.yaml': CATALOGUE, 'bad.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'new.csv': REGISTER, 'other.csv': '事项编码,事项名称,权力类型\nX-1,对违法建设的处罚,行政处罚\n' });
    const corrupt = await runCli(['diff-register', 'bad.xlsx', 'new.csv'], { cwd: broken });
    expect(corrupt.exitCode).toBe(2);
    expect(corrupt.stderr).toMatch(/^旧版清单 bad\.xlsx 中读不出任何权力：工作簿已损坏，无法读取/);
    const apart = await runCli(['diff-register', 'other.csv', 'new.csv'], { cwd: broken });
    expect(apart.exitCode).toBe(2);
    expect(apart.stderr).toContain('旧版 other.csv（1 项）和新版 new.csv（10 项）没有一项相同的权力');
    const en = await runCli(['diff-register', 'other.csv', 'new.csv', '--lang', 'en'], { cwd: broken });
    expect(en.stderr).toContain('The old list other.csv (1 powers) and the new list new.csv (10 powers) have no power in common');
  });
});

describe('the example workspace’s two versions of its register', () => {
  it('2023 → 2024 shows every kind of change, with the catalogue items to revise', async () => {
    const run = await runCli(['diff-register', OLD, NEW, '-f', 'json'], { cwd: example });
    expect(run.exitCode).toBe(0);
    const out = JSON.parse(run.stdout) as { before: { powers: number }; after: { powers: number }; counts: Record<string, number>; changes: { kind: string; after?: { code: string }; before?: { code: string }; items: { itemId: string }[] }[] };
    expect([out.before.powers, out.after.powers]).toEqual([290, 300]);
    expect(out.counts).toEqual({ added: 12, removed: 4, changed: 22, retyped: 2, devolved: 4, touched: 5 });
    const touched = out.changes.filter((c) => c.items.length > 0).map((c) => `${c.kind} ${(c.after ?? c.before)!.code}: ${c.items.map((i) => i.itemId).join(' ')}`);
    const md = (await runCli(['diff-register', OLD, NEW, '-f', 'markdown'], { cwd: example })).stdout;
    expect(md).toContain('| 下放 | SLX-GF-004 | 高龄津贴发放 | `registers/shili-county-powers-2024.xlsx › 民政局!C80` | 备注“2024年动态调整：审核确认下放至乡镇（街道）实施” | `catalogues/county-civil-affairs.yaml ylfw-008`<br>`catalogues/county-civil-affairs.yaml ylfw-009` |');
    expect(touched).toEqual(['devolved SLX-GF-004: ylfw-008 ylfw-009', 'changed SLX-GF-007: shbx-007', 'changed SLX-CF-003: sthj-005', 'removed SLX-GF-002: shjz-010']);
  });

  it('the committed workbooks hold what scripts/make-example-registers.mjs builds for each year', async () => {
    const script = (await import(join(root, 'scripts/make-example-registers.mjs') as string)) as { examplePowers(year?: number): { code: string; main: string; sub: string }[] };
    for (const [year, file] of [[2023, OLD], [2024, NEW]] as const) {
      const run = await runCli(['diff', '.', '--register', file, '-f', 'json'], { cwd: example });
      const powers = (JSON.parse(run.stdout) as { powers: { code: string; name: string }[] }).powers;
      expect(powers.map((p) => [p.code, p.name]), String(year)).toEqual(script.examplePowers(year).map((p) => [p.code, p.sub || p.main]));
    }
  });
});
