import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { tempFiles, validCatalogue } from '../helpers/files.js';

const root = new URL('../../', import.meta.url).pathname;

describe('a schema-only run (no rules, nothing kept) counts the summary without building catalogues', () => {
  it('gives the same five disclosures × area rows and the same clean catalogues as a run with the rules', async () => {
    const withRules = await validate({ cwd: root, patterns: ['examples/shili-county'] });
    const schemaOnly = await validate({ cwd: root, patterns: ['examples/shili-county'], rules: false });
    expect(schemaOnly.report.disclosures!.length).toBeGreaterThan(0);
    expect(schemaOnly.report.disclosures).toEqual(withRules.report.disclosures);
    expect(schemaOnly.catalogues).toEqual(withRules.catalogues);
  });

  it('counts an area written as an alias under its official name', async () => {
    const aliased = validCatalogue.replace('area: 社会救助', 'area: 环境保护');
    const cwd = tempFiles({ 'a.yaml': aliased, 'b.yaml': validCatalogue });
    const { report } = await validate({ cwd, patterns: ['a.yaml', 'b.yaml'], rules: false });
    expect(report.disclosures).toEqual([
      { publisher: '示例县民政局', area: '生态环境', counts: { 决策公开: 0, 执行公开: 0, 管理公开: 0, 服务公开: 1, 结果公开: 0 } },
      { publisher: '示例县民政局', area: '社会救助', counts: { 决策公开: 0, 执行公开: 0, 管理公开: 0, 服务公开: 1, 结果公开: 0 } },
    ]);
  });
});
