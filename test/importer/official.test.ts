import { describe, expect, it } from 'vitest';
import { guessLines, importBytes, officialHeader, officialHeaderMerges, workbook } from './helpers.js';

const CHECK = '■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 ■纸质媒体 □公开查阅点 □政务服务中心 ■便民服务站 ■入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他';

/** Sample A1 of the primer (a township 社会救助 table), with the messes real tables have. */
async function gengma(): Promise<Uint8Array> {
  return workbook({
    name: 'Sheet1',
    rows: [
      ['耿马镇人民政府社会救助领域基层政务公开标准目录'],
      ...officialHeader(),
      [1, '1.最低生活保障', '1.1政策法规文件', '国务院关于进一步加强和改进最低生活保障工作的意见(国发〔2012〕45号)\n最低生活保障审核审批办法(试行)\n各地配套政策法规文件', '信息公开规定', '制定或获取信息之日起10个工作日内', '耿马镇人民政府', CHECK, '√', null, '√', null, null, '√'],
      [2, null, '1.2办事指南', '办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间/地点、联系方式', '国发〔2012〕45号、各地相关政策法规文件', '同上', '耿马镇人民政府', 't政府网站□政府公报口两微一端◆便民服务站', '√', null, '√', null, null, '√'],
      [3, null, '1.3审核信息', '初审对象名单及相关信息', '同上', '制定或获取信息之日起10个工作日内，公示7个工作日', '耿马镇人民政府', '1.政府网站 2.两微一端 3.会议', null, '√', '√', null, null, '√'],
    ],
    merges: ['A1:N1', ...officialHeaderMerges(2), 'B4:B6'],
  });
}

describe('importing the official table layout', () => {
  it('reads each row into an item: names without numbering, lists, structured time limits, channels, ticks', async () => {
    const result = importBytes(await gengma(), '耿马.xlsx');
    expect(result.catalogues).toHaveLength(1);
    const { name, document } = result.catalogues[0]!;
    expect(name).toBe('耿马.yaml');
    expect(document.catalogueType).toBe('基层政务公开标准目录');
    expect(document.publisher).toEqual({ name: '耿马镇人民政府', level: '乡级' });
    expect(document.items).toEqual([
      {
        id: 'social-assistance-001',
        area: '社会救助',
        level1: '最低生活保障',
        level2: '政策法规文件',
        kind: '政策文件',
        fiveDisclosures: ['决策公开'],
        content: ['国务院关于进一步加强和改进最低生活保障工作的意见(国发〔2012〕45号)', '最低生活保障审核审批办法(试行)', '各地配套政策法规文件'],
        basis: '信息公开规定',
        timeLimit: { workdays: 10, from: '制作或获取', text: '制定或获取信息之日起10个工作日内' },
        channels: ['政府网站', '纸质媒体', '便民服务站', '入户/现场'],
        audience: '全社会',
        mode: '主动',
        levels: ['乡级'],
      },
      {
        id: 'social-assistance-002',
        area: '社会救助',
        level1: '最低生活保障',
        level2: '办事指南',
        fiveDisclosures: ['服务公开'],
        content: '办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间/地点、联系方式',
        basis: '国发〔2012〕45号、各地相关政策法规文件',
        timeLimit: { workdays: 10, from: '制作或获取', text: '制定或获取信息之日起10个工作日内' },
        channels: ['政府网站', '便民服务站'],
        audience: '全社会',
        mode: '主动',
        levels: ['乡级'],
      },
      {
        id: 'social-assistance-003',
        area: '社会救助',
        level1: '最低生活保障',
        level2: '审核信息',
        fiveDisclosures: ['结果公开'],
        content: '初审对象名单及相关信息',
        basis: '国发〔2012〕45号、各地相关政策法规文件',
        timeLimit: { workdays: 10, from: '制作或获取', text: '制定或获取信息之日起10个工作日内' },
        postingPeriod: { workdays: 7 },
        channels: ['政府网站', '两微一端', '其他'],
        channelsOther: ['会议'],
        audience: '特定群体',
        mode: '主动',
        levels: ['乡级'],
      },
    ]);
  });

  it('lists every guess at its cell, for a clerk to check', async () => {
    const result = importBytes(await gengma(), '耿马.xlsx');
    expect(guessLines(result).sort()).toEqual(
      [
        'Sheet1!B4 numberingStripped', // merged over B4:B6: reported once, at its first cell
        'Sheet1!C4 numberingStripped',
        'Sheet1!C5 numberingStripped',
        'Sheet1!C6 numberingStripped',
        'Sheet1!F5 sameAsAbove',
        'Sheet1!E6 sameAsAbove',
        'Sheet1!H5 channelGlyph', // t
        'Sheet1!H5 channelGlyph', // 口
        'Sheet1!H5 channelGlyph', // ◆
        'Sheet1!H6 channelList',
        'Sheet1!H6 channelOther',
        'Sheet1!A2 levelGuess',
        'Sheet1!C4 kindGuess',
        'Sheet1!C4 fiveDisclosuresGuess',
        'Sheet1!C5 fiveDisclosuresGuess',
        'Sheet1!C6 fiveDisclosuresGuess',
        'Sheet1!A4 idGenerated',
      ].sort(),
    );
    const strip = result.guesses.find((g) => g.messageId === 'numberingStripped')!;
    expect(strip.data).toEqual({ field: '一级事项', text: '1.最低生活保障', value: '最低生活保障' });
    expect(result.guesses.find((g) => g.messageId === 'sameAsAbove')!.data).toEqual({ field: '公开时限', row: 4, value: '制定或获取信息之日起10个工作日内' });
  });

  it('takes the publisher, level and type from the options when given', async () => {
    const result = importBytes(await gengma(), '耿马.xlsx', { publisher: '耿马傣族佤族自治县耿马镇人民政府', level: '乡级' });
    expect(result.catalogues[0]!.document.publisher).toEqual({ name: '耿马傣族佤族自治县耿马镇人民政府', level: '乡级' });
    expect(guessLines(result)).not.toContain('Sheet1!A2 levelGuess');
  });
});
