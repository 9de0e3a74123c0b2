import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, validCatalogue } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

/** Runs `gkml validate --format json` on one file and returns exit code, findings and stderr. */
async function check(content: string | Uint8Array, extraArgs: string[] = []) {
  const dir = tempFiles({ 'c.yaml': content });
  const run = await runCli(['validate', 'c.yaml', '--format', 'json', ...extraArgs], { cwd: dir });
  const report = run.stdout ? (JSON.parse(run.stdout) as { diagnostics: { ruleId: string; messageId: string; line: number; column: number; message: string }[] }) : undefined;
  return { ...run, findings: report?.diagnostics ?? [] };
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

describe.each(['fast', 'exact'])('bad input, %s parser', (parser) => {
  const args = ['--parser', parser];

  it('refuses an alias bomb with one message, quickly and without a stack trace', async () => {
    const run = await check(billionLaughs, args);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ ruleId: 'input', messageId: 'aliasBomb' });
    expect(run.findings[0]!.message).toContain('别名炸弹');
    expect(run.stderr).toBe('');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = `${validCatalogue}\n# ${'x'.repeat(11 * 1024 * 1024)}\n`;
    const run = await check(big, args);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toEqual([expect.objectContaining({ ruleId: 'input', messageId: 'tooLarge' })]);
    expect(run.findings[0]!.message).toMatch(/文件有 11\.0 MiB，超过了 10\.0 MiB 的上限/);
  });

  it('says a GBK file is GBK, and where the first non-UTF-8 byte is', async () => {
    // "基层" in GBK is BB F9 B2 E3; the rest of this file is ASCII, as a GBK file's would be.
    const gbk = Buffer.concat([Buffer.from('# catalogue\ncatalogueType: '), Buffer.from([0xbb, 0xf9, 0xb2, 0xe3]), Buffer.from('\npublisher: {}\n')]);
    const run = await check(gbk, args);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toEqual([expect.objectContaining({ ruleId: 'input', messageId: 'gbk', line: 2, column: 16 })]);
    expect(run.findings[0]!.message).toContain('GBK');
  });

  it('says a file with stray bytes is not UTF-8, with the line', async () => {
    const latin1 = Buffer.concat([Buffer.from(validCatalogue.replace('社会救助', 'Soci')), Buffer.from([0xe9, 0xff, 0x0a])]);
    const run = await check(latin1, args);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'notUtf8', line: 19, column: 1 })]);
  });

  it('says an empty file is empty', async () => {
    for (const empty of ['', '\n\n', '# 只有注释\n']) {
      const run = await check(empty, args);
      expect(run.exitCode).toBe(1);
      expect(run.findings).toEqual([expect.objectContaining({ messageId: 'emptyFile' })]);
    }
  });

  it('explains a top-level list, at its first line', async () => {
    const run = await check('# 事项\n- id: a\n  level1: x\n', args);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'topLevelList', line: 2, column: 1 })]);
  });

  it('explains a file that is a single value', async () => {
    const run = await check('示例县民政局\n', args);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'topLevelScalar' })]);
  });

  it('recognises an Excel workbook passed by mistake', async () => {
    const run = await check(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), args);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'binary' })]);
    expect(run.findings[0]!.message).toContain('gkml import');
  });

  it('reports a tab used for indentation where it is', async () => {
    const run = await check(validCatalogue.replace('  level: 县级', '\tlevel: 县级'), args);
    expect(run.findings).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', messageId: 'tab', line: 5, column: 1 })]);
  });

  it('points an unclosed quote at the quote that opened it', async () => {
    const run = await check(validCatalogue.replace('version: 2024版', 'version: "2024版'), args);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'unclosedQuote', line: 2, column: 10 })]);
  });

  it('refuses several documents in one file', async () => {
    const run = await check(`${validCatalogue}---\n${validCatalogue}`, args);
    expect(run.findings).toEqual([expect.objectContaining({ messageId: 'multipleDocuments' })]);
  });

  it('reports an alias to a missing anchor', async () => {
    const run = await check(validCatalogue.replace('levels: [县级, 乡级]', 'levels: *levels'), args);
    expect(run.exitCode).toBe(1);
    expect(run.findings[0]).toMatchObject({ ruleId: 'yaml-syntax', messageId: 'undefinedAlias' });
  });
});

describe('limits from the config', () => {
  it('honours maxFileSize and maxAliasNodes', async () => {
    const dir = tempFiles({
      'gkml.config.yaml': 'catalogues: ["*.yaml"]\nmaxFileSize: 2048\nmaxAliasNodes: 5\n',
      'big.yaml': `${validCatalogue}# ${'x'.repeat(3000)}\n`,
      'alias.yaml': validCatalogue.replace('levels: [县级, 乡级]', 'levels: &l [县级, 乡级]') + '  - id: b\n    level1: x\n    fiveDisclosures: [服务公开]\n    content: [x]\n    timeLimit: 及时\n    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n    levels: *l\n',
    });
    writeFileSync(join(dir, 'ok.yaml'), validCatalogue);
    const run = await runCli(['validate', '--format', 'json', '--no-rules'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { diagnostics: { file: string; messageId: string }[] };
    expect(report.diagnostics.map((d) => `${d.file} ${d.messageId}`)).toEqual(['big.yaml tooLarge']);
    const strict = tempFiles({ 'gkml.config.yaml': 'catalogues: ["*.yaml"]\nmaxAliasNodes: 0\n', 'alias.yaml': validCatalogue.replace('channels: [政府网站, 便民服务站]', 'channels: &c [政府网站, 便民服务站]\n    channelsOther: *c') });
    const strictRun = await runCli(['validate', '--format', 'json'], { cwd: strict });
    expect((JSON.parse(strictRun.stdout) as { diagnostics: { messageId: string }[] }).diagnostics.map((d) => d.messageId)).toEqual(['aliasBomb']);
  });
});
