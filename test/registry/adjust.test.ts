import { describe, expect, it } from 'vitest';
import { cellRef, type Location } from '../../src/core/diagnostic.js';
import type { Catalogue, Item } from '../../src/model/catalogue.js';
import { adjustRegister, adjustmentSummary, type Adjustment } from '../../src/registry/adjust.js';
import { adjustDiagnostics } from '../../src/registry/adjust-findings.js';
import type { RegisterFile } from '../../src/registry/types.js';
import { read, tables } from './helpers.js';

const HEADER = '事项编码,主项,子项,权力类型,实施依据,实施主体,承办机构,行使层级,备注';
const LEVELS = { values: ['省级', '市级', '县级', '乡级', '村级'], variants: { 乡镇级: '乡级', 镇级: '乡级', 区级: '县级', 街道级: '乡级' } };

async function csv(name: string, rows: string[]): Promise<RegisterFile> {
  return read(new TextEncoder().encode([HEADER, ...rows].join('\n')), 'csv', name);
}

function catalogue(publisher: string, items: Partial<Item>[], file = 'catalogues/c.yaml'): Catalogue {
  return {
    file,
    catalogueType: '基层政务公开标准目录',
    publisher: { name: publisher, level: '县级' },
    items: items.map((item, index) => ({ id: `c-${index + 1}`, level1: '', fiveDisclosures: ['服务公开'], owner: publisher, index, ...item }) as Item),
  };
}

async function adjust(before: string[], after: string[], catalogues: Catalogue[] = []): Promise<Adjustment> {
  return adjustRegister({ before: [await csv('old.csv', before)], after: [await csv('new.csv', after)], catalogues, names: tables.vocab.names, levels: LEVELS });
}

/** `kind code [by] field:old→new …` per change. */
function kinds(adjustment: Adjustment): string[] {
  return adjustment.changes.map((c) => {
    const power = (c.after ?? c.before)!;
    const fields = c.fields.map((f) => ` ${f.field}:${f.before}→${f.after}`).join('');
    return `${c.kind} ${power.code}${c.by ? ` ${c.by}` : ''}${fields}`;
  });
}

function where(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  return location.file;
}

const MZ = '示例县民政局';
const row = (code: string, name: string, type = '行政给付', extra: { sub?: string; basis?: string; owner?: string; office?: string; level?: string; note?: string } = {}) =>
  [code, name, extra.sub ?? '', type, extra.basis ?? '《社会救助暂行办法》', extra.owner ?? MZ, extra.office ?? '社会救助股', extra.level ?? '', extra.note ?? ''].join(',');

describe('the adjustment between two versions of a register', () => {
  it('pairs by code, then by name; reports added, removed, changed fields old → new, and type changes', async () => {
    const result = await adjust(
      [row('A-1', '最低生活保障金给付'), row('A-2', '临时救助金给付'), row('A-3', '特困人员救助供养金给付'), row('A-4', '低收入家庭认定', '其他职权'), row('OLD-5', '集体合同审查', '其他行政权力')],
      [row('A-1', '最低生活保障金给付'), row('A-2', '临时救助金发放', '行政给付', { basis: '《社会救助暂行办法》（国务院令第709号）', office: '社会事务股' }), row('A-4', '低收入家庭认定', '行政确认'), row('NEW-5', '集体合同审查', '其他职权'), row('A-6', '孤儿基本生活费给付')],
    );
    expect(kinds(result)).toEqual([
      'changed A-2 code name:临时救助金给付→临时救助金发放 basis:《社会救助暂行办法》→《社会救助暂行办法》（国务院令第709号） office:社会救助股→社会事务股',
      'retyped A-4 code type:其他行政权力→行政确认',
      'changed NEW-5 name code:OLD-5→NEW-5',
      'added A-6',
      'removed A-3',
    ]);
    expect(result.common).toBe(4);
    expect(result.before.powers).toBe(5);
    expect(result.after.powers).toBe(5);
  });

  it('ignores what is no adjustment: full-width text, spaces, （县级） notes, a local type word, a column one version leaves empty', async () => {
    const result = await adjust(
      [row('A-1', '企业投资项目备案（县级）', '行政审批', { office: '' }), row('A-2', '婚姻登记', '行政确认')],
      [row('Ａ－１', '企业投资项目备案', '行政许可', { office: '审批股' }), row('A-2', '婚姻 登记', '07')],
    );
    expect(kinds(result)).toEqual([]);
    expect(result.common).toBe(2);
  });

  it('pairs 子项 that share their 主项 code by their names, and reports a new 子项 as added', async () => {
    const main = '社会团体成立、变更、注销登记';
    const result = await adjust(
      [row('S-8', main, '行政许可', { sub: '社会团体成立登记' }), row('S-8', main, '行政许可', { sub: '社会团体变更登记' })],
      [row('S-8', main, '行政许可', { sub: '社会团体变更登记' }), row('S-8', main, '行政许可', { sub: '社会团体成立登记' }), row('S-8', main, '行政许可', { sub: '社会团体注销登记' })],
    );
    expect(kinds(result)).toEqual(['added S-8']);
    expect(result.changes[0]!.after).toMatchObject({ name: '社会团体注销登记', mainItem: main });
  });

  it('finds devolution by 备注, by 行使层级 and by an office of a lower level; not a move up or sideways', async () => {
    const result = await adjust(
      [
        row('D-1', '高龄津贴发放'),
        row('D-2', '失能老年人护理补贴给付', '行政给付', { level: '县级' }),
        row('D-3', '农村自建房安全检查', '行政检查', { owner: '示例县市场监督管理局' }),
        row('D-4', '老年人优待证办理', '公共服务', { owner: '示例县示例镇人民政府' }),
        row('D-5', '殡葬服务监督检查', '行政检查'),
        row('D-7', '对计量器具的监督检查', '行政检查', { owner: '示例县市场监督管理局' }),
      ],
      [
        row('D-1', '高龄津贴发放', '行政给付', { note: '2024年审核确认下放至乡镇实施' }),
        row('D-2', '失能老年人护理补贴给付', '行政给付', { level: '县级、乡镇级' }),
        row('D-3', '农村自建房安全检查', '行政检查', { owner: '示例县示例镇人民政府' }),
        row('D-4', '老年人优待证办理', '公共服务', { owner: MZ }),
        row('D-5', '殡葬服务监督检查', '行政检查', { owner: '示例县城市管理局' }),
        row('D-6', '对乱倒渣土的处罚', '行政处罚', { owner: '示例县示例镇人民政府', note: '2024年赋权下放' }),
        // 市场 is no 市: the 市场监督管理局 of a county is 县级, so moving to another county office is no devolution.
        row('D-7', '对计量器具的监督检查', '行政检查', { owner: '示例县工业和信息化局' }),
      ],
    );
    expect(kinds(result)).toEqual([
      'devolved D-1 code',
      'devolved D-2 code level:县级→县级、乡镇级',
      'devolved D-3 code owner:示例县市场监督管理局→示例县示例镇人民政府',
      'changed D-4 code owner:示例县示例镇人民政府→示例县民政局',
      'changed D-5 code owner:示例县民政局→示例县城市管理局',
      'devolved D-6',
      'changed D-7 code owner:示例县市场监督管理局→示例县工业和信息化局',
    ]);
  });

  it('names the catalogue items each change touches: by the codes they list, or by name as gkml diff links them', async () => {
    const c = catalogue(MZ, [
      { level1: '特困人员救助供养', level2: '办事指南', powerCodes: ['A-3'] },
      { level1: '临时救助', level2: '临时救助金给付' },
      { level1: '孤儿基本生活费给付', powerCodes: ['A-6'] },
      { level1: '政策文件' },
    ]);
    const result = await adjust([row('A-2', '临时救助金给付'), row('A-3', '特困人员救助供养金给付'), row('A-9', '政策咨询', '公共服务')], [row('A-2', '临时救助金发放'), row('A-6', '孤儿基本生活费给付'), row('A-9', '政策咨询', '公共服务')], [c]);
    expect(result.changes.map((ch) => `${ch.kind} ${(ch.after ?? ch.before)!.code}: ${ch.touched.map((r) => r.item.id).join(' ')}`)).toEqual(['changed A-2: c-2', 'added A-6: c-3', 'removed A-3: c-1']);
    expect(adjustmentSummary(result)).toEqual({
      total: { added: 1, removed: 1, changed: 1, retyped: 0, devolved: 0, touched: 3 },
      byDepartment: [{ department: MZ, counts: { added: 1, removed: 1, changed: 1, retyped: 0, devolved: 0 }, touched: 3 }],
    });
  });
});

describe('the adjustment as Diagnostics', () => {
  const c = catalogue(MZ, [{ level1: '特困人员救助供养', powerCodes: ['A-3'] }, { level1: '临时救助', level2: '临时救助金给付', powerCodes: ['A-2'] }]);
  const before = [row('A-2', '临时救助金给付'), row('A-3', '特困人员救助供养金给付'), row('A-4', '慈善信托备案', '其他职权')];
  const after = [row('A-2', '临时救助金发放'), row('A-5', '孤儿基本生活费给付')];
  const positionOf = (_file: string, path: readonly (string | number)[]) => ({ start: { line: 10 + Number(path[1]) * 5, column: 5 }, end: { line: 11, column: 1 } });

  it('sits at the new row (the old one for a removal), relates the items and the old row; a touched change is a warning', async () => {
    const diagnostics = adjustDiagnostics(await adjust(before, after, [c]), positionOf, 'zh');
    expect(diagnostics.map((d) => [`${where(d.location)} ${d.severity} ${d.ruleId}/${d.messageId}`, ...(d.related ?? []).map((r) => (r.kind === 'yaml' ? `${r.file}:${r.start.line}` : where(r)))])).toEqual([
      ['new.csv › new.csv!B2 warning register-power-changed/changedTouched', 'catalogues/c.yaml:15', 'old.csv › old.csv!B2'],
      ['new.csv › new.csv!B3 info register-power-added/added'],
      ['old.csv › old.csv!B3 warning register-power-removed/removedTouched', 'catalogues/c.yaml:10'],
      ['old.csv › old.csv!B4 info register-power-removed/removed'],
    ]);
    expect(diagnostics[0]!.message).toBe('行政给付事项“临时救助金发放”（A-2，示例县民政局）调整：事项名称“临时救助金给付”→“临时救助金发放”。请同步修改目录事项 c-2。');
    expect(diagnostics[2]!.message).toBe('取消行政给付事项“特困人员救助供养金给付”（A-3，示例县民政局），但目录事项 c-1 仍对应它。请删除这些事项，或改为引用现行清单中的编码。');
  });

  it('speaks English with --lang en, and takes the config’s level for a rule (off leaves it out)', async () => {
    const adjustment = await adjust(before, after, [c]);
    const en = adjustDiagnostics(adjustment, positionOf, 'en', { 'register-power-removed': 'error', 'register-power-added': 'off' });
    expect(en.map((d) => `${d.severity} ${d.messageId}`)).toEqual(['warning changedTouched', 'error removedTouched', 'error removed']);
    expect(en[0]!.message).toBe('The 行政给付 power "临时救助金发放" (A-2, 示例县民政局) was changed: name "临时救助金给付" → "临时救助金发放". Revise catalogue items c-2 to match.');
  });

  it('words a type change once, with the other fields after it, and a devolution with its 备注', async () => {
    const adjustment = await adjust([row('T-1', '低收入家庭认定', '其他职权', { office: '社会救助股' }), row('D-1', '高龄津贴发放')], [row('T-1', '低收入家庭认定', '行政确认', { office: '社会事务股' }), row('D-1', '高龄津贴发放', '行政给付', { note: '审核下放至乡镇' })]);
    const [retyped, devolved] = adjustDiagnostics(adjustment, positionOf, 'zh');
    expect(retyped!.message).toBe('“低收入家庭认定”（T-1，示例县民政局）的权力类型由其他行政权力改为行政确认；另有调整：承办机构“社会救助股”→“社会事务股”。应有的公开类别随类型变化，运行 gkml diff 核对。');
    expect(devolved!.message).toBe('行政给付事项“高龄津贴发放”（D-1，示例县民政局）下放：备注“审核下放至乡镇”。目录中没有对应事项；请提醒承接单位在其目录中增加。');
  });
});
