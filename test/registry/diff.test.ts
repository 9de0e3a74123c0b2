import { describe, expect, it } from 'vitest';
import { cellRef, type Diagnostic, type Location } from '../../src/core/diagnostic.js';
import { runRegisterDiff } from '../../src/engine/register-diff.js';
import { validate } from '../../src/engine/validate.js';
import { diffOutline } from '../../src/registry/outline.js';
import { tempFiles } from '../helpers/files.js';
import { CATALOGUE, CONFIG, lineOf, workspaceFiles } from './workspace.js';

function where(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  if (location.kind === 'yaml') return `${location.file}:${location.start.line}:${location.start.column}`;
  return location.file;
}

/** `place rule/message ← related…` per finding. */
function seen(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => [`${where(d.location)} ${d.ruleId}/${d.messageId}`, ...(d.related ?? []).map((r) => `← ${where(r)}`)].join(' '));
}

async function diffOf(files: Record<string, string>) {
  const cwd = tempFiles(files);
  return runRegisterDiff({ cwd, patterns: [] });
}

const C = 'catalogues/c.yaml';
const R = 'registers/r.csv › r.csv';
const at = (id: string) => `${C}:${lineOf(CATALOGUE, `- id: ${id}`)}:5`;

describe('gkml diff findings, each at its place', () => {
  it('finds every kind of gap the workspace plants, with the register row and the catalogue item', async () => {
    const run = await diffOf(workspaceFiles());
    const a3 = lineOf(CATALOGUE, '- id: a-3');
    const a4codes = lineOf(CATALOGUE, 'SLX-GF-002');
    const a5 = lineOf(CATALOGUE, '临时救助金申领');
    const a6 = lineOf(CATALOGUE, '示例县养老服务中心');
    expect(seen(run.report.diagnostics)).toEqual([
      `${at('a-2')} register-expected-disclosure/missingDisclosure ← ${R}!B3`,
      `${C}:${lineOf(CATALOGUE.split('\n').slice(a3 - 1).join('\n'), 'timeLimit') + a3 - 1}:16 register-expected-disclosure/resultTooSlow ← ${R}!B4`,
      `${at('a-4')} register-expected-disclosure/missingDisclosure ← ${R}!B5`,
      `${C}:${a4codes}:30 register-stale-code/staleCode`,
      `${C}:${a5}:13 register-name-drift/nameDrift ← ${R}!B6`,
      `${C}:${a6}:12 register-owner-drift/ownerDrift ← ${R}!D7`,
      `${at('a-7')} register-unlinked-code/unlinkedCode ← ${R}!B8`,
      `${R}!B9 register-uncovered/uncoveredCandidates ← ${at('a-8')}`,
      `${R}!B10 register-uncovered/uncovered`,
      `${R}!A11 register-input/duplicateCode ← ${R}!A9`,
      `${R}!B11 register-uncovered/uncovered`,
    ]);
    const messages = run.report.diagnostics.map((d) => d.message);
    expect(messages[0]).toBe('行政检查事项“对养老机构的监督检查”（SLX-JC-001）关联的目录事项中没有结果公开类的事项。“双随机、一公开”：抽查事项和计划（管理公开）、抽查结果（结果公开）都要公开。请增加相应事项并在 powerCodes 中写上 SLX-JC-001。');
    expect(messages[1]).toContain('事项 a-3 公开行政处罚结果的时限是 20 个工作日，长于要求的 7 个工作日');
    expect(messages[4]).toBe('事项 a-5 写作“临时救助金申领”，权责清单中 SLX-GF-003 的名称是“临时救助金给付”。如果清单已经改名，请同步修改目录。');
    expect(messages[7]).toContain('名称相近的目录事项：a-8“养老机构名录”');
  });

  it('sums up coverage per department and per type', async () => {
    const { diff } = await diffOf(workspaceFiles());
    expect(diff.coverage.total).toMatchObject({ powers: 10, covered: 7, complete: 5, coverage: 70 });
    expect(diff.coverage.byDepartment.map((r) => [r.key, r.powers, r.covered])).toEqual([['示例县民政局', 10, 7]]);
    expect(diff.coverage.byType.map((r) => `${r.key} ${r.covered}/${r.powers}`)).toEqual([
      '行政许可 0/1', '行政处罚 1/1', '行政给付 2/2', '行政检查 1/1', '行政确认 2/2', '其他行政权力 1/1', '公共服务 0/2',
    ]);
    expect(diff.entries.find((e) => e.power.code === 'SLX-QR-011')).toMatchObject({ status: 'complete', links: [{ itemId: 'a-7', by: 'name' }] });
  });

  it('takes expectations and severities from the config', async () => {
    const config = `${CONFIG}  expectations:\n    JC: [管理公开]\n    行政处罚: { withinWorkdays: 30 }\nrules:\n  register-uncovered: off\n  register-name-drift: error\n`;
    const run = await diffOf(workspaceFiles({ config }));
    const ids = run.report.diagnostics.map((d) => `${d.severity} ${d.ruleId}/${d.messageId}`);
    expect(ids).not.toContain('warning register-uncovered/uncovered');
    expect(ids).toContain('error register-name-drift/nameDrift');
    expect(ids.filter((i) => i.includes('register-expected-disclosure'))).toEqual(['warning register-expected-disclosure/missingDisclosure']);
  });

  it('finds the same in the outlines it holds as in the whole catalogues gkml build passes in', async () => {
    const cwd = tempFiles(workspaceFiles());
    const own = await runRegisterDiff({ cwd, patterns: [] });
    const whole = await validate({ cwd, patterns: [], rules: false, keepCatalogues: true, keepTexts: true });
    const given = await runRegisterDiff({ cwd, patterns: [], validation: whole });
    expect(own.diff).toEqual(given.diff);
    expect(own.report.diagnostics).toEqual(given.report.diagnostics);
    const outlines = await validate({ cwd, patterns: [], rules: false, keepCatalogues: true, keepAs: diffOutline });
    expect(Object.keys(outlines.catalogues[0]!.items[0]!).sort()).toEqual(['fiveDisclosures', 'id', 'index', 'level1', 'level2', 'owner', 'powerCodes', 'timeLimit']);
  });

  it('rejects an expectation for a type that does not exist', async () => {
    await expect(diffOf(workspaceFiles({ config: `${CONFIG}  expectations:\n    行政调和: [结果公开]\n` }))).rejects.toThrow('register.expectations 中的“行政调和”不是已知的权力类型');
  });
});

describe('suppressing diff findings in the catalogue', () => {
  const comment = '  # gkml-disable-next-line register-expected-disclosure -- 抽查结果在示例省“双随机、一公开”平台统一公开\n';
  const suppressed = CATALOGUE.replace('  - id: a-2', `${comment}  - id: a-2`);

  it('a reasoned directive hides the finding on the item below it; gkml validate leaves it alone', async () => {
    const run = await diffOf(workspaceFiles({ catalogue: suppressed }));
    expect(seen(run.report.diagnostics).filter((s) => s.endsWith('r.csv!B3') || s.includes('gkml-disable'))).toEqual([]);
    expect(run.report.diagnostics.filter((d) => d.ruleId === 'register-expected-disclosure')).toHaveLength(2);
    const cwd = tempFiles(workspaceFiles({ catalogue: suppressed, config: `${CONFIG}rules:\n  register-stale-code: off\n` }));
    const validation = await validate({ cwd, patterns: [] });
    expect(validation.report.diagnostics.filter((d) => d.ruleId === 'gkml-disable')).toEqual([]);
  });

  it('a directive that hides nothing, or has no reason, is reported', async () => {
    const unused = CATALOGUE.replace('  - id: a-1', `${comment}  - id: a-1`);
    const run = await diffOf(workspaceFiles({ catalogue: unused }));
    expect(seen(run.report.diagnostics).filter((s) => s.includes('gkml-disable'))).toEqual([`${C}:${lineOf(unused, "gkml-disable")}:3 gkml-disable/suppressionUnused`]);
    const bare = CATALOGUE.replace('  - id: a-2', '  # gkml-disable-next-line register-expected-disclosure\n  - id: a-2');
    const run2 = await diffOf(workspaceFiles({ catalogue: bare }));
    expect(seen(run2.report.diagnostics).filter((s) => s.includes('gkml-disable') || s.endsWith('r.csv!B3'))).toEqual([
      `${C}:${lineOf(bare, 'gkml-disable')}:3 gkml-disable/suppressionNoReason`,
      `${C}:${lineOf(bare, '- id: a-2')}:5 register-expected-disclosure/missingDisclosure ← ${R}!B3`,
    ]);
  });
});
