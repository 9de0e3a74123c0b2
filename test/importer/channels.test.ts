import { describe, expect, it } from 'vitest';
import { readChannels } from '../../src/importer/channels.js';
import { vocab } from './helpers.js';

const v = vocab();
const read = (cell: string) => {
  const r = readChannels(v, cell);
  return { channels: r.channels, other: r.other, notes: r.notes.map((n) => n.messageId) };
};

describe('reading a 公开渠道和载体 cell (primer §1.4)', () => {
  it('reads the full ■/□ checklist', () => {
    expect(read('■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 ■纸质媒体 □公开查阅点 □政务服务中心 ■便民服务站 ■入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他')).toEqual({
      channels: ['政府网站', '纸质媒体', '便民服务站', '入户/现场'],
      other: [],
      notes: [],
    });
  });

  it('reads the selected-only rendering', () => {
    expect(read('■政府网站 ■两微一端')).toEqual({ channels: ['政府网站', '两微一端'], other: [], notes: [] });
  });

  it('reads 口 (U+53E3) as □ and says so', () => {
    expect(read('■政府网站口政府公报口两微一端■便民服务站')).toEqual({ channels: ['政府网站', '便民服务站'], other: [], notes: ['channelGlyph'] });
  });

  it('reads a stray t (a lost Wingdings tick) as ■', () => {
    expect(read('t政府网站□政府公报□两微一端')).toEqual({ channels: ['政府网站'], other: [], notes: ['channelGlyph'] });
  });

  it('reads ◆ and √ as ■', () => {
    expect(read('◆政府网站 □政府公报 √公开查阅点').channels).toEqual(['政府网站', '公开查阅点']);
  });

  it('reads a numbered list and a comma list as chosen channels, unknown ones into channelsOther', () => {
    expect(read('1.政府网站 2.两微一端 3.会议')).toEqual({ channels: ['政府网站', '两微一端', '其他'], other: ['会议'], notes: ['channelList', 'channelOther'] });
    expect(read('政府网站、政务微信，公示栏')).toEqual({ channels: ['政府网站', '两微一端', '社区/企事业单位/村公示栏(电子屏)'], other: [], notes: ['channelVariant', 'channelVariant', 'channelList'] });
  });

  it('reads 其他 with its text, brackets inside and all, without mistaking 网站 in it for a channel', () => {
    expect(read('■政府网站 ■其他（信用中国（示例省）网站、公共资源交易平台）')).toEqual({ channels: ['政府网站', '其他'], other: ['信用中国（示例省）网站', '公共资源交易平台'], notes: [] });
    expect(read('□政府网站 ■其他法律服务网')).toEqual({ channels: ['其他'], other: ['法律服务网'], notes: [] });
  });

  it('maps label variants to the official names', () => {
    expect(read('■门户网站 ■行政服务中心 ■纸质载体')).toEqual({ channels: ['政府网站', '纸质媒体', '政务服务中心'], other: [], notes: ['channelVariant', 'channelVariant', 'channelVariant'] });
    expect(readChannels(v, '■行政服务中心').notes).toEqual([{ messageId: 'channelVariant', data: { label: '行政服务中心', name: '政务服务中心' } }]);
  });

  it('reads a label whose tick was lost in a checklist as chosen, and reports it', () => {
    expect(read('政府网站□政府公报□两微一端')).toEqual({ channels: ['政府网站'], other: [], notes: ['channelUnmarked'] });
  });

  it('keeps 12345政务服务热线 whole', () => {
    expect(read('■政府网站 ■12345政务服务热线 □其他').channels).toEqual(['政府网站', '12345政务服务热线']);
  });
});
