import { describe, expect, it } from 'vitest';
import { createReport } from '../../src/core/report.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { fixtureReport } from './fixture-report.js';

const zh = { color: false, lang: 'zh' as const };
const out = github(fixtureReport, zh);
const lines = out.split('\n');

describe('github formatter', () => {
  it('writes one workflow command per finding with file, 1-based line/col/endLine/endColumn and the rule as title', () => {
    expect(lines[0]).toBe('::error file=catalogues/民政局.yaml,line=15,col=16,endLine=15,endColumn=20,title=schema::公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？');
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(fixtureReport.diagnostics.length);
  });

  it('maps info to notice, escapes %, CR and LF in the message and drops control characters', () => {
    expect(lines).toContain('::notice file=gkml.config.yaml,title=config::配置项“extra”不认识，已忽略。');
    expect(lines[2]).toBe(
      '::warning file=catalogues/民政局.yaml,line=30,col=3,endLine=31,endColumn=1,title=gkml-disable::名称含有 <b>&"引号"\'与 ]]> 标记，占比 50%25, 见: 第二行%0A请删除。',
    );
  });

  it('names a workbook cell in the message (no line), and gives a CSV row as the line', () => {
    expect(lines).toContain('::error file=logs/发布台账.xlsx,title=publication-late::事项!C17: 2025-03-20 才公开，超过时限 3 个工作日。');
    expect(lines).toContain('::warning file=logs/log.csv,line=5,title=publication-dates::log!D5: 公开日期 2025-01-02 早于信息形成日期 2025-01-05，请核对。');
  });

  it('escapes : and , in property values as GitHub requires', () => {
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    expect(escapeData('a,b:c%d\r\ne')).toBe('a,b:c%25d%0D%0Ae');
    const odd = github(createReport(['x,y:z.yaml'], [{ ...fixtureReport.diagnostics[0]!, location: { kind: 'file', file: 'x,y:z.yaml' } }]), zh);
    expect(odd.split('\n')[0]).toMatch(/^::error file=x%2Cy%3Az\.yaml,title=schema::/);
  });

  it('ends with a plain summary line, in the language of the run', () => {
    expect(lines.at(-2)).toBe('gkml：检查了 6 个文件，4 个错误，2 个警告，1 个提示。');
    expect(github(createReport(['a.yaml'], []), { ...zh, lang: 'en' })).toBe('gkml: checked 1 file: 0 errors, 0 warnings, 0 infos.\n');
  });

  it('matches the snapshot', async () => {
    await expect(out).toMatchFileSnapshot('./__snapshots__/report.github.txt');
  });
});
