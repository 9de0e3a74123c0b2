import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseAndParticipation } from '../../src/rules/response-and-participation.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

const departmental = validCatalogue.replace('基层政务公开标准目录', '主动公开基本目录');
const item = (id: string, kind: string, level1: string) => `  - id: ${id}
    level1: ${level1}
    kind: ${kind}
    fiveDisclosures: [决策公开]
    content: [内容]
    timeLimit: { workdays: 5 }
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
const response = item('hy-001', '舆情回应', '回应关切');
const participation = item('cy-001', '公众参与', '意见征集');

describe('response-and-participation', () => {
  it('reports each kind a 主动公开基本目录 lacks, at catalogueType; a 基层政务公开标准目录 needs none by default', () => {
    testRule(responseAndParticipation, {
      valid: [validCatalogue, departmental + response + participation, departmental + participation + response],
      invalid: [
        {
          code: departmental,
          errors: [
            { messageId: 'missing', at: '1:16', path: 'catalogueType', data: { type: '主动公开基本目录', kind: '公众参与' } },
            { messageId: 'missing', at: '1:16', path: 'catalogueType', data: { type: '主动公开基本目录', kind: '舆情回应' } },
          ],
        },
        { code: departmental + response, errors: [{ messageId: 'missing', at: '1:16', data: { kind: '公众参与' } }] },
        { code: departmental + participation, errors: [{ messageId: 'missing', at: '1:16', data: { kind: '舆情回应' } }] },
        // A heading that says 回应 is not enough: the item's kind is what counts.
        { code: departmental + participation + item('hy-001', '一般', '回应关切'), errors: [{ messageId: 'missing', data: { kind: '舆情回应' }, at: '1:16' }] },
      ],
    });
  });

  it('tells the user which kind to add', () => {
    const [finding] = runRule(responseAndParticipation, departmental + participation);
    expect(finding!.message).toMatch(/^本主动公开基本目录没有“舆情回应”事项。.*请添加一项 kind: 舆情回应 的事项/);
  });

  it('requires what the option lists for each catalogue type, keeping the defaults of types it does not name', () => {
    const township = { require: { 基层政务公开标准目录: ['公众参与'] } };
    expect(runRule(responseAndParticipation, validCatalogue, township).map((f) => f.data.kind)).toEqual(['公众参与']);
    expect(runRule(responseAndParticipation, validCatalogue + participation, township)).toEqual([]);
    expect(runRule(responseAndParticipation, departmental, township)).toHaveLength(2);
    expect(runRule(responseAndParticipation, departmental, { require: { 主动公开基本目录: [] } })).toEqual([]);
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(responseAndParticipation);
  });
});

describe('response-and-participation on examples/broken/response-and-participation.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/response-and-participation.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 3 行');
    expect(runRule(responseAndParticipation, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['missing 3:16']);
  });
});
