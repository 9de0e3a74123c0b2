import { describe, expect, it } from 'vitest';
import { readRegisters } from '../../src/engine/register.js';
import { tempFiles, yaml } from '../helpers/files.js';
import { meaning } from './helpers.js';

const REGISTER = yaml`
  # yaml-language-server: $schema=../schemas/register.schema.json
  title: 示例县民政局权责清单（2024年版）
  department: 示例县民政局
  powers:
    - code: SLX-GF-001
      name: 最低生活保障金给付
      type: 05
      basis: 《社会救助暂行办法》
    - name: 社会团体成立、变更、注销登记
      type: 行政审批
      basis: [《社会团体登记管理条例》]
      office: 社会组织管理股
      subItems:
        - { code: SLX-XK-008-01, name: 社会团体成立登记 }
        - { code: SLX-XK-008-02, name: 社会团体变更登记, office: 登记窗口 }
`;

async function readYaml(text: string) {
  const cwd = tempFiles({ 'r.yaml': text });
  return readRegisters(['r.yaml'], { cwd, base: cwd, lang: 'zh' });
}

describe('the YAML/JSON register form', () => {
  it('reads powers and 子项, which inherit the 主项\'s fields; origins point into the file', async () => {
    const read = await readYaml(REGISTER);
    expect(read.diagnostics).toEqual([]);
    const powers = read.files[0]!.powers;
    expect(powers.map(meaning)).toEqual([
      { code: 'SLX-GF-001', name: '最低生活保障金给付', mainItem: undefined, type: '行政给付', owner: '示例县民政局', office: undefined, basis: '《社会救助暂行办法》' },
      { code: 'SLX-XK-008-01', name: '社会团体成立登记', mainItem: '社会团体成立、变更、注销登记', type: '行政许可', owner: '示例县民政局', office: '社会组织管理股', basis: '《社会团体登记管理条例》' },
      { code: 'SLX-XK-008-02', name: '社会团体变更登记', mainItem: '社会团体成立、变更、注销登记', type: '行政许可', owner: '示例县民政局', office: '登记窗口', basis: '《社会团体登记管理条例》' },
    ]);
    expect(powers[1]!.origin).toMatchObject({ kind: 'yaml', file: 'r.yaml', path: ['powers', 1, 'subItems', 0], start: { line: 14, column: 9 } });
    expect(powers[1]!.origin.kind === 'yaml' && powers[1]!.origin.fields.type).toEqual({ start: { line: 10, column: 11 }, end: { line: 10, column: 15 } });
  });

  it('schema problems and unknown types are findings at their line and column', async () => {
    const broken = await readYaml(REGISTER.replace('type: 05', 'typ: 05'));
    expect(broken.diagnostics.map((d) => `${d.location.kind === 'yaml' ? `${d.location.start.line}:${d.location.start.column}` : '-'} ${d.ruleId}/${d.messageId}`)).toEqual(['7:5 schema/unknownKeySuggestion']);
    expect(broken.sources['r.yaml']).toContain('typ: 05');
    const unknown = await readYaml(REGISTER.replace('type: 行政审批', 'type: 综合执法'));
    expect(unknown.diagnostics.map((d) => `${d.location.kind === 'yaml' ? `${d.location.start.line}:${d.location.start.column}` : '-'} ${d.messageId}`)).toEqual(['10:11 unknownType', '10:11 unknownType']);
  });
});
