import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/importer/xlsx.js';
import { openZip } from '../../src/importer/zip.js';
import { catalogue, merges, render, rowTexts } from './helpers.js';

const CIVIL = `
catalogueType: 基层政务公开标准目录
title: 示例县民政局社会救助、养老服务领域基层政务公开标准目录
version: 2024版
date: '2024-06-30'
publisher: { name: 示例县民政局, level: 县级, region: 示例省示例市示例县 }
items:
  - { id: shjz-001, area: 社会救助, level1: 最低生活保障, level2: 政策法规文件, kind: 政策文件, fiveDisclosures: [决策公开],
      content: [国发〔2012〕45号, 民发〔2021〕57号], basis: [《社会救助暂行办法》],
      timeLimit: { workdays: 10, from: 制作或获取, text: 制定或获取信息之日起10个工作日内 },
      channels: [政府网站, 纸质媒体], audience: 全社会, mode: 主动, levels: [县级, 乡级] }
  - { id: shjz-002, area: 社会救助, level1: 最低生活保障, level2: 办事指南, fiveDisclosures: [服务公开], content: 办理条件,
      timeLimit: { workdays: 20, from: 形成或变更 }, channels: [政府网站, 便民服务站], audience: 全社会, mode: [主动, 依申请], levels: [县级] }
  - { id: shjz-003, area: 社会救助, level1: 最低生活保障, level2: 审核信息, fiveDisclosures: [结果公开], content: 审核确认对象名单,
      timeLimit: { workdays: 10, from: 制作或获取 }, postingPeriod: { workdays: 7 },
      channels: [社区/企事业单位/村公示栏(电子屏)], channelsOther: [示例省政务服务网], audience: 特定群体, mode: 主动, levels: [乡级] }
  - { id: shjz-004, area: 社会救助, level1: 特困人员救助供养, level2: 办事指南, fiveDisclosures: [服务公开], content: 认定条件,
      timeLimit: 及时, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级], owner: 示例县社会救助服务中心 }
  - { id: ylfw-001, area: 养老服务, level1: 养老服务政策, fiveDisclosures: [决策公开, 执行公开], content: 实施意见,
      timeLimit: { workdays: 20, from: 形成或变更 }, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级] }
`;

const CHECKLIST_1 = '■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 ■纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □12345政务服务热线 □其他';
const CHECKLIST_3 = '□政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏(电子屏) □精准推送 □12345政务服务热线 ■其他（示例省政务服务网）';

describe('the standard workbook (render xlsx)', () => {
  it('writes one workbook per publisher, a sheet per area, then the summary', async () => {
    const [out] = await render([catalogue(CIVIL)]);
    expect(out!.plan.fileName).toBe('示例县民政局.xlsx');
    expect(out!.book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['社会救助', 'visible'],
      ['养老服务', 'visible'],
      ['汇总', 'visible'],
      ['gkml', 'veryHidden'],
    ]);
  });

  it('titles each sheet like the official tables and writes the two-row merged header', async () => {
    const sheet = (await render([catalogue(CIVIL)]))[0]!.book.getWorksheet('社会救助')!;
    expect(sheet.getCell('A1').value).toBe('社会救助领域基层政务公开标准目录');
    expect(sheet.getCell('A2').value).toBe('公开主体：示例县民政局\u3000\u3000版本：2024版\u3000\u3000日期：2024-06-30');
    expect(rowTexts(sheet, 3, 14)).toEqual(['序号', '公开事项', null, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开层级', null]);
    expect(rowTexts(sheet, 4, 14)).toEqual([null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡级']);
    expect(merges(sheet)).toEqual([
      'A1:N1', 'A2:N2',
      'A3:A4', 'B3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:J3', 'K3:L3', 'M3:N3', 'O3:O4',
      'B5:B7',
    ]);
  });

  it('writes each item as a row: lists on lines, the time limit with its posting period, √ in the tick columns', async () => {
    const sheet = (await render([catalogue(CIVIL)]))[0]!.book.getWorksheet('社会救助')!;
    expect(rowTexts(sheet, 5, 14)).toEqual([1, '最低生活保障', '政策法规文件', '国发〔2012〕45号\n民发〔2021〕57号', '《社会救助暂行办法》', '制定或获取信息之日起10个工作日内', '示例县民政局', CHECKLIST_1, '√', null, '√', null, '√', '√']);
    expect(rowTexts(sheet, 6, 14).slice(8)).toEqual(['√', null, '√', '√', '√', null]);
    expect(rowTexts(sheet, 7, 14)).toEqual([3, null, '审核信息', '审核确认对象名单', null, '自制作或获取该信息之日起10个工作日内，公示7个工作日', '示例县民政局', CHECKLIST_3, null, '√', '√', null, null, '√']);
    expect(rowTexts(sheet, 8, 14).slice(0, 8)).toEqual([4, '特困人员救助供养', '办事指南', '认定条件', null, '及时公开', '示例县社会救助服务中心', expect.stringContaining('■政府网站 □政府公报')]);
  });

  it('prints only the chosen channels with --channels selected', async () => {
    const sheet = (await render([catalogue(CIVIL)], { channels: 'selected' }))[0]!.book.getWorksheet('社会救助')!;
    expect([5, 6, 7].map((r) => sheet.getCell(r, 8).value)).toEqual(['■政府网站 ■纸质媒体', '■政府网站 ■便民服务站', '■社区/企事业单位/村公示栏(电子屏) ■其他（示例省政务服务网）']);
  });

  it('names the level columns after the catalogue levels and its levelLabels', async () => {
    const town = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例县示例镇人民政府, level: 乡级 }
      levelLabels: { 乡级: 镇级, 村级: 村（社区）级 }
      items:
        - { id: a-1, area: 政府信息, level1: 政府文件, fiveDisclosures: [决策公开], content: 文件, timeLimit: { workdays: 3 },
            channels: [政府网站], audience: 全社会, mode: 主动, levels: [乡级, 村级] }
    `);
    const district = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例区人力资源和社会保障局, level: 县级 }
      levelLabels: { 县级: 区级, 乡级: 镇街级 }
      items:
        - { id: b-1, area: 就业, level1: 就业政策, fiveDisclosures: [决策公开], content: 文件, timeLimit: { workdays: 20 },
            channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级, 乡级] }
    `);
    const [townBook, districtBook] = await render([town, district]);
    expect(rowTexts(townBook!.book.getWorksheet('政府信息')!, 4, 14).slice(12)).toEqual(['镇级', '村（社区）级']);
    expect(rowTexts(townBook!.book.getWorksheet('政府信息')!, 5, 14).slice(12)).toEqual(['√', '√']);
    expect(rowTexts(districtBook!.book.getWorksheet('就业')!, 4, 14).slice(12)).toEqual(['区级', '镇街级']);
  });

  it('sets up printing: A4 landscape, fit to width, header rows on every page, page numbers, frozen header', async () => {
    const sheet = (await render([catalogue(CIVIL)]))[0]!.book.getWorksheet('社会救助')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '3:4', printArea: 'A1:N8' });
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' });
  });

  it('styles the cells: borders, wrapped text, Chinese fonts with the GB2312 charset, widths for Chinese text', async () => {
    const sheet = (await render([catalogue(CIVIL)]))[0]!.book.getWorksheet('社会救助')!;
    const body = sheet.getCell('D5');
    expect(body.font).toMatchObject({ name: '仿宋', charset: 134 });
    expect(body.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(body.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.getCell('B3').font).toMatchObject({ name: '黑体' });
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect([1, 4, 8, 9].map((c) => sheet.getColumn(c).width)).toEqual([5.5, 30, 34, 6]);
    expect(sheet.getColumn(15).hidden).toBe(true);
  });

  it('writes text that looks like a formula as text, and no cell holds a formula', async () => {
    const risky = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例县民政局, level: 县级 }
      items:
        - { id: x-1, area: 社会救助, level1: "=HYPERLINK(\\"http://example.com\\",\\"点此\\")", level2: "+1", fiveDisclosures: [服务公开],
            content: ["-2+3", "@SUM(A1:A9)", "\\t=1+1"], basis: "=cmd|' /C calc'!A0",
            timeLimit: { workdays: 20 }, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级], owner: "=A1" }
    `);
    const [out] = await render([risky]);
    const sheet = out!.book.getWorksheet('社会救助')!;
    expect(rowTexts(sheet, 5, 7)).toEqual([1, '=HYPERLINK("http://example.com","点此")', '+1', '-2+3\n@SUM(A1:A9)\n\t=1+1', "=cmd|' /C calc'!A0", '信息形成或者变更之日起20个工作日内', '=A1']);
    for (const ws of out!.book.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    const zip = openZip(out!.bytes, 1 << 26);
    for (const name of zip.names.filter((n) => n.startsWith('xl/worksheets/'))) expect(new TextDecoder().decode(zip.read(name)!)).not.toMatch(/<f[ >]/);
  });

  it('keeps text that reads like an OOXML escape (_x0041_) as written, for Excel, exceljs and gkml import', async () => {
    const odd = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例县民政局, level: 县级 }
      items:
        - { id: x-1, area: 社会救助, level1: "_x0041_ 编码", level2: "a_x4e2d__x005F_", level3: "_x0041_x0042_", fiveDisclosures: [服务公开],
            content: ["_X0041_ 与 _x41_ 照写"], timeLimit: { workdays: 20 }, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级] }
    `);
    const [out] = await render([odd]);
    const written = ['_x0041_ 编码', 'a_x4e2d__x005F_', '_x0041_x0042_', '_X0041_ 与 _x41_ 照写'];
    const imported = readXlsx(out!.bytes).find((s) => s.name === '社会救助')!;
    expect(imported.rows[4]!.slice(1, 5)).toEqual(written);
    // As Excel reads it: each _xHHHH_ left to right, without overlap (exceljs decodes shared strings only).
    const excel = (xml: string) => xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const sheetXml = new TextDecoder().decode(openZip(out!.bytes, 1 << 26).read('xl/worksheets/sheet1.xml')!);
    const cells = [...sheetXml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => excel(m[1]!));
    for (const text of written) expect(cells).toContain(text);
  });

  it('lays out a departmental 主动公开基本目录 with its own columns', async () => {
    const office = catalogue(`
      catalogueType: 主动公开基本目录
      title: 示例县人民政府办公室主动公开基本目录（2024版）
      publisher: { name: 示例县人民政府办公室, level: 县级 }
      items:
        - { id: bgs-001, category: 机构职能信息, level1: 领导信息, fiveDisclosures: [管理公开], content: [姓名, 职务],
            basis: 《中华人民共和国政府信息公开条例》, clause: 第二十条第（二）项, timeLimit: { workdays: 20, from: 形成或变更 },
            retention: 任期内, office: 秘书股, channels: [政府网站], audience: 全社会, mode: 主动, levels: [县级], note: 随人事任免更新 }
    `);
    const sheet = (await render([office]))[0]!.book.getWorksheet('主动公开基本目录')!;
    expect(sheet.getCell('A1').value).toBe('示例县人民政府办公室主动公开基本目录（2024版）');
    expect(rowTexts(sheet, 3, 18)).toEqual(['序号', '事项类别', '公开事项', null, '公开内容（要素）', '公开依据', '条款内容', '公开时限', '公开时长', '公开主体', '责任科室', '公开渠道和载体', '公开对象', null, '公开方式', null, '备注', 'gkml']);
    expect(rowTexts(sheet, 4, 17)).toEqual([null, null, '一级事项', '二级事项', null, null, null, null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', null]);
    expect(rowTexts(sheet, 5, 17)).toEqual([1, '机构职能信息', '领导信息', null, '姓名\n职务', '《中华人民共和国政府信息公开条例》', '第二十条第（二）项', '信息形成或者变更之日起20个工作日内', '任期内', '示例县人民政府办公室', '秘书股', expect.stringContaining('■政府网站'), '√', null, '√', null, '随人事任免更新']);
  });

  it('counts items per five-disclosure category and area on the summary sheet', async () => {
    const sheet = (await render([catalogue(CIVIL)]))[0]!.book.getWorksheet('汇总')!;
    expect([2, 3, 4, 5].map((r) => rowTexts(sheet, r, 7))).toEqual([
      ['领域', '事项数', '决策公开', '执行公开', '管理公开', '服务公开', '结果公开'],
      ['社会救助', 4, 1, 0, 0, 2, 1],
      ['养老服务', 1, 1, 1, 0, 0, 0],
      ['合计', 5, 2, 1, 0, 2, 1],
    ]);
  });

  it('with --split area writes one workbook per county, a sheet per area across publishers', async () => {
    const town = catalogue(`
      catalogueType: 基层政务公开标准目录
      publisher: { name: 示例县示例镇人民政府, level: 乡级, region: 示例省示例市示例县示例镇 }
      items:
        - { id: t-1, area: 社会救助, level1: 最低生活保障, level2: 审核信息, fiveDisclosures: [结果公开], content: 名单,
            timeLimit: { workdays: 10 }, channels: [政府网站], audience: 特定群体, mode: 主动, levels: [乡级, 村级] }
    `, 'catalogues/town.yaml');
    const outputs = await render([catalogue(CIVIL), town], { split: 'area' });
    expect(outputs.map((o) => o.plan.fileName)).toEqual(['示例县.xlsx']);
    const sheet = outputs[0]!.book.getWorksheet('社会救助')!;
    expect(sheet.getCell('A2').value).toBe('区域：示例省示例市示例县\u3000\u3000公开主体：示例县民政局、示例县示例镇人民政府\u3000\u3000版本：2024版\u3000\u3000日期：2024-06-30');
    expect(rowTexts(sheet, 4, 15).slice(12)).toEqual(['县级', '乡级', '村级']);
    expect([5, 6, 7, 8, 9].map((r) => sheet.getCell(r, 7).value)).toEqual(['示例县民政局', '示例县民政局', '示例县民政局', '示例县社会救助服务中心', '示例县示例镇人民政府']);
    // The town's 最低生活保障 row is not merged into the county office's run above it.
    expect(merges(sheet)).toContain('B5:B7');
    expect(merges(sheet).filter((m) => /^B\d+:B/.test(m))).toEqual(['B5:B7']);
  });
});
