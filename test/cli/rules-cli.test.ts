import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const json = (stdout: string) => JSON.parse(stdout) as { counts: Record<string, number>; baselined?: number; diagnostics: { ruleId: string; messageId: string; severity: string }[]; disclosures?: { publisher: string; area: string; counts: Record<string, number> }[] };

describe('gkml validate runs the policy rules', () => {
  it('reports rule findings after the schema, and --no-rules switches them off', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    const withRules = await runCli(['validate', 'c.yaml', '-f', 'json'], { cwd: dir });
    expect(withRules.exitCode).toBe(1);
    expect(json(withRules.stdout).diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toContain('five-disclosures-coverage/missing');
    const schemaOnly = await runCli(['validate', 'c.yaml', '--no-rules'], { cwd: dir });
    expect(schemaOnly.exitCode).toBe(0);
  });

  it('the draft profile turns completeness errors into warnings; the config can switch a rule off', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    const draft = json((await runCli(['validate', 'c.yaml', '-f', 'json', '--profile', 'draft'], { cwd: dir })).stdout);
    expect(draft.diagnostics.find((d) => d.ruleId === 'five-disclosures-coverage')?.severity).toBe('warning');
    writeFileSync(join(dir, 'gkml.config.yaml'), 'catalogues: [c.yaml]\nrules:\n  five-disclosures-coverage: off\n');
    const off = json((await runCli(['validate', '-f', 'json'], { cwd: dir })).stdout);
    expect(off.diagnostics.map((d) => d.ruleId)).not.toContain('five-disclosures-coverage');
  });

  it('a config naming an unknown rule is a config error (exit 2) with a suggestion', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue, 'gkml.config.yaml': 'catalogues: [c.yaml]\nrules:\n  unique-item-ids: warning\n' });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('规则“unique-item-ids”不存在。您是不是想写“unique-item-id”？');
  });

  it('the example workspace is clean under every rule, and the JSON carries the five disclosures × area summary', async () => {
    const run = await runCli(['validate', 'examples/shili-county', '-f', 'json'], { cwd: root });
    expect(run.exitCode).toBe(0);
    const report = json(run.stdout);
    expect(report.diagnostics).toEqual([]);
    const civil = report.disclosures!.find((r) => r.publisher === '示例县民政局' && r.area === '社会救助');
    expect(civil!.counts['服务公开']).toBeGreaterThan(0);
    expect(new Set(report.disclosures!.map((r) => r.publisher)).size).toBe(8);
  });
});

describe('baseline', () => {
  it('a baseline run on examples/broken then passes, and a new finding added afterwards fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-baseline-'));
    cpSync(join(root, 'examples/broken'), join(dir, 'broken'), { recursive: true });
    const before = await runCli(['validate', 'broken', '--fail-level', 'warning'], { cwd: dir });
    expect(before.exitCode).toBe(1);
    const update = await runCli(['validate', 'broken', '--update-baseline', 'gkml-baseline.json'], { cwd: dir });
    expect(update.exitCode).toBe(0);
    expect(update.stderr).toMatch(/已把当前的 \d+ 个问题写入基线文件 gkml-baseline.json/);
    const baseline = JSON.parse(readFileSync(join(dir, 'gkml-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);

    const after = await runCli(['validate', 'broken', '--baseline', 'gkml-baseline.json', '--fail-level', 'warning', '-f', 'json'], { cwd: dir });
    expect(after.exitCode).toBe(0);
    expect(json(after.stdout).baselined).toBeGreaterThan(20);

    // Lines moved by an edit above do not break the match; a new mistake does fail.
    const file = join(dir, 'broken/channel-typo.yaml');
    writeFileSync(file, `# 新增的注释行\n${readFileSync(file, 'utf8')}`);
    expect((await runCli(['validate', 'broken', '--baseline', 'gkml-baseline.json', '--fail-level', 'warning'], { cwd: dir })).exitCode).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('audience: 全社会', 'audience: 全社 会'));
    const worse = await runCli(['validate', 'broken', '--baseline', 'gkml-baseline.json', '-f', 'json'], { cwd: dir });
    expect(worse.exitCode).toBe(1);
    expect(json(worse.stdout).diagnostics).toHaveLength(1);
  });

  it('a missing or malformed baseline file is a clear error (exit 2)', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue, 'bad.json': '{"findings": 3}' });
    const missing = await runCli(['validate', 'c.yaml', '--baseline', 'none.json'], { cwd: dir });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('找不到基线文件 none.json');
    const bad = await runCli(['validate', 'c.yaml', '--baseline', 'bad.json'], { cwd: dir });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('不是 gkml 的基线格式');
  });
});
