import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifValidator } from './sarif-schema.js';
import { findAll, parseXml } from './xml-parser.js';

/** One schema error at 15:16 (a misspelt channel). */
const broken = validCatalogue.replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占, 便民服务站]');

describe('several formats in one run (CI)', () => {
  it('prints stylish and writes JUnit and SARIF files from the same findings', async () => {
    const dir = tempFiles({ 'catalogues/重复.yaml': broken, 'catalogues/ok.yaml': validCatalogue });
    const run = await runCli(['validate', 'catalogues', '--no-rules', '-f', 'stylish', '-o', 'junit:reports/gkml.xml', '-o', 'sarif:reports/gkml.sarif'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('15:16  错误  公开渠道和载体“政府网占”不是规定的取值。');

    const xml = parseXml(readFileSync(join(dir, 'reports/gkml.xml'), 'utf8'));
    expect(findAll(xml, 'testcase').map((c) => c.attrs.name)).toEqual(['catalogues/ok.yaml', 'catalogues/重复.yaml']);
    expect(findAll(xml, 'failure').map((f) => f.attrs.type)).toEqual(['schema']);

    const sarif = JSON.parse(readFileSync(join(dir, 'reports/gkml.sarif'), 'utf8')) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [result] = sarif.runs[0]!.results;
    expect(result!.ruleId).toBe('schema');
    expect(decodeURIComponent(result!.locations[0]!.physicalLocation.artifactLocation.uri)).toBe('catalogues/重复.yaml');
    expect(result!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 15, startColumn: 16 });
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['schema']);
  });

  it('prints GitHub annotations with -f github while writing SARIF beside them', async () => {
    const dir = tempFiles({ 'c.yaml': broken });
    const run = await runCli(['validate', 'c.yaml', '--no-rules', '-f', 'github', '-o', 'sarif:out/gkml.sarif'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error file=c\.yaml,line=15,col=16,endLine=15,endColumn=\d+,title=schema::公开渠道和载体/);
    expect(existsSync(join(dir, 'out/gkml.sarif'))).toBe(true);
  });

  it('writes a JUnit file with no failures for a clean run (exit 0)', async () => {
    const dir = tempFiles({ 'c.yaml': validCatalogue });
    const run = await runCli(['validate', 'c.yaml', '--no-rules', '-f', 'json', '-o', 'junit:gkml.xml'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(findAll(parseXml(readFileSync(join(dir, 'gkml.xml'), 'utf8')), 'testsuite')[0]!.attrs).toMatchObject({ tests: '1', failures: '0' });
  });
});
