import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { REGISTER, workspaceFiles } from './workspace.js';

const root = new URL('../../', import.meta.url).pathname;

describe('gkml diff (command line)', () => {
  it('exits 0 when the gaps are warnings, 1 at --fail-level warning, and prints coverage', async () => {
    const cwd = tempFiles(workspaceFiles());
    const run = await runCli(['diff'], { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('权责清单比对：1 个清单文件，10 项权力；1 个目录文件');
    expect(run.stdout).toContain('  r.csv!B10  警告  行政许可事项“慈善组织公开募捐资格审批”（SLX-XK-002，示例县民政局）在公开目录中没有对应事项。');
    expect(run.stdout).toContain('↳ registers/r.csv › r.csv!B3');
    expect(run.stdout).toMatch(/ {2}示例县民政局 +10 +7 +70\.0% +5 +50\.0%/);
    expect(run.stdout).toContain('合计：7/10 项权力有目录事项，覆盖率 70.0%；公开齐全 5 项（50.0%）。');
    expect((await runCli(['diff', '--fail-level', 'warning'], { cwd })).exitCode).toBe(1);
  });

  it('--fail-under fails below the coverage, from the flag or the config; a bad value is a usage error', async () => {
    const cwd = tempFiles(workspaceFiles());
    const below = await runCli(['diff', '--fail-under', '80'], { cwd });
    expect(below.exitCode).toBe(1);
    expect(below.stdout).toContain('覆盖率 70.0% 低于 --fail-under 80%。');
    expect((await runCli(['diff', '--fail-under', '70'], { cwd })).exitCode).toBe(0);
    const json = await runCli(['diff', '--fail-under', '75%', '-f', 'json'], { cwd });
    expect(json.exitCode).toBe(1);
    expect(json.stderr).toBe('覆盖率 70.0% 低于 --fail-under 75%。\n');
    const configured = tempFiles(workspaceFiles({ config: 'catalogues: [catalogues/*.yaml]\nregister:\n  files: [registers/r.csv]\n  failUnder: 90\n' }));
    expect((await runCli(['diff'], { cwd: configured })).exitCode).toBe(1);
    const bad = await runCli(['diff', '--fail-under', 'most'], { cwd });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--fail-under 需要 0 到 100 之间的百分数');
  });

  it('takes --register files after the catalogues, and says what to do when there is none', async () => {
    const cwd = tempFiles(workspaceFiles({ config: 'catalogues: [catalogues/*.yaml]\n' }));
    const none = await runCli(['diff'], { cwd });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('没有指定权责清单。请用 --register 写出清单文件');
    expect((await runCli(['diff', 'catalogues/c.yaml', '--register', 'registers/r.csv'], { cwd })).exitCode).toBe(0);
    const missing = await runCli(['diff', '--register', 'registers/nope.xlsx'], { cwd });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('找不到权责清单文件：registers/nope.xlsx');
  });

  it('-f json carries coverage, every power with its origin, and findings with related locations', async () => {
    const cwd = tempFiles(workspaceFiles());
    const out = JSON.parse((await runCli(['diff', '-f', 'json'], { cwd })).stdout) as {
      coverage: { total: { coverage: number } };
      powers: { code: string; status: string; origin: { sheet: string; row: number } }[];
      diagnostics: { ruleId: string; line: number; column: number; sheet?: string; related?: { file: string; line: number }[] }[];
    };
    expect(out.coverage.total.coverage).toBe(70);
    expect(out.powers[1]).toMatchObject({ code: 'SLX-JC-001', status: 'partial', origin: { sheet: 'r.csv', row: 3 } });
    const first = out.diagnostics[0]!;
    expect(first.ruleId).toBe('register-expected-disclosure');
    expect(first.related).toEqual([{ file: 'registers/r.csv', line: 3, column: 2, sheet: 'r.csv' }]);
  });

  it('-f json, written a power and a finding at a time, is the one JSON.stringify of the whole, on stdout and in a file', async () => {
    const cwd = tempFiles(workspaceFiles());
    const run = await runCli(['diff', '-f', 'json', '-o', 'json:reports/diff.json'], { cwd });
    expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['registers', 'catalogues', 'coverage', 'powers', 'files', 'counts', 'diagnostics']);
    expect(readFileSync(join(cwd, 'reports/diff.json'), 'utf8')).toBe(run.stdout);
  });

  it('-f markdown: coverage tables and a findings table', async () => {
    const cwd = tempFiles(workspaceFiles());
    const md = (await runCli(['diff', '-f', 'markdown'], { cwd })).stdout;
    expect(md).toContain('| 示例县民政局 | 10 | 7 | 70.0% | 5 | 50.0% |');
    expect(md).toContain('| `registers/r.csv › r.csv!B10` | 警告 | 行政许可事项“慈善组织公开募捐资格审批”');
  });

  it('-o xlsx writes a work list a department can go through, atomically; xlsx on stdout is refused', async () => {
    const cwd = tempFiles(workspaceFiles());
    const run = await runCli(['diff', '-o', 'xlsx:reports/diff.xlsx', '-o', 'markdown:reports/diff.md'], { cwd });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['diff.md', 'diff.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(cwd, 'reports/diff.xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['逐项核对', '汇总', '问题']);
    const work = book.getWorksheet('逐项核对')!;
    expect(work.getRow(1).values).toContain('处理意见');
    expect(work.getRow(2).getCell(6).value).toBe('没有目录事项');
    expect(work.getRow(2).getCell(11).value).toBe('registers/r.csv › r.csv!B9');
    expect(work.rowCount).toBe(11);
    const stdout = await runCli(['diff', '-f', 'xlsx'], { cwd });
    expect(stdout.exitCode).toBe(2);
  });

  it('-o xlsx gives the same bytes when run again later the same day', async () => {
    const cwd = tempFiles(workspaceFiles());
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-07-01T01:00:00Z'));
      expect((await runCli(['diff', '-o', 'xlsx:a.xlsx'], { cwd })).exitCode).toBe(0);
      vi.setSystemTime(new Date('2024-07-01T03:21:07Z'));
      expect((await runCli(['diff', '-o', 'xlsx:b.xlsx'], { cwd })).exitCode).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    const a = readFileSync(join(cwd, 'a.xlsx'));
    const b = readFileSync(join(cwd, 'b.xlsx'));
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('-o xlsx keeps a register cell that looks like a formula as text', async () => {
    const register = `${REGISTER}\nSLX-QT-009,=HYPERLINK("http://example.invalid"),其他职权,示例县民政局,办公室`;
    const cwd = tempFiles(workspaceFiles({ register }));
    expect((await runCli(['diff', '-o', 'xlsx:diff.xlsx'], { cwd })).exitCode).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(cwd, 'diff.xlsx')) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.getWorksheet('逐项核对')!.eachRow((row) => cells.push(row.getCell(5).value));
    expect(cells).toContain('=HYPERLINK("http://example.invalid")');
    expect(cells.every((value) => typeof value === 'string')).toBe(true);
  });

  it('--update-baseline records the findings; --baseline then reports only new ones', async () => {
    const cwd = tempFiles(workspaceFiles());
    const update = await runCli(['diff', '--update-baseline', 'diff-baseline.json'], { cwd });
    expect(update.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'diff-baseline.json'), 'utf8')).findings.length).toBeGreaterThan(5);
    const quiet = await runCli(['diff', '--baseline', 'diff-baseline.json', '--fail-level', 'warning'], { cwd });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.stdout).not.toContain('register-');
    writeFileSync(join(cwd, 'registers/r.csv'), `${REGISTER}\nSLX-XK-003,地名命名审批,行政许可,示例县民政局,区划地名股\n`);
    const fresh = await runCli(['diff', '--baseline', 'diff-baseline.json', '-f', 'json'], { cwd });
    const ids = (JSON.parse(fresh.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain('地名命名审批');
  });

  it('stylish lists the first 20 findings of a rule and counts the rest; json keeps them all', async () => {
    const extra = Array.from({ length: 25 }, (_, i) => `SLX-CF-${100 + i},对第${i + 1}类违规行为的处罚,行政处罚,示例县民政局,执法大队`);
    const cwd = tempFiles(workspaceFiles({ register: [REGISTER, ...extra].join('\n') }));
    const stylish = await runCli(['diff'], { cwd });
    expect(stylish.stdout.match(/register-uncovered\/uncovered/g)).toHaveLength(20);
    expect(stylish.stdout).toContain('另有 8 条 register-uncovered 未列出（每条规则只列前 20 条）。');
    expect(stylish.stdout).toContain('共 36 个（0 个错误，34 个警告，2 个提示）');
    const json = await runCli(['diff', '-f', 'json'], { cwd });
    expect((JSON.parse(json.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.filter((d) => d.ruleId === 'register-uncovered')).toHaveLength(28);
  });

  it('a baseline keeps matching when a row is inserted above the findings in the register', async () => {
    const cwd = tempFiles(workspaceFiles());
    await runCli(['diff', '--update-baseline', 'diff-baseline.json'], { cwd });
    const entries = (JSON.parse(readFileSync(join(cwd, 'diff-baseline.json'), 'utf8')) as { findings: { ruleId: string; path: string }[] }).findings;
    expect(entries.filter((e) => e.ruleId === 'register-uncovered').map((e) => e.path).sort()).toEqual(['r.csv!code:SLX-FW-008', 'r.csv!code:SLX-FW-008', 'r.csv!code:SLX-XK-002']);
    const [header, ...rows] = REGISTER.split('\n');
    writeFileSync(join(cwd, 'registers/r.csv'), [header, 'SLX-XK-003,地名命名审批,行政许可,示例县民政局,区划地名股', ...rows].join('\n'));
    const after = await runCli(['diff', '--baseline', 'diff-baseline.json', '-f', 'json'], { cwd });
    const found = (JSON.parse(after.stdout) as { diagnostics: { ruleId: string; line: number; message: string }[] }).diagnostics;
    // Only the inserted row is new; 慈善组织公开募捐资格审批 moved from row 10 to 11 and is still known.
    expect(found.map((d) => `${d.ruleId} ${d.line}`)).toEqual(['register-uncovered 2']);
    expect(found[0]!.message).toContain('地名命名审批');
  });
});

describe('the example workspace', () => {
  it('diffs its register clean of errors; the CSV variant reads the same powers as the workbook', async () => {
    const xlsx = await runCli(['diff', 'examples/shili-county', '-f', 'json'], { cwd: root });
    expect(xlsx.exitCode).toBe(0);
    const csv = await runCli(['diff', 'examples/shili-county', '--register', 'examples/shili-county/registers/shili-county-powers-2024.csv', '-f', 'json'], { cwd: root });
    type Out = { powers: { code: string; name: string; type: string; department: string; status: string }[]; diagnostics: { severity: string; ruleId: string }[] };
    const [a, b] = [JSON.parse(xlsx.stdout) as Out, JSON.parse(csv.stdout) as Out];
    expect(a.powers.length).toBe(300);
    expect(new Set(a.powers.map((p) => p.department)).size).toBe(6);
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(b.powers.map(({ code, name, type, department, status }) => [code, name, type, department, status])).toEqual(
      a.powers.map(({ code, name, type, department, status }) => [code, name, type, department, status]),
    );
    const kinds = new Set(a.diagnostics.map((d) => d.ruleId));
    for (const kind of ['register-uncovered', 'register-expected-disclosure', 'register-stale-code', 'register-name-drift', 'register-owner-drift', 'register-unlinked-code']) expect(kinds).toContain(kind);
  });

  it('the committed workbook holds what scripts/make-example-registers.mjs builds', async () => {
    const script = (await import(join(root, 'scripts/make-example-registers.mjs') as string)) as { examplePowers(): { code: string; main: string; sub: string }[] };
    const run = await runCli(['diff', 'examples/shili-county', '-f', 'json'], { cwd: root });
    const powers = (JSON.parse(run.stdout) as { powers: { code: string; name: string }[] }).powers;
    expect(powers.map((p) => [p.code, p.name])).toEqual(script.examplePowers().map((p) => [p.code, p.sub || p.main]));
  });
});

describe('gkml validate never loads exceljs', () => {
  it('no module reachable by static imports from the CLI entry imports exceljs or the workbook reader', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (spec === 'exceljs' && !/^\s*import type\s/.test(m[0])) offenders.push(relative(root, file)); // type imports are erased
        if (spec.startsWith('.')) {
          const target = join(dirname(file), spec.replace(/\.js$/, '.ts'));
          if (existsSync(target)) visit(target);
        }
      }
    };
    visit(join(root, 'src/cli/main.ts'));
    visit(join(root, 'src/cli/commands/validate.ts'));
    expect(offenders).toEqual([]);
    expect([...seen].map((f) => relative(root, f))).not.toContain('src/registry/read-workbook.ts');
  });
});
