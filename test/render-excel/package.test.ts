import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openZip } from '../../src/importer/zip.js';
import type { Catalogue, Item } from '../../src/model/catalogue.js';
import { CellWriter, metaPlan, metaText, type MetaPlan } from '../../src/render/excel/cells.js';
import { cellTail, RowWriter } from '../../src/render/excel/rows.js';
import { styleId } from '../../src/render/excel/package.js';
import { BODY_STYLES } from '../../src/render/excel/styles.js';
import type { EntryWriter } from '../../src/render/excel/zip.js';
import { columnsFor } from '../../src/render/excel/layout.js';
import { planWorkbooks, renderWorkbook, streamWorkbook } from '../../src/render/excel/index.js';
import { Writable } from 'node:stream';
import { importBytes } from '../importer/helpers.js';
import { catalogue, merges, render, rowTexts, vocab } from './helpers.js';

/** gkml writes the xlsx package itself (src/render/excel/package.ts, zip.ts): what a user would notice of that. */

function items(count: number, extra: (i: number) => string = () => ''): string {
  return Array.from({ length: count }, (_, i) => {
    const level1 = `最低生活保障${Math.floor(i / 3)}`;
    return `  - { id: x-${i}, area: 社会救助, level1: ${level1}, level2: 办事指南${i}, fiveDisclosures: [服务公开], content: [办理条件${i}, 申请材料], basis: [《社会救助暂行办法》],
      timeLimit: { workdays: 20, from: 形成或变更 }, channels: [政府网站, 便民服务站], audience: 全社会, mode: 主动, levels: [县级]${extra(i)} }`;
  }).join('\n');
}

function bigCatalogue(count: number): Catalogue {
  return catalogue(`
catalogueType: 基层政务公开标准目录
version: 2024版
date: '2024-06-30'
publisher: { name: 示例县民政局, level: 县级, region: 示例省示例市示例县 }
items:
${items(count)}
`);
}

/** The entries of a zip as its central directory lists them, each checked against its own CRC-32. */
function entries(bytes: Uint8Array): { name: string; date: number; time: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const out: { name: string; date: number; time: number }[] = [];
  for (let i = 0, p = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = inflateRawSync(bytes.subarray(start, start + view.getUint32(p + 20, true)));
    expect(data.length, name).toBe(view.getUint32(p + 24, true));
    expect(crc32(data), name).toBe(view.getUint32(p + 16, true));
    out.push({ name, time: view.getUint16(p + 12, true), date: view.getUint16(p + 14, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

describe('the xlsx package gkml writes', () => {
  it('holds the parts of an xlsx workbook, each with a correct CRC, and the same bytes every time', async () => {
    const [first] = await render([bigCatalogue(40)]);
    const [second] = await render([bigCatalogue(40)]);
    expect(Buffer.from(first!.bytes).equals(Buffer.from(second!.bytes))).toBe(true);
    const list = entries(first!.bytes);
    expect(list.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/theme/theme1.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    // Every entry is dated with the catalogues' date (2024-06-30), not the clock.
    expect(new Set(list.map((e) => e.date))).toEqual(new Set([((2024 - 1980) << 9) | (6 << 5) | 30]));
    expect(first!.book.creator).toBe('gkml');
    expect(first!.book.lastModifiedBy).toBe('gkml');
    expect(first!.book.created).toEqual(new Date('2024-06-30T00:00:00Z'));
    expect(first!.book.modified).toEqual(new Date('2024-06-30T00:00:00Z'));
  });

  it('writes a sheet of several megabytes in chunks that read back whole: every row, merge and hidden cell', async () => {
    const plan = planWorkbooks([bigCatalogue(6000)], { vocab })[0]!;
    const bytes = await renderWorkbook(plan, { vocab });
    const zip = openZip(bytes, 1 << 28);
    expect(zip.read('xl/worksheets/sheet1.xml')!.length).toBeGreaterThan(5 << 20);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('社会救助')!;
    expect(sheet.rowCount).toBe(6004);
    expect(rowTexts(sheet, 6004, 7)).toEqual([6000, null, '办事指南5999', '办理条件5999\n申请材料', '《社会救助暂行办法》', '信息形成或者变更之日起20个工作日内', '示例县民政局']);
    expect(merges(sheet).filter((m) => m.startsWith('B'))).toHaveLength(2001);
    expect(merges(sheet).at(-1)).toBe('B6002:B6004');
    expect(JSON.parse(sheet.getCell(6004, 14).value as string)).toMatchObject({ c: 0, i: 5999, id: 'x-5999' });
    expect(sheet.pageSetup.printArea).toBe('A1:M6004');
    const imported = importBytes(bytes, plan.fileName);
    expect(imported.guesses).toEqual([]);
    expect(imported.catalogues[0]!.document.items).toHaveLength(6000);
    expect(imported.catalogues[0]!.document.items[5999]).toMatchObject({ id: 'x-5999', level2: '办事指南5999', content: ['办理条件5999', '申请材料'] });
  });

  it('streams the same bytes into a writable stream', async () => {
    const plan = planWorkbooks([bigCatalogue(3000)], { vocab })[0]!;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    await streamWorkbook(plan, { vocab }, sink);
    expect(sink.writableFinished).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(await renderWorkbook(plan, { vocab })))).toBe(true);
  });

  it('styles every kind of cell as before: fonts, borders, the header fill, alignment, the hidden column', async () => {
    const [out] = await render([bigCatalogue(4)]);
    const sheet = out!.book.getWorksheet('社会救助')!;
    const thin = { style: 'thin', color: { argb: 'FF000000' } };
    const border = { top: thin, left: thin, bottom: thin, right: thin };
    expect(sheet.getCell('A1').style).toMatchObject({ font: { name: '宋体', size: 18, bold: true, charset: 134, family: 1 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
    expect(sheet.getCell('A2').style).toMatchObject({ font: { name: '仿宋', size: 11, charset: 134 }, alignment: { horizontal: 'left', vertical: 'middle' } });
    expect(sheet.getCell('B3').style).toMatchObject({ font: { name: '黑体', size: 11, charset: 134, family: 2 }, border, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } });
    // exceljs reads a font size as a whole number; the part says 10.5 (below).
    expect(sheet.getCell('A5').style).toMatchObject({ font: { name: '仿宋', size: 10 }, alignment: { horizontal: 'center', vertical: 'middle' }, border });
    expect(sheet.getCell('B5').style).toMatchObject({ alignment: { horizontal: 'center', wrapText: true }, border });
    expect(sheet.getCell('D5').style).toMatchObject({ alignment: { horizontal: 'left', wrapText: true }, border });
    expect(sheet.getCell('I5').style).toMatchObject({ font: { name: '宋体', size: 11 }, alignment: { horizontal: 'center' }, border });
    // Empty cells keep their borders.
    expect(sheet.getCell('J5').value).toBeNull();
    expect(sheet.getCell('J5').style).toMatchObject({ border });
    expect(sheet.getCell('N5').style.font).toMatchObject({ name: '宋体', size: 9 });
    expect(sheet.getColumn(14).hidden).toBe(true);
    const styles = new TextDecoder().decode(openZip(out!.bytes, 1 << 20).read('xl/styles.xml')!);
    expect(styles).toContain('<font><charset val="134"/><family val="1"/><sz val="10.5"/><name val="仿宋"/></font>');
    expect([2, 3].map((r) => sheet.getRow(r).height)).toEqual([22, 24]);
    const summary = out!.book.getWorksheet('汇总')!;
    expect(summary.getCell('A4').font).toMatchObject({ name: '仿宋', size: 11, bold: true });
    expect(summary.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToWidth: 1 });
    expect(out!.book.getWorksheet('gkml')!.state).toBe('veryHidden');
  });

  it('drops what XML cannot carry, keeps white space at either end, escapes markup', async () => {
    const odd = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: "示例县<民政>局 & 办公室", level: 县级 }
      title: "标题\\u0001<b>"
      items:
        - { id: x-1, area: 社会救助, level1: "  前后有空格 ", level2: "a\\u0000b\\u001fc\\uFFFEd", fiveDisclosures: [服务公开],
            content: ["<script>&amp;", "𠀀字\\uD800孤"], basis: "\\u0002", timeLimit: { workdays: 20 }, channels: [政府网站],
            audience: 全社会, mode: 主动, levels: [县级] }
    `);
    const [out] = await render([odd]);
    const sheet = out!.book.getWorksheet('社会救助')!;
    expect(rowTexts(sheet, 5, 7)).toEqual([1, '  前后有空格 ', 'abcd', '<script>&amp;\n𠀀字孤', null, '信息形成或者变更之日起20个工作日内', '示例县<民政>局 & 办公室']);
    expect(sheet.getCell('A2').value).toBe('公开主体：示例县<民政>局 & 办公室');
    const imported = importBytes(out!.bytes, out!.plan.fileName);
    expect(imported.catalogues[0]!.document.items[0]).toMatchObject({ level1: '  前后有空格 '.trim(), level2: 'abcd', content: ['<script>&amp;', '𠀀字孤'] });
  });

  it('names sheets and print areas that need quoting', async () => {
    const quoted = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例县民政局, level: 县级 }
      items:
        - { id: x-1, area: "O'Brien & 社会救助", level1: 一, fiveDisclosures: [服务公开], content: 内容, timeLimit: { workdays: 20 },
            channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级] }
    `);
    const [out] = await render([quoted]);
    const sheet = out!.book.worksheets[0]!;
    expect(sheet.name).toBe("O'Brien & 社会救助");
    expect(sheet.pageSetup).toMatchObject({ printArea: 'A1:M5', printTitlesRow: '3:4' });
  });
});

/** metaText before it was written out key by key: an object, then JSON.stringify. */
function metaByObject(item: Item, catalogue: number, plan: MetaPlan): string {
  const meta: Record<string, unknown> = { c: catalogue, i: item.index, id: item.id, fiveDisclosures: item.fiveDisclosures };
  if (item.kind !== '一般') meta.kind = item.kind;
  meta.timeLimit = item.timeLimit;
  if (item.postingPeriod) meta.postingPeriod = item.postingPeriod;
  meta.channels = item.channels;
  if (item.channelsOther) meta.channelsOther = item.channelsOther;
  for (const field of plan.hidden) if (item[field] !== undefined) meta[field] = item[field];
  if (item.areaAsWritten && !plan.hidden.includes('area')) meta.area = item.areaAsWritten;
  for (const [field, order] of plan.ticks) {
    let at = 0;
    for (const value of order) if (item[field][at] === value) at++;
    if (at !== item[field].length) meta[field] = item[field];
  }
  return JSON.stringify(meta);
}

describe('the hidden gkml cell', () => {
  it('is the JSON of the object it stands for, key for key', () => {
    const sample = catalogue(`
      catalogueType: 主动公开基本目录
      publisher: { name: 示例县人民政府办公室, level: 县级 }
      items:
        - { id: a-1, area: 环境保护, category: 机构职能, level1: 一, level2: 二, level3: 三, kind: 政策文件, fiveDisclosures: [决策公开, 执行公开],
            content: 内容, timeLimit: { workdays: 10, from: 制作或获取, text: "自<制作>之日起" }, postingPeriod: { days: 7 },
            channels: [政府网站, 其他], channelsOther: ["平台\\"甲\\""], audience: [特定群体, 全社会], mode: [依申请, 主动], levels: [乡级, 县级],
            note: "备注\\u2028", powerCodes: [X-1], url: "https://example.com/?a=1&b=2" }
        - { id: a-2, level1: 一, fiveDisclosures: [服务公开], content: 内容, timeLimit: 及时, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级] }
    `);
    for (const layout of ['standard', 'departmental'] as const) {
      const sheet = { name: 's', title: 't', subtitle: '', layout, rows: sample.items.map((item) => ({ item, catalogue: 3 })), levels: [{ level: '县级', label: '县级' }, { level: '乡级', label: '乡级' }] };
      const plan = metaPlan(columnsFor(sheet, 'checklist'), layout);
      for (const item of sample.items) expect(metaText(item, 3, plan)).toBe(metaByObject(item, 3, plan));
    }
  });
});

describe('the item rows', () => {
  it('are the cells CellWriter gives, each written as cellTail writes a value', () => {
    const sample = catalogue(`
      catalogueType: 主动公开基本目录
      publisher: { name: 示例县人民政府办公室, level: 县级 }
      items:
        - { id: a-1, category: 机构职能, level1: 一, level2: 二, level3: 三, fiveDisclosures: [决策公开], content: ["", 甲], basis: [" 乙", 丙],
            clause: "<第一条>", timeLimit: { workdays: 10, from: 制作或获取, text: "自<制作>之日起" }, postingPeriod: { days: 7 }, retention: 长期,
            channels: [政府网站, 其他], channelsOther: [平台], audience: [特定群体, 全社会], mode: [依申请], levels: [县级], office: 秘书股, note: "a\u0001" }
        - { id: a-2, level1: 一, fiveDisclosures: [服务公开], content: [甲, 乙, 丙], basis: [], timeLimit: 及时, channels: [政府网站, 两微一端],
            audience: 全社会, mode: 主动, levels: [县级], owner: "=A1" }
        - { id: a-3, level1: 四, fiveDisclosures: [服务公开], content: "x&y", timeLimit: 及时, channels: [两微一端, 政府网站], audience: 全社会, mode: 主动, levels: [县级] }
    `);
    for (const style of ['checklist', 'selected'] as const) {
      const sheet = { name: 's', title: 't', subtitle: '', layout: 'departmental' as const, rows: sample.items.map((item) => ({ item, catalogue: 0 })), levels: [] };
      const columns = columnsFor(sheet, style);
      const meta = metaPlan(columns, 'departmental');
      const writer = new RowWriter(columns, vocab, style, meta);
      const cells = new CellWriter(vocab, style);
      sample.items.forEach((item, index) => {
        let text = '';
        const out = { bytes: (b: Uint8Array) => (text += Buffer.from(b).toString('utf8')), write: (t: string) => (text += t), digits: (n: number) => (text += String(n)) };
        const hide1 = index === 1;
        writer.write(out as unknown as EntryWriter, item, { row: 9, seq: index + 1, catalogue: 0, hide1, hide2: false });
        const expected = columns
          .map((column, i) => {
            const value = column.key === 'meta' ? metaText(item, 0, meta) : hide1 && column.key === 'level1' ? null : cells.value(item, column, index + 1);
            return `<c r="${String.fromCharCode(65 + i)}9" s="${styleId(BODY_STYLES[column.kind])}"${cellTail(value)}`;
          })
          .join('');
        expect(text).toBe(`<row r="9">${expected}</row>`);
      });
    }
  });
});
