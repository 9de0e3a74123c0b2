import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialChannels } from '../../src/rules/official-channels.js';
import { validCatalogue } from '../helpers/files.js';
import { expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

/** validCatalogue with other channels: `channels` on line 15, `channelsOther` on line 16 (entries from column 21). */
const withChannels = (channels: string, others?: string) =>
  validCatalogue.replace('    channels: [政府网站, 便民服务站]\n', `    channels: [${channels}]\n${others === undefined ? '' : `    channelsOther: [${others}]\n`}`);

describe('official-channels', () => {
  it('accepts other channels that really are other channels', () => {
    testRule(officialChannels, {
      valid: [
        validCatalogue,
        withChannels('政府网站, 其他', '示例省政务服务网'),
        withChannels('政府网站', '投资项目在线审批监管平台, 信用中国（示例省）网站'),
        withChannels('政府网站, 其他', '口头告知'),
        withChannels('政府网站, 其他', '口岸管理平台'),
        withChannels('政府网站, 其他', '12345热线延伸服务点'),
      ],
      invalid: [],
    });
  });

  it('reports official channels and their variants listed as other channels, with the name to select', () => {
    testRule(officialChannels, {
      valid: [],
      invalid: [
        {
          code: withChannels('政府网站', '纸质载体, 行政服务中心'),
          errors: [
            { messageId: 'variant', at: '16:21', path: 'items[0].channelsOther[0]', data: { text: '纸质载体', name: '纸质媒体' } },
            { messageId: 'variant', at: '16:27', path: 'items[0].channelsOther[1]', data: { text: '行政服务中心', name: '政务服务中心' } },
          ],
        },
        { code: withChannels('政府网站', '政府公报'), errors: [{ messageId: 'official', at: '16:21', data: { name: '政府公报' } }] },
      ],
    });
  });

  it('reports tick-box and numbering leftovers of converted tables', () => {
    testRule(officialChannels, {
      valid: [],
      invalid: [
        { code: withChannels('政府网站', '口政务服务中心'), errors: [{ messageId: 'leftoverOfficial', at: '16:21', data: { glyph: '口', name: '政务服务中心' } }] },
        { code: withChannels('政府网站', 't两微一端'), errors: [{ messageId: 'leftoverOfficial', at: '16:21', data: { glyph: 't', name: '两微一端' } }] },
        { code: withChannels('政府网站', '"1.政府公报"'), errors: [{ messageId: 'leftoverOfficial', at: '16:21', data: { glyph: '1.', name: '政府公报' } }] },
        { code: withChannels('政府网站', '◆示例省政务服务网'), errors: [{ messageId: 'leftover', at: '16:21', data: { glyph: '◆', fixed: '示例省政务服务网' } }] },
        { code: withChannels('政府网站', '■ 纸质载体'), errors: [{ messageId: 'leftoverOfficial', at: '16:21', data: { glyph: '■', name: '纸质媒体' } }] },
        { code: withChannels('政府网站', '√村民代表会议'), errors: [{ messageId: 'leftover', at: '16:21', data: { fixed: '村民代表会议' } }] },
      ],
    });
  });

  it('warns when 其他 is ticked without saying which channel', () => {
    testRule(officialChannels, {
      valid: [],
      invalid: [
        { code: withChannels('政府网站, 其他'), errors: [{ messageId: 'otherWithoutText', at: '15:22', path: 'items[0].channels[1]' }] },
        { code: withChannels('其他, 政府网站', '" "'), errors: [{ messageId: 'otherWithoutText', at: '15:16' }] },
      ],
    });
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(officialChannels);
  });
});

describe('official-channels on examples/broken/official-channels.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/official-channels.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 18 行');
    expect(runRule(officialChannels, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['variant 18:21', 'leftoverOfficial 18:27']);
  });
});
