import type { Diagnostic } from '../../src/core/diagnostic.js';
import { createReport, type Report } from '../../src/core/report.js';
import type { RuleDescription } from '../../src/formatters/types.js';

/** A message that tries every escape: XML (& < > " ' ]]>), a control character, and GitHub's % , : and a line break. */
export const trickyMessage = '名称含有 <b>&"引号"\'与 ]]> 标记\u0007，占比 50%, 见: 第二行\n请删除。';

const diagnostics: Diagnostic[] = [
  {
    ruleId: 'schema',
    severity: 'error',
    messageId: 'enum',
    data: { field: 'channels', value: '政府网占', suggestion: '政府网站' },
    message: '公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？',
    location: { kind: 'yaml', file: 'catalogues/民政局.yaml', path: ['items', 0, 'channels', 0], start: { line: 15, column: 16 }, end: { line: 15, column: 20 } },
  },
  {
    ruleId: 'unique-item-id',
    severity: 'error',
    messageId: 'duplicate',
    data: { id: 'shjz-001', first: 7 },
    message: '事项编号“shjz-001”重复，第 7 行已经用过。请给这个事项换一个编号。',
    location: { kind: 'yaml', file: 'catalogues/民政局.yaml', path: ['items', 1, 'id'], start: { line: 21, column: 11 }, end: { line: 21, column: 19 } },
    related: [{ kind: 'yaml', file: 'catalogues/民政局.yaml', path: ['items', 0, 'id'], start: { line: 7, column: 11 }, end: { line: 7, column: 19 } }],
  },
  {
    ruleId: 'gkml-disable',
    severity: 'warning',
    messageId: 'suppressionUnused',
    data: { ruleIds: 'valid-references' },
    message: trickyMessage,
    location: { kind: 'yaml', file: 'catalogues/民政局.yaml', path: [], start: { line: 30, column: 3 }, end: { line: 31, column: 1 } },
  },
  {
    ruleId: 'valid-references',
    severity: 'error',
    messageId: 'dangling',
    data: { ref: 'zcwj-009' },
    message: '引用的事项“zcwj-009”不存在。请改成目录里已有的事项编号。',
    location: { kind: 'yaml', file: 'catalogues/财政局.yaml', path: ['items', 4, 'refersTo'], start: { line: 40, column: 17 }, end: { line: 40, column: 25 } },
  },
  {
    ruleId: 'publication-late',
    severity: 'error',
    messageId: 'late',
    data: { published: '2025-03-20', lateBy: 3 },
    message: '2025-03-20 才公开，超过时限 3 个工作日。',
    location: { kind: 'sheet', file: 'logs/发布台账.xlsx', sheet: '事项', row: 17, column: 3 },
  },
  {
    ruleId: 'publication-dates',
    severity: 'warning',
    messageId: 'publishedBeforeEvent',
    data: { published: '2025-01-02', event: '2025-01-05' },
    message: '公开日期 2025-01-02 早于信息形成日期 2025-01-05，请核对。',
    location: { kind: 'sheet', file: 'logs/log.csv', sheet: 'log', row: 5, column: 4 },
  },
  {
    ruleId: 'config',
    severity: 'info',
    messageId: 'unknownKey',
    data: { key: 'extra' },
    message: '配置项“extra”不认识，已忽略。',
    location: { kind: 'file', file: 'gkml.config.yaml' },
  },
];

/** Several files: Chinese messages, YAML and sheet locations, a whole-file finding, and one clean catalogue. */
export const fixtureReport: Report = createReport(
  ['catalogues/民政局.yaml', 'catalogues/财政局.yaml', 'catalogues/clean.yaml', 'logs/发布台账.xlsx', 'logs/log.csv', 'gkml.config.yaml'],
  diagnostics,
);

/** Rule metadata as the CLI passes it: more rules than the report uses. */
export const fixtureRules: RuleDescription[] = [
  { id: 'valid-references', description: { zh: '引用的事项编号必须存在', en: 'Referenced item ids exist' } },
  { id: 'unique-item-id', description: { zh: '事项编号在目录内唯一', en: 'Item ids are unique within a catalogue' } },
  { id: 'not-in-this-report', description: { zh: '未出现的规则', en: 'A rule with no findings' } },
];
