import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/engine/resources.js';
import { traditionalChars } from '../../src/rules/traditional-chars.js';
import { validCatalogue } from '../helpers/files.js';
import { exampleCatalogues, expectSilentOnExamples, runRule, testRule } from '../helpers/rule-tester.js';

const table = loadVocabulary().traditionalChars ?? {};

describe('traditional-chars', () => {
  it('reports each string with traditional characters once, at its path, listing the simplified forms', () => {
    testRule(traditionalChars, {
      valid: [validCatalogue, validCatalogue.replace('level1: 最低生活保障', 'level1: 乾坤著作於后')],
      invalid: [
        {
          code: validCatalogue.replace('name: 示例县民政局', 'name: 示例縣民政局').replace('申请材料]', '申请材料, 部門公報]'),
          errors: [
            { messageId: 'traditional', at: '4:9', path: 'publisher.name', data: { pairs: '縣→县' } },
            { messageId: 'traditional', at: '12:27', path: 'items[0].content[2]', data: { pairs: '門→门、報→报' } },
          ],
        },
        { code: validCatalogue.replace('level2: 办事指南', 'level2: 辦事指南（推進鎮區開資訊條門門）'), errors: [{ messageId: 'traditional', at: '10:13', data: { pairs: '辦→办、進→进、鎮→镇、區→区、開→开、資→资、訊→讯、條→条、門→门' } }] },
        { code: validCatalogue.replace('申请材料]', '申请材料, 門戶]'), options: { allow: ['門'] }, errors: [{ messageId: 'traditional', at: '12:27', data: { pairs: '戶→户' } }] },
      ],
    });
  });

  it('has a table of traditional-only characters, none of them a simplified form in the table', () => {
    const entries = Object.entries(table);
    expect(entries.length).toBeGreaterThan(300);
    const simplified = new Set(Object.values(table));
    for (const [traditional, simple] of entries) {
      expect([...traditional], traditional).toHaveLength(1);
      expect([...simple], traditional).toHaveLength(1);
      expect(simplified.has(traditional), `${traditional} is also a simplified form`).toBe(false);
      expect(traditional).not.toBe(simple);
    }
    for (const ambiguous of ['乾', '著', '於', '後', '徵', '瞭', '祇', '夥', '干', '后', '里']) expect(table[ambiguous], ambiguous).toBeUndefined();
  });

  it('stays silent on the example workspace', () => {
    expectSilentOnExamples(traditionalChars);
    const everything = exampleCatalogues().map((c) => c.text).join('');
    expect([...everything].filter((c) => table[c] !== undefined)).toEqual([]);
  });
});

describe('traditional-chars on examples/broken/traditional-chars.yaml', () => {
  it('reports the mistake its first line describes, and nothing else', () => {
    const text = readFileSync(new URL('../../examples/broken/traditional-chars.yaml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toContain('第 13、15 行');
    expect(runRule(traditionalChars, text).map((f) => `${f.messageId} ${f.at}`)).toEqual(['traditional 13:13', 'traditional 15:15', 'traditional 15:21']);
  });
});
