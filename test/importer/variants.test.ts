import { describe, expect, it } from 'vitest';
import type { ItemDocument } from '../../src/model/catalogue.js';
import { guessLines, importBytes, officialHeader, officialHeaderMerges, workbook } from './helpers.js';

const pick = (items: ItemDocument[], ...keys: (keyof ItemDocument)[]) => items.map((item) => Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])));
const row = (n: number, level1: string | null, level2: string, extra: Partial<Record<'content' | 'time' | 'channels', string>> = {}, ticks: (string | null)[] = ['√', null, '√', null, '√', null]) => [
  n, level1, level2, extra.content ?? `${level2}的内容`, '《中华人民共和国政府信息公开条例》', extra.time ?? '信息形成或者变更之日起20个工作日内', '示例县民政局', extra.channels ?? '■政府网站', ...ticks,
];

describe('importing the variants seen in real tables (primer §1.2, §1.4, §9)', () => {
  it('reads header synonyms: 特定群众, 依申请公开, 全社 会, 镇级/村级, and keeps the local level labels', async () => {
    const bytes = await workbook({
      name: '政府信息',
      rows: [
        ['（二）凤屯镇政府文件信息领域基层政务公开标准目录'],
        ...officialHeader(['镇级', '村级'], ['全社 会', '特定群众'], ['主动', '依申请公开']),
        row(1, '政府文件', '政府文件', { time: '信息形成或变更之日起3个工作日内' }, ['√', null, '√', null, '√', null]),
        row(2, '概况信息', '乡镇简介', {}, [null, '√', null, '√', '√', '√']),
      ],
      merges: ['A1:N1', ...officialHeaderMerges(2)],
    });
    const result = importBytes(bytes, '凤屯.xlsx');
    const { document } = result.catalogues[0]!;
    expect(document.publisher.name).toBe('凤屯镇');
    expect(document.levelLabels).toEqual({ 乡级: '镇级' });
    expect(pick(document.items, 'area', 'level1', 'audience', 'mode', 'levels', 'timeLimit')).toEqual([
      { area: '政府信息', level1: '政府文件', audience: '全社会', mode: '主动', levels: ['乡级'], timeLimit: { workdays: 3, from: '形成或变更', text: '信息形成或变更之日起3个工作日内' } },
      { area: '政府信息', level1: '概况信息', audience: '特定群体', mode: '依申请', levels: ['乡级', '村级'], timeLimit: { workdays: 20, from: '形成或变更' } },
    ]);
    expect(guessLines(result).filter((l) => l.endsWith('headerSynonym'))).toEqual(['政府信息!J3 headerSynonym', '政府信息!L3 headerSynonym', '政府信息!M3 headerSynonym']);
  });

  it('reads a level group mislabelled 公开方式, 乡、村级 as two levels, 三级事项 and extra columns (kept in the note)', async () => {
    const bytes = await workbook({
      name: '公共法律服务',
      rows: [
        ['序号', '公开事项', null, null, '公开内容（要素）', '公开依据', '依据效力位阶', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开方式', null],
        [null, '一级事项', '二级事项', '三级事项', null, null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡、村级'],
        [1, '法律援助', '办事指南', '申请条件', '申请条件', '《法律援助法》', '法律', '自制作或获取该信息之日起20个工作日内公开', '示例县司法局', '■政府网站 ■其他法律服务网', '√', null, '√', null, '√', '√'],
      ],
      merges: ['A1:A2', 'B1:D1', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2', 'K1:L1', 'M1:N1', 'O1:P1'],
    });
    const result = importBytes(bytes, '司法局.xlsx', { publisher: '示例县司法局', level: '县级' });
    expect(result.catalogues[0]!.document.items).toEqual([
      {
        id: 'legal-services-001',
        area: '公共法律服务',
        level1: '法律援助',
        level2: '办事指南',
        level3: '申请条件',
        fiveDisclosures: ['服务公开'],
        content: '申请条件',
        basis: '《法律援助法》',
        timeLimit: { workdays: 20, from: '制作或获取', text: '自制作或获取该信息之日起20个工作日内公开' },
        channels: ['政府网站', '其他'],
        channelsOther: ['法律服务网'],
        audience: '全社会',
        mode: '主动',
        levels: ['县级', '乡级', '村级'],
        note: '依据效力位阶：法律',
      },
    ]);
    expect(guessLines(result)).toEqual(expect.arrayContaining(['公共法律服务!G1 headerExtra', '公共法律服务!P2 headerLevel']));
  });

  it('reads 公开对象/方式/层级 written as words in single columns of a one-row header', async () => {
    const bytes = await workbook({
      name: 'Sheet1',
      rows: [
        ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象', '公开方式', '公开层级'],
        [1, '部门预算', '部门预算表', '《中华人民共和国预算法》', '批复后20日内', '示例县财政局', '政府网站', '全社会', '主动公开', '县级'],
        [2, '部门决算', '部门决算表', '同上', '同上', '示例县财政局', '政府网站、公开查阅点', '社会公众', '主动', '县级、乡级'],
      ],
    });
    const result = importBytes(bytes, '财政.xlsx', { publisher: '示例县财政局' });
    expect(pick(result.catalogues[0]!.document.items, 'level1', 'timeLimit', 'channels', 'audience', 'mode', 'levels')).toEqual([
      { level1: '部门预算', timeLimit: { days: 20, from: '批复', text: '批复后20日内' }, channels: ['政府网站'], audience: '全社会', mode: '主动', levels: ['县级'] },
      { level1: '部门决算', timeLimit: { days: 20, from: '批复', text: '批复后20日内' }, channels: ['政府网站', '公开查阅点'], audience: '全社会', mode: '主动', levels: ['县级', '乡级'] },
    ]);
  });

  it('reads several areas on one sheet, each under its own title and header', async () => {
    const bytes = await workbook({
      name: '目录',
      rows: [
        ['示例县民政局社会救助领域基层政务公开标准目录'],
        ...officialHeader(),
        row(1, '最低生活保障', '办事指南'),
        [],
        ['示例县民政局养老服务领域基层政务公开标准目录'],
        ...officialHeader(),
        row(1, '养老服务政策', '政策文件'),
        row(2, '养老机构', '备案信息'),
      ],
      merges: ['A1:N1', ...officialHeaderMerges(2), 'A6:N6', ...officialHeaderMerges(7)],
    });
    const { document } = importBytes(bytes, '民政.xlsx').catalogues[0]!;
    expect(document.publisher.name).toBe('示例县民政局');
    expect(pick(document.items, 'id', 'area', 'level1')).toEqual([
      { id: 'social-assistance-001', area: '社会救助', level1: '最低生活保障' },
      { id: 'elderly-care-001', area: '养老服务', level1: '养老服务政策' },
      { id: 'elderly-care-002', area: '养老服务', level1: '养老机构' },
    ]);
  });

  it('reads one area per sheet (named after it), skips a sheet without a header, and reads section lines', async () => {
    const bytes = await workbook(
      { name: '就业', rows: [...officialHeader(), row(1, '就业政策', '政策文件')], merges: officialHeaderMerges(1) },
      {
        name: '民政',
        rows: [...officialHeader(), ['一、社会救助'], row(1, '临时救助', '办事指南'), ['二、养老服务领域'], row(2, '养老补贴', '发放信息')],
        merges: [...officialHeaderMerges(1), 'A3:N3', 'A5:N5'],
      },
      { name: '说明', rows: [['本目录由示例县人民政府办公室汇总。']] },
    );
    const result = importBytes(bytes, '汇总.xlsx', { publisher: '示例县人民政府' });
    expect(pick(result.catalogues[0]!.document.items, 'area', 'level1')).toEqual([
      { area: '就业', level1: '就业政策' },
      { area: '社会救助', level1: '临时救助' },
      { area: '养老服务', level1: '养老补贴' },
    ]);
    expect(guessLines(result)).toContain('说明!A1 sheetNoHeader');
  });

  it('uses a heading line as the 一级事项 of the rows under it, and reports text it could not place', async () => {
    const bytes = await workbook({
      name: '社会救助',
      rows: [...officialHeader(), ['（一）最低生活保障'], row(1, null, '办事指南'), row(2, null, '审核信息'), ['注：本表所称公开时限均为工作日。']],
      merges: [...officialHeaderMerges(1), 'A3:N3', 'A6:N6'],
    });
    const result = importBytes(bytes, '救助.xlsx', { publisher: '示例县民政局' });
    expect(pick(result.catalogues[0]!.document.items, 'level1', 'level2')).toEqual([
      { level1: '最低生活保障', level2: '办事指南' },
      { level1: '最低生活保障', level2: '审核信息' },
    ]);
    expect(guessLines(result)).toEqual(expect.arrayContaining(['社会救助!B4 headingAsLevel1', '社会救助!B5 continued', '社会救助!A6 rowText']));
    expect(result.guesses.find((g) => g.messageId === 'rowText')!.data).toEqual({ text: '注：本表所称公开时限均为工作日。' });
  });

  it('maps the time-limit phrasings to the structured form, and notes what it cannot read', async () => {
    const times = ['实时', '及时公开，公告期限为5个工作日', '每年1月31日前', '与政策文件同步发布，时间跨度不超过5个工作日', '1年', '长期', '季度终了后15个工作日内'];
    const bytes = await workbook({
      name: '政府信息',
      rows: [
        ...officialHeader(),
        row(1, '文件发布', '规范性文件'),
        ...times.map((time, i) => row(i + 2, '文件发布', `事项${i + 1}`, { time })),
      ],
      merges: [...officialHeaderMerges(1), 'B3:B10'],
    });
    const result = importBytes(bytes, '时限.xlsx', { publisher: '示例县人民政府办公室' });
    const items = result.catalogues[0]!.document.items;
    expect(items[0]!.kind).toBe('政策文件');
    expect(items.slice(1).map((i) => [i.timeLimit, i.postingPeriod, i.retention, i.note])).toEqual([
      ['实时', undefined, undefined, undefined],
      ['及时', { workdays: 5, text: '公告期限为5个工作日' }, undefined, undefined],
      [{ deadline: '01-31' }, undefined, undefined, undefined],
      [{ syncWith: 'general-001', workdays: 5, text: '与政策文件同步发布，时间跨度不超过5个工作日' }, undefined, undefined, undefined],
      [{ workdays: 20, from: '形成或变更' }, undefined, undefined, '公开时限原文：1年'],
      [{ workdays: 20, from: '形成或变更' }, undefined, '长期', undefined],
      [{ periodic: '每季度', workdays: 15, text: '季度终了后15个工作日内' }, undefined, undefined, undefined],
    ]);
    expect(guessLines(result)).toEqual(expect.arrayContaining(['政府信息!F7 syncGuess', '政府信息!F8 timeLimitUnread', '政府信息!F9 timeLimitRetention']));
  });

  it('imports a departmental 主动公开事项目录 with its own columns', async () => {
    const bytes = await workbook({
      name: 'Sheet1',
      rows: [
        ['示例市人力资源和社会保障局政府信息主动公开事项目录'],
        ['事项类别', '事项名称', '公开内容', '公开依据', '条款内容', '公开渠道', '公开时限', '公开责任'],
        ['机构职能信息', '领导信息', '主要领导姓名、职务、主管或分管工作、简介', '《中华人民共和国政府信息公开条例》(国务院令第711号)', '第二十条第(二)项', '政府网站', '自该政府信息形成或者变更之日起20个工作日内', '组织人事科'],
        ['同上', '机构信息', '机关名称、办公地址、办公时间、联系方式', '同上', '同上', '政府网站', '同上', '组织人事科'],
      ],
      merges: ['A1:H1'],
    });
    const result = importBytes(bytes, '人社局.xlsx');
    const { document } = result.catalogues[0]!;
    expect(document).toMatchObject({ catalogueType: '主动公开基本目录', title: '示例市人力资源和社会保障局政府信息主动公开事项目录', publisher: { name: '示例市人力资源和社会保障局', level: '市级' } });
    expect(pick(document.items, 'category', 'level1', 'clause', 'office', 'audience', 'mode', 'levels')).toEqual([
      { category: '机构职能信息', level1: '领导信息', clause: '第二十条第(二)项', office: '组织人事科', audience: '全社会', mode: '主动', levels: ['市级'] },
      { category: '机构职能信息', level1: '机构信息', clause: '第二十条第(二)项', office: '组织人事科', audience: '全社会', mode: '主动', levels: ['市级'] },
    ]);
    expect(guessLines(result)).toEqual(expect.arrayContaining(['Sheet1!A2 columnMissing', 'Sheet1!H2 headerSynonym']));
  });

  it('reads a 五公开 column and odd tick marks', async () => {
    const bytes = await workbook({
      name: '社会救助',
      rows: [
        ['序号', '公开事项', '公开内容', '公开时限', '公开渠道和载体', '五公开', '公开对象', null, '公开方式', null, '公开层级'],
        [null, null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级'],
        [1, '临时救助', '救助标准', '20个工作日', '■政府网站', '■决策 □执行 □管理 □服务 ■结果', 'v', null, '是', null, '●'],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:H1', 'I1:J1'],
    });
    const result = importBytes(bytes, '五公开.xlsx', { publisher: '示例县民政局' });
    expect(pick(result.catalogues[0]!.document.items, 'fiveDisclosures', 'audience', 'mode', 'levels', 'timeLimit')).toEqual([
      { fiveDisclosures: ['决策公开', '结果公开'], audience: '全社会', mode: '主动', levels: ['县级'], timeLimit: { workdays: 20, text: '20个工作日' } },
    ]);
  });

  it('reads the 未涉及领域事项说明 at the end of a township table', async () => {
    const bytes = await workbook({
      name: '目录',
      rows: [...officialHeader(['乡级', '村级']), row(1, '政府文件', '政府文件'), ['未涉及领域事项说明'], ['1', '税收管理', '税收征管由县税务局负责，本镇不承担。']],
      merges: [...officialHeaderMerges(1), 'A4:N4'],
    });
    const { document } = importBytes(bytes, '示例镇.xlsx', { publisher: '示例镇人民政府' }).catalogues[0]!;
    expect(document.notApplicableAreas).toEqual([{ area: '税收管理', reason: '税收征管由县税务局负责，本镇不承担。' }]);
    expect(document.items).toHaveLength(1);
  });

  it('imports CSV in UTF-8 (with a byte-order mark) and in GBK', async () => {
    const csv = '序号,公开事项,公开内容,公开时限,公开渠道和载体,公开对象,公开方式,公开层级\n1,部门预算,"预算表\n说明",批复后20日内,"■政府网站 □政府公报",全社会,主动,县级\n';
    const utf8 = importBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), '预算.csv', { publisher: '示例县财政局' });
    expect(pick(utf8.catalogues[0]!.document.items, 'level1', 'content', 'channels')).toEqual([{ level1: '部门预算', content: ['预算表', '说明'], channels: ['政府网站'] }]);
    const gbk = importBytes(encodeGbk(csv), '预算.csv', { publisher: '示例县财政局' });
    expect(gbk.catalogues[0]!.document.items).toEqual(utf8.catalogues[0]!.document.items);
  });
});

/** GBK bytes of a text, by looking each character up in the GB18030 decoder (no encoder in Node). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f])));
}
