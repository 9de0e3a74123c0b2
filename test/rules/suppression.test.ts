import { describe, expect, it } from 'vitest';
import { uniqueItemId } from '../../src/rules/unique-item-id.js';
import { validCatalogue } from '../helpers/files.js';
import { runRule } from '../helpers/rule-tester.js';

const duplicate = (comment: string) => `${validCatalogue}${comment}  - id: shjz-001
    level1: 最低生活保障
    fiveDisclosures: [结果公开]
    content: [名单]
    timeLimit: { workdays: 10 }
    channels: [政府网站]
    audience: 特定群体
    mode: 主动
    levels: [乡级]
`;

const seen = (text: string) => runRule(uniqueItemId, text).map((f) => `${f.at} ${f.ruleId}/${f.messageId}`);

describe('inline suppression', () => {
  it('a suppression with a reason hides the finding on the next line with content', () => {
    expect(seen(duplicate('  # gkml-disable-next-line unique-item-id -- 与市局编号保持一致，待统一调整\n  #\n'))).toEqual([]);
  });

  it('a suppression without a reason hides nothing and is itself a finding', () => {
    expect(seen(duplicate('  # gkml-disable-next-line unique-item-id\n'))).toEqual([
      '19:3 gkml-disable/suppressionNoReason',
      '20:9 unique-item-id/duplicate',
    ]);
  });

  it('an unknown rule id and an unused suppression are reported', () => {
    expect(seen(duplicate('  # gkml-disable-next-line no-such-rule -- 理由\n'))).toEqual(['19:3 gkml-disable/suppressionUnknownRule', '20:9 unique-item-id/duplicate']);
    expect(seen(validCatalogue.replace('  - id: shjz-001', '  # gkml-disable-next-line unique-item-id -- 理由\n  - id: shjz-001'))).toEqual(['7:3 gkml-disable/suppressionUnused']);
  });

  it('gkml-disable-file covers the whole file; a directive inside a quoted value is not a comment', () => {
    expect(seen(`# gkml-disable-file unique-item-id -- 历史目录，整体调整中\n${duplicate('')}`)).toEqual([]);
    expect(seen(duplicate('').replace('content: [名单]', 'content: ["名单 # gkml-disable-file unique-item-id -- x"]'))).toEqual(['19:9 unique-item-id/duplicate']);
  });
});
