import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadVocabulary } from '../../src/engine/resources.js';
import { toCatalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { planWorkbooks, renderWorkbook } from '../../src/render/excel/index.js';
import { guessLines, importBytes } from './helpers.js';

const vocab = loadVocabulary();
const source = toCatalogue(
  'catalogues/civil.yaml',
  parse(`
catalogueType: 基层政务公开标准目录
publisher: { name: 示例县民政局, level: 县级 }
items:
  - { id: shjz-001, area: 社会救助, level1: 最低生活保障, level2: 办事指南, kind: 政策文件, fiveDisclosures: [服务公开], content: 办理条件,
      timeLimit: { workdays: 10, from: 制作或获取 }, channels: [便民服务站, 政府网站], audience: 全社会, mode: 主动, levels: [县级] }
  - { id: shjz-002, area: 社会救助, level1: 最低生活保障, level2: 审核信息, fiveDisclosures: [结果公开], content: 名单,
      timeLimit: { workdays: 10, from: 制作或获取 }, channels: [政府网站], audience: 特定群体, mode: 主动, levels: [乡级] }
`) as CatalogueDocument,
  vocab,
);

/** The workbook gkml writes, after a clerk edited it in Excel. */
async function edited(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const [plan] = planWorkbooks([source], { vocab });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await renderWorkbook(plan!, { vocab })) as unknown as ArrayBuffer);
  edit(book.getWorksheet('社会救助')!);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a gkml workbook edited by hand', () => {
  it('imports an edited cell as it now reads, keeps what the cell cannot show, and says so', async () => {
    const bytes = await edited((sheet) => {
      sheet.getCell('F5').value = '信息形成或者变更之日起5个工作日内';
      sheet.getCell('H6').value = '■政府网站 ■两微一端';
    });
    const result = importBytes(bytes, '民政.xlsx');
    const [first, second] = result.catalogues[0]!.document.items;
    expect(first).toMatchObject({ id: 'shjz-001', kind: '政策文件', fiveDisclosures: ['服务公开'], timeLimit: { workdays: 5, from: '形成或变更' }, channels: ['便民服务站', '政府网站'] });
    expect(second).toMatchObject({ id: 'shjz-002', channels: ['政府网站', '两微一端'] });
    expect(guessLines(result)).toEqual(['社会救助!F5 editedInWorkbook', '社会救助!H6 editedInWorkbook']);
  });

  it('imports a row the clerk added into the catalogue of the row above, with a new id and guessed 五公开', async () => {
    const bytes = await edited((sheet) => {
      sheet.insertRow(7, [3, '最低生活保障', '资金发放', '发放金额', null, '信息形成或者变更之日起20个工作日内', '示例县民政局', '■政府网站', '√', null, '√', null, '√', null]);
    });
    const result = importBytes(bytes, '民政.xlsx');
    const items = result.catalogues[0]!.document.items;
    expect(items.map((i) => [i.id, i.level2, i.fiveDisclosures])).toEqual([
      ['shjz-001', '办事指南', ['服务公开']],
      ['shjz-002', '审核信息', ['结果公开']],
      ['social-assistance-001', '资金发放', ['结果公开']],
    ]);
    expect(guessLines(result)).toEqual(['社会救助!A7 rowAdded', '社会救助!C7 fiveDisclosuresGuess', '社会救助!A7 idGenerated']);
  });
});
