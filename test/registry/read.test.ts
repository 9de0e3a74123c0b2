import { describe, expect, it } from 'vitest';
import { cells, gbk, meaning, read, workbook } from './helpers.js';

const MZ = '示例县民政局';
const RS = '示例县人力资源和社会保障局';
const SOCIAL = '《社会团体登记管理条例》';
const ELDERLY = '《养老机构管理办法》';

/** The same seven powers, as every shape below must read them. */
const EXPECTED = [
  { code: 'SLX-XK-001', name: '社会团体成立登记', mainItem: '社会团体成立、变更、注销登记', type: '行政许可', owner: MZ, office: '社会组织管理股', basis: SOCIAL },
  { code: 'SLX-XK-002', name: '社会团体变更登记', mainItem: '社会团体成立、变更、注销登记', type: '行政许可', owner: MZ, office: '社会组织管理股', basis: SOCIAL },
  { code: 'SLX-CF-001', name: '对养老机构违反《养老机构管理办法》行为的处罚', mainItem: undefined, type: '行政处罚', owner: MZ, office: '养老服务股', basis: ELDERLY },
  { code: 'SLX-GF-001', name: '最低生活保障金给付', mainItem: undefined, type: '行政给付', owner: MZ, office: '社会救助股', basis: '《社会救助暂行办法》' },
  { code: 'SLX-JC-001', name: '对养老机构的监督检查', mainItem: undefined, type: '行政检查', owner: MZ, office: '养老服务股', basis: ELDERLY },
  { code: 'SLX-QR-003', name: '工伤认定', mainItem: undefined, type: '行政确认', owner: RS, office: '工伤保险股', basis: '《工伤保险条例》' },
  { code: 'SLX-FW-001', name: '失业登记', mainItem: undefined, type: '公共服务', owner: RS, office: '就业促进股', basis: '《就业服务与就业管理规定》' },
];

const PLAIN_CSV = [
  '事项编码,主项,子项,权力类型,实施依据,实施主体,承办机构',
  `SLX-XK-001,社会团体成立、变更、注销登记,社会团体成立登记,行政许可,${SOCIAL},${MZ},社会组织管理股`,
  `SLX-XK-002,社会团体成立、变更、注销登记,社会团体变更登记,行政许可,${SOCIAL},${MZ},社会组织管理股`,
  `SLX-CF-001,对养老机构违反《养老机构管理办法》行为的处罚,,行政处罚,${ELDERLY},${MZ},养老服务股`,
  `SLX-GF-001,最低生活保障金给付,,行政给付,《社会救助暂行办法》,${MZ},社会救助股`,
  `SLX-JC-001,对养老机构的监督检查,,行政检查,${ELDERLY},${MZ},养老服务股`,
  `SLX-QR-003,工伤认定,,行政确认,《工伤保险条例》,${RS},工伤保险股`,
  `SLX-FW-001,失业登记,,公共服务,《就业服务与就业管理规定》,${RS},就业促进股`,
].join('\r\n');

/** The awkward shape: title rows, a two-row merged header under other names, merged 主项 and type, 同上, local words, a second sheet. */
async function awkwardWorkbook(): Promise<Uint8Array> {
  return workbook([
    {
      name: '民政局',
      rows: [
        ['示例县民政局权责清单（2024年版）'],
        ['填报单位：示例县民政局　　　更新日期：2024年3月'],
        ['序号', '项目编码', '事项名称', null, '事项类型', '设定依据', '责任主体', null],
        [null, null, '主项', '子项名称', null, null, '法定主体', '承办科室'],
        [1, 'SLX-XK-001', '社会团体成立、变更、注销登记', '社会团体成立登记', '行政审批', SOCIAL, null, '社会组织管理股'],
        [2, 'SLX-XK-002', null, '社会团体变更登记', null, '同上', null, '同上'],
        ['一、行政处罚'],
        [3, 'ＳＬＸ－ＣＦ－００１', '对养老机构违反《养老机构管理办法》行为的处罚', null, '行政处罚', ELDERLY, null, '养老服务股'],
        [4, 'SLX-GF-001', '最低生活保障金给付', null, '05', '《社会救助暂行办法》', null, '社会救助股'],
        [5, 'SLX-JC-001', '对养老机构的监督检查', null, '行政监督', ELDERLY, MZ, '养老服务股'],
        ['注：本清单随法律法规修改动态调整。'],
      ],
      merges: ['A1:H1', 'A2:H2', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4', 'G3:H3', 'C5:C6', 'E5:E6', 'A7:H7', 'C8:D8', 'C9:D9', 'C10:D10'],
    },
    {
      name: '人社局',
      rows: [
        ['示例县人力资源和社会保障局权责清单'],
        [],
        ['职权编码', '职权名称', '职权类型', '法律依据', '承办机构'],
        ['SLX-QR-003', '工伤认定', 'QR', '《工伤保险条例》', '工伤保险股'],
        ['SLX-FW-001', '失业登记', '20', '《就业服务与就业管理规定》', '就业促进股'],
      ],
    },
  ]);
}

describe('reading registers: every shape gives the same normalised powers', () => {
  it('a plain UTF-8 CSV', async () => {
    const file = await read(new TextEncoder().encode(PLAIN_CSV), 'csv');
    expect(file.findings).toEqual([]);
    expect(file.powers.map(meaning)).toEqual(EXPECTED);
  });

  it('a workbook with title rows, a two-row merged header, 同上, merged cells, local words and a second sheet', async () => {
    const file = await read(await awkwardWorkbook(), 'xlsx');
    expect(cells(file)).toEqual([]);
    expect(file.powers.map(meaning)).toEqual(EXPECTED.map((e) => (e.code === 'SLX-CF-001' ? { ...e, code: 'ＳＬＸ－ＣＦ－００１' } : e)));
    expect(file.department).toBe(MZ);
    const [first, second] = file.powers;
    expect(first!.origin).toEqual({ kind: 'sheet', file: '清单.xlsx', sheet: '民政局', row: 5, columns: { seq: 1, code: 2, name: 3, subItem: 4, type: 5, basis: 6, owner: 7, office: 8 } });
    expect(second!.origin).toMatchObject({ sheet: '民政局', row: 6 });
    expect(file.powers[4]!.typeAsWritten).toBe('行政监督');
    expect(file.powers[5]!.origin).toMatchObject({ sheet: '人社局', row: 4 });
  });

  it('a GBK CSV (as Excel saves it on Chinese Windows) and a UTF-8 CSV with BOM', async () => {
    expect((await read(gbk(PLAIN_CSV), 'csv')).powers.map(meaning)).toEqual(EXPECTED);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAIN_CSV)]);
    expect((await read(bom, 'csv')).powers.map(meaning)).toEqual(EXPECTED);
  });

  it('types from section rows or the sheet name when the table has no type column', async () => {
    const file = await read(
      await workbook([
        { name: '事项', rows: [['序号', '事项编码', '事项名称', '实施主体'], ['一、行政许可（1项）'], [1, 'X-1', '甲', MZ], ['二、行政处罚（1项）'], [2, 'X-2', '乙', MZ]], merges: ['A2:D2', 'A4:D4'] },
        { name: '行政检查', rows: [['事项编码', '事项名称'], ['X-3', '丙']] },
      ]),
      'xlsx',
    );
    expect(file.findings).toEqual([]);
    expect(file.powers.map((p) => `${p.code} ${p.type}`)).toEqual(['X-1 行政许可', 'X-2 行政处罚', 'X-3 行政检查']);
  });
});

/** A sheet whose header is on row 3 and whose row 17 is the one under test (column C is 权力类型). */
function sheetWithRow17(row17: (string | null)[]): Promise<Uint8Array> {
  const filler = Array.from({ length: 13 }, (_, i) => [String(i + 1), `SLX-XK-${100 + i}`, '行政许可', `事项${i + 1}`]);
  return workbook([{ name: '事项', rows: [['示例县民政局权责清单'], [], ['序号', '事项编码', '权力类型', '事项名称'], ...filler, row17] }]);
}

describe('bad input: one clear finding each, at its place, never a crash', () => {
  it('an unknown type, with a suggestion when it is a likely typo', async () => {
    expect(cells(await read(await sheetWithRow17(['14', 'SLX-XK-200', '综合执法', '某事项']), 'xlsx'))).toEqual(['事项!C17 register-input/unknownType']);
    const local = await read(await sheetWithRow17(['14', 'SLX-XK-200', '行政调和', '某事项']), 'xlsx');
    expect(local.findings[0]).toMatchObject({ messageId: 'unknownTypeSuggestion', data: { suggestion: '行政调解' } });
    const typo = await read(await sheetWithRow17(['14', 'SLX-XK-200', '行政许', '某事项']), 'xlsx');
    expect(typo.findings[0]).toMatchObject({ messageId: 'unknownTypeSuggestion', data: { value: '行政许', suggestion: '行政许可' }, at: { sheet: '事项', row: 17, column: 3 } });
    expect(typo.powers).toHaveLength(14);
  });

  it('同上 with nothing above, a code without a name, and a type cell left empty', async () => {
    expect(cells(await read(await sheetWithRow17(['14', 'SLX-XK-200', '行政许可', null]), 'xlsx'))).toEqual(['事项!D17 register-input/missingName']);
    expect(cells(await read(await sheetWithRow17(['14', 'SLX-XK-200', null, '某事项']), 'xlsx'))).toEqual(['事项!C17 register-input/missingType']);
    const top = await read(await workbook([{ name: '事项', rows: [['事项编码', '事项名称', '权力类型', '承办机构'], ['X-1', '甲', '行政许可', '同上']] }]), 'xlsx');
    expect(cells(top)).toEqual(['事项!D2 register-input/sameAsAboveAtTop']);
  });

  it('a missing key column and a sheet without a header', async () => {
    const noType = await read(await workbook([{ name: '事项', rows: [['标题'], ['事项编码', '事项名称', '备注'], ['X-1', '甲', '']] }]), 'xlsx');
    expect(cells(noType)).toEqual(['事项!A2 register-input/missingColumn']);
    expect(noType.findings[0]!.data).toMatchObject({ field: '权力类型' });
    const noHeader = await read(await workbook([{ name: '说明', rows: [['本表为示例县权责清单。'], ['请按要求填写。']] }]), 'xlsx');
    expect(cells(noHeader)).toEqual(['说明!A1 register-input/noHeader']);
    const withNotes = await read(await workbook([{ name: '说明', rows: [['填表说明']] }, { name: '事项', rows: [['事项名称', '权力类型'], ['甲', '行政许可']] }]), 'xlsx');
    expect(withNotes.findings.map((f) => `${f.severity} ${f.messageId}`)).toEqual(['info sheetSkipped']);
    expect(withNotes.powers).toHaveLength(1);
  });

  it('not a workbook, a corrupt zip, a password-protected or old .xls file, empty files and sheets', async () => {
    const text = new TextEncoder().encode('<html><table><tr><td>事项名称</td></tr></table></html>');
    expect(cells(await read(text, 'xlsx'))).toEqual(['- register-input/notWorkbook']);
    const good = await awkwardWorkbook();
    expect((await read(good.slice(0, good.length / 2), 'xlsx')).findings[0]).toMatchObject({ messageId: 'corruptWorkbook', file: '清单.xlsx' });
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...ole, ...new Uint8Array(64), ...new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le'))]);
    expect(cells(await read(encrypted, 'xlsx'))).toEqual(['- register-input/encryptedWorkbook']);
    expect(cells(await read(new Uint8Array([...ole, 0, 0, 0]), 'xlsx'))).toEqual(['- register-input/oldXls']);
    expect(cells(await read(new Uint8Array(0), 'xlsx'))).toEqual(['- register-input/emptyRegister']);
    expect(cells(await read(new Uint8Array(0), 'csv'))).toEqual(['- register-input/emptyRegister']);
    expect(cells(await read(await workbook([{ name: '事项', rows: [] }]), 'xlsx'))).toEqual(['事项!A1 register-input/emptySheet']);
  });
});
