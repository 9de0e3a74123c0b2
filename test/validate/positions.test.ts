import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/diagnostic.js';
import { validate } from '../../src/engine/validate.js';
import type { ParserMode } from '../../src/parse/load.js';
import { tempFiles, validCatalogue, yaml } from '../helpers/files.js';

/** Each finding as a user reads it: rule/message, line:column, path. */
async function findings(text: string, parser: ParserMode, lang: 'zh' | 'en' = 'zh') {
  const dir = tempFiles({ 'catalogue.yaml': text });
  const { report } = await validate({ cwd: dir, patterns: ['catalogue.yaml'], parser, lang, rules: false });
  return report.diagnostics.map((d) => ({
    id: `${d.ruleId}/${d.messageId}`,
    at: d.location.kind === 'yaml' ? `${d.location.start.line}:${d.location.start.column}` : d.location.kind,
    path: d.location.kind === 'yaml' ? formatPath(d.location.path) : '',
    message: d.message,
  }));
}

const replace = (from: string, to: string) => {
  if (!validCatalogue.includes(from)) throw new Error(`fixture has no "${from}"`);
  return validCatalogue.replace(from, to);
};

describe.each<ParserMode>(['fast', 'exact'])('positions with the %s parser', (parser) => {
  it('accepts the valid fixture', async () => {
    expect(await findings(validCatalogue, parser)).toEqual([]);
  });

  it('points at a missing colon (YAML syntax error)', async () => {
    const text = replace('  name: 示例县民政局', '  name 示例县民政局');
    expect(await findings(text, parser)).toEqual([
      { id: 'yaml-syntax/missingColon', at: '4:3', path: '', message: expect.stringContaining('缺少冒号') },
    ]);
  });

  it('points at the second of two duplicate keys, with its path', async () => {
    const text = replace('  level: 县级\n', '  level: 县级\n  name: 示例县财政局\n');
    expect(await findings(text, parser)).toEqual([
      { id: 'yaml-syntax/duplicateKey', at: '6:3', path: 'publisher.name', message: expect.stringContaining('“name”在同一处出现了两次') },
    ]);
  });

  it('points at the item that lacks a required field', async () => {
    const text = replace('    timeLimit: { workdays: 20, from: 形成或变更 }\n', '');
    expect(await findings(text, parser)).toEqual([
      { id: 'schema/required', at: '7:5', path: 'items[0]', message: '缺少必填字段 timeLimit（公开时限）。' },
    ]);
  });

  it('points at a wrong enum value and suggests the nearest one', async () => {
    const text = replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占, 便民服务站]');
    expect(await findings(text, parser)).toEqual([
      {
        id: 'schema/enumSuggestion',
        at: '15:16',
        path: 'items[0].channels[0]',
        message: '公开渠道和载体“政府网占”不是规定的取值。您是不是想写“政府网站”？',
      },
    ]);
  });

  it('points at an unknown key, on the key itself', async () => {
    const text = replace('    mode: 主动\n', '    mode: 主动\n    公开方式: 主动\n');
    expect(await findings(text, parser)).toEqual([
      { id: 'schema/unknownKeySuggestion', at: '18:5', path: 'items[0]["公开方式"]', message: '不认识的字段“公开方式”。您是不是想写 mode（公开方式）？' },
    ]);
  });

  it('points at a value of the wrong type', async () => {
    const text = replace('version: 2024版', 'version: 2024');
    expect(await findings(text, parser)).toEqual([
      { id: 'schema/typeQuote', at: '2:10', path: 'version', message: '版本应为文本，这里写的是整数“2024”。请给它加上引号，如 "2024"。' },
    ]);
  });

  it('reports every schema problem of a file, in source order', async () => {
    const text = yaml`
      catalogueType: 目录
      publisher: { name: 示例县民政局, level: 县级 }
      items:
        - id: a
          level1: 政策文件
          fiveDisclosures: []
          content: 42
          timeLimit: 及时
          channels: [政府网站]
          audience: 特定群众
          mode: 主动
          levels: [县级]
    `;
    const ids = (await findings(text, parser)).map((f) => `${f.at} ${f.id} ${f.path}`);
    expect(ids).toEqual([
      '1:16 schema/enumSuggestions catalogueType',
      '6:22 schema/empty items[0].fiveDisclosures',
      '7:14 schema/typeQuote items[0].content',
      '10:15 schema/enumVariant items[0].audience',
    ]);
  });

  it('speaks English with --lang en', async () => {
    const text = replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占, 便民服务站]');
    const [finding] = await findings(text, parser, 'en');
    expect(finding?.message).toBe('channels "政府网占" is not an allowed value. Did you mean "政府网站"?');
  });
});

describe('positions survive a BOM and CRLF line ends', () => {
  it.each<ParserMode>(['fast', 'exact'])('%s parser', async (parser) => {
    const text = `\uFEFF${replace('channels: [政府网站, 便民服务站]', 'channels: [政府网占, 便民服务站]').replace(/\n/g, '\r\n')}`;
    const [finding] = await findings(text, parser);
    expect(finding).toMatchObject({ id: 'schema/enumSuggestion', at: '15:16' });
  });
});
