import { describe, expect, it } from 'vitest';
import { createReport } from '../../src/core/report.js';
import { junit } from '../../src/formatters/junit.js';
import { fixtureReport, trickyMessage } from './fixture-report.js';
import { findAll, parseXml } from './xml-parser.js';

const zh = { color: false, lang: 'zh' as const };

describe('the strict XML parser of these tests', () => {
  it.each([
    ['<a><b></a></b>', 'closes'],
    ['<a x="1" x="2"/>', 'duplicate'],
    ['<a x="<"/>', '"<" in an attribute'],
    ['<a>AT&T</a>', '"&"'],
    ['<a>&nbsp;</a>', '"&"'],
    ['<a>x ]]> y</a>', ']]>'],
    ['<a>\u0007</a>', 'U+7'],
    ['<a/><b/>', 'after the root'],
    ['<a>', 'never closed'],
  ])('rejects %j', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });

  it('accepts and decodes well-formed XML', () => {
    const doc = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&quot;1&#10;">中&amp;文<![CDATA[<raw>]]><b/></a>\n');
    expect(doc.attrs.x).toBe('"1\n');
    expect(doc.text).toBe('中&文<raw>');
    expect(doc.children.map((c) => c.name)).toEqual(['b']);
  });
});

describe('junit formatter', () => {
  const xml = junit(fixtureReport, zh);
  const doc = parseXml(xml);
  const [suite] = findAll(doc, 'testsuite');
  const cases = findAll(doc, 'testcase');
  const caseFor = (file: string) => cases.find((c) => c.attrs.name === file)!;

  it('is well-formed XML: one testsuite, one testcase per file checked, in the report order', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(doc.name).toBe('testsuites');
    expect(findAll(doc, 'testsuite')).toHaveLength(1);
    expect(cases.map((c) => c.attrs.name)).toEqual(fixtureReport.files);
    expect(cases.every((c) => c.attrs.classname === c.attrs.name)).toBe(true);
    expect(suite!.attrs).toMatchObject({ tests: '6', failures: '3', errors: '0' });
  });

  it('has a <failure> per error and lists warnings and infos below the fail level in <system-out>', () => {
    const mz = caseFor('catalogues/民政局.yaml');
    expect(findAll(mz, 'failure').map((f) => f.attrs.type)).toEqual(['schema', 'unique-item-id']);
    expect(findAll(mz, 'failure')[0]!.attrs.message).toBe('公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？');
    expect(findAll(mz, 'failure')[0]!.text).toBe(
      'catalogues/民政局.yaml:15:16  错误  公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？  schema/enum  @ items[0].channels[0]',
    );
    expect(findAll(mz, 'system-out')[0]!.text).toContain('catalogues/民政局.yaml:30:3  警告  ');
    expect(findAll(caseFor('logs/发布台账.xlsx'), 'failure')[0]!.text).toMatch(/^logs\/发布台账\.xlsx › 事项!C17  错误  /);
    expect(findAll(caseFor('logs/log.csv'), 'failure')).toHaveLength(0);
    expect(findAll(caseFor('gkml.config.yaml'), 'system-out')[0]!.text).toBe('gkml.config.yaml  提示  配置项“extra”不认识，已忽略。  config/unknownKey');
  });

  it('keeps a file with no findings as a passing testcase', () => {
    const clean = caseFor('catalogues/clean.yaml');
    expect(clean.children).toEqual([]);
    expect(xml).toContain('<testcase classname="catalogues/clean.yaml" name="catalogues/clean.yaml" time="0"/>');
  });

  it('makes warnings failures when the fail level is warning', () => {
    const strict = parseXml(junit(fixtureReport, { ...zh, failLevel: 'warning' }));
    expect(findAll(strict, 'testsuite')[0]!.attrs.failures).toBe('4');
    const csv = findAll(strict, 'testcase').find((c) => c.attrs.name === 'logs/log.csv')!;
    expect(findAll(csv, 'failure').map((f) => f.attrs.type)).toEqual(['publication-dates']);
    expect(findAll(csv, 'system-out')).toHaveLength(0);
  });

  it('escapes markup and ]]>, drops control characters, and keeps Chinese text as it is', () => {
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('名称含有 &lt;b&gt;&amp;"引号"\'与 ]]&gt; 标记');
    const out = findAll(caseFor('catalogues/民政局.yaml'), 'system-out')[0]!.text;
    expect(out).toContain(trickyMessage.replace('\u0007', ''));
    const attr = parseXml(junit(createReport(['a.yaml'], [{ ...fixtureReport.diagnostics[0]!, severity: 'error', message: trickyMessage, location: { kind: 'file', file: 'a.yaml' } }]), zh));
    expect(findAll(attr, 'failure')[0]!.attrs.message).toBe(trickyMessage.replace('\u0007', ''));
  });

  it('reports a clean run as tests with no failures', () => {
    const clean = parseXml(junit(createReport(['a.yaml', 'b.yaml'], []), zh));
    expect(findAll(clean, 'testsuite')[0]!.attrs).toMatchObject({ tests: '2', failures: '0' });
  });

  it('matches the snapshot', async () => {
    await expect(xml).toMatchFileSnapshot('./__snapshots__/report.junit.xml');
  });
});
