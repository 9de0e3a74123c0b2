import { describe, expect, it } from 'vitest';
import { createReport } from '../../src/core/report.js';
import { sarif } from '../../src/formatters/sarif.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();
const zh = { color: false, lang: 'zh' as const, rules: fixtureRules, tool: { version: '0.1.0' } };

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; informationUri?: string; rules: { id: string; shortDescription?: { text: string }; helpUri?: string; help?: { text: string } }[] } };
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index?: number }; region?: Record<string, number> }; logicalLocations?: { name: string; fullyQualifiedName: string }[] }[];
      relatedLocations?: unknown[];
      properties: { messageId: string; path?: string };
    }[];
  }[];
}

const text = sarif(fixtureReport, zh);
const log = JSON.parse(text) as SarifLog;
const run = log.runs[0]!;
const resultFor = (ruleId: string) => run.results.find((r) => r.ruleId === ruleId)!;

describe('sarif formatter', () => {
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('written a result at a time, is the one JSON.stringify of the log, keys in SARIF order', () => {
    for (const report of [fixtureReport, createReport([], []), createReport(['a.yaml'], [])]) {
      const out = sarif(report, zh);
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
      const log = JSON.parse(out) as SarifLog;
      expect(Object.keys(log)).toEqual(['$schema', 'version', 'runs']);
      expect(Object.keys(log.runs[0]!)).toEqual(['tool', 'language', 'columnKind', 'artifacts', 'results']);
      expect(log.runs[0]!.results.length).toBe(report.diagnostics.length);
    }
  });

  it('validates for an empty report, in English, and with a docs base', () => {
    for (const out of [sarif(createReport([], []), zh), sarif(fixtureReport, { ...zh, lang: 'en', tool: { version: '1.2.3', informationUri: 'https://example.org/gkml', docsUri: 'https://example.org/gkml/docs/rules/' } })]) {
      const parsed: unknown = JSON.parse(out);
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema check can fail: a 0-based line, a relative helpUri and a raw Chinese uri are rejected', () => {
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startLine = 0;
    expect(validate(broken)).toBe(false);
    const relative = structuredClone(log);
    relative.runs[0]!.tool.driver.rules[0]!.helpUri = 'docs/rules/schema.md';
    expect(validate(relative)).toBe(false);
    const raw = structuredClone(log);
    raw.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'catalogues/民政局.yaml';
    expect(validate(raw)).toBe(false);
  });

  it('is one run of gkml with the version the CLI passes, and no informationUri when none is known', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'gkml', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toBeUndefined();
  });

  it('lists every rule id that appears, sorted, with its description and docs page', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['config', 'gkml-disable', 'publication-dates', 'publication-late', 'schema', 'unique-item-id', 'valid-references']);
    expect(rules.find((r) => r.id === 'unique-item-id')).toEqual({
      id: 'unique-item-id',
      shortDescription: { text: '事项编号在目录内唯一' },
      help: { text: '事项编号在目录内唯一\n说明文档: docs/rules/unique-item-id.md' },
    });
    expect(rules.find((r) => r.id === 'schema')).toEqual({ id: 'schema' });
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('points helpUri at docs/rules/<id>.md under the docs base the CLI passes', () => {
    const en = JSON.parse(sarif(fixtureReport, { ...zh, lang: 'en', tool: { docsUri: 'https://example.org/gkml/blob/main/docs/rules/' } })) as SarifLog;
    const rule = en.runs[0]!.tool.driver.rules.find((r) => r.id === 'valid-references')!;
    expect(rule.helpUri).toBe('https://example.org/gkml/blob/main/docs/rules/valid-references.md');
    expect(rule.shortDescription!.text).toBe('Referenced item ids exist');
  });

  it('maps severities to levels and keeps the message text', () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['schema', 'error'],
      ['unique-item-id', 'error'],
      ['gkml-disable', 'warning'],
      ['valid-references', 'error'],
      ['config', 'note'],
      ['publication-dates', 'warning'],
      ['publication-late', 'error'],
    ]);
    expect(resultFor('schema').message.text).toBe('公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？');
  });

  it('gives YAML findings a 1-based region, a relative percent-encoded uri and the YAML path', () => {
    const r = resultFor('schema');
    const { artifactLocation, region } = r.locations[0]!.physicalLocation;
    expect(region).toEqual({ startLine: 15, startColumn: 16, endLine: 15, endColumn: 20 });
    expect(artifactLocation.uri).toBe('catalogues/%E6%B0%91%E6%94%BF%E5%B1%80.yaml');
    expect(decodeURIComponent(artifactLocation.uri)).toBe('catalogues/民政局.yaml');
    expect(run.artifacts[artifactLocation.index!]!.location.uri).toBe(artifactLocation.uri);
    expect(r.properties).toEqual({ messageId: 'enum', path: 'items[0].channels[0]' });
    expect(resultFor('unique-item-id').relatedLocations).toHaveLength(1);
  });

  it('names a workbook cell as a logical location, and a CSV row as its line', () => {
    const xlsx = resultFor('publication-late').locations[0]!;
    expect(xlsx.physicalLocation.region).toBeUndefined();
    expect(xlsx.logicalLocations).toEqual([{ name: 'C17', fullyQualifiedName: '事项!C17' }]);
    const csv = resultFor('publication-dates').locations[0]!;
    expect(csv.physicalLocation.region).toEqual({ startLine: 5 });
    expect(csv.logicalLocations).toEqual([{ name: 'D5', fullyQualifiedName: 'log!D5' }]);
    expect(resultFor('config').locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'gkml.config.yaml', index: 3 } });
  });

  it('lists every file checked as an artifact, the clean one included', () => {
    expect(run.artifacts.map((a) => decodeURIComponent(a.location.uri))).toEqual(fixtureReport.files);
  });

  it('matches the snapshot', async () => {
    await expect(text).toMatchFileSnapshot('./__snapshots__/report.sarif');
  });
});
