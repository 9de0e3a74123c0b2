import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../src/core/diagnostic.js';
import { SourceDocument } from '../../src/core/source.js';
import { scanItems } from '../../src/registry/item-positions.js';

const root = new URL('../../', import.meta.url).pathname;
const FIELDS = ['id', 'level1', 'level2', 'level3', 'owner', 'timeLimit', 'powerCodes', 'fiveDisclosures', 'content', 'channels', 'basis', 'note'];

/** Every path the diff asks about, for each item of a catalogue text. */
function paths(count: number): JsonPath[] {
  const out: JsonPath[] = [];
  for (let i = 0; i < count; i++) {
    out.push(['items', i]);
    for (const field of FIELDS) {
      out.push(['items', i, field]);
      for (let j = 0; j < 4; j++) out.push(['items', i, field, j]);
    }
  }
  return out;
}

/** The scanner either agrees with the `yaml` parser exactly or does not answer. */
function agreement(text: string): { answered: number; asked: number } {
  const scan = scanItems(text);
  const source = new SourceDocument(text);
  const items = (source.toValue() as { items: unknown[] }).items;
  expect(scan?.count).toBe(items.length);
  let answered = 0;
  const all = paths(items.length);
  for (const path of all) {
    const fast = scan!.locate(path);
    if (!fast) continue;
    const exact = source.locate(path);
    expect(exact.resolved, JSON.stringify(path)).toEqual(path);
    expect({ start: fast.start, end: fast.end }, JSON.stringify(path)).toEqual({ start: exact.start, end: exact.end });
    answered++;
  }
  return { answered, asked: all.length };
}

describe('scanItems (fast item positions)', () => {
  const dir = join(root, 'examples/shili-county/catalogues');
  it.each(readdirSync(dir))('agrees with the yaml parser on %s', (file) => {
    const { answered } = agreement(readFileSync(join(dir, file), 'utf8'));
    expect(answered).toBeGreaterThan(10);
  });

  it('handles comments, quotes, compact sequences, CRLF and a file without a final newline', () => {
    const text = [
      'catalogueType: x',
      'items:',
      '  # a comment',
      '  - id: a   # trailing',
      '    level1: "q#x" # c',
      '    level2: \'it\'\'s\'',
      '    content:',
      '    - 办理条件',
      '    - 申请材料 # z',
      '    powerCodes: [SLX-1, \'SLX-2\' ]  # k',
      '    timeLimit: { workdays: 10, from: 作出决定 }',
      '',
      '  # trailing',
      '  - id: b',
      '    fiveDisclosures:',
      '      - 服务公开',
      '    note: >',
      '      folded',
      '    owner: 示例县民政局',
      '    timeLimit:',
      '      workdays: 10',
      '      # why',
      '      from: 作出决定',
      '',
      '  - id: c',
      '    basis:',
      '    - 《社会救助暂行办法》',
    ].join('\r\n');
    const { answered } = agreement(text);
    expect(answered).toBeGreaterThan(20);
    expect(scanItems(text)!.locate(['items', 1, 'timeLimit'])).toEqual({ start: { line: 21, column: 7 }, end: { line: 24, column: 1 } });
  });

  it('counts indentation as the yaml parser does around tabs and ideographic spaces in values', () => {
    const text = [
      'catalogueType: x',
      'items:',
      '  - id: a',
      '    level1: 社会救助',
      '    content:',
      '    - \u3000办理条件',
      '    - 申请材料\t',
      '    note: "\u3000全角空格开头"',
      '  - id: b',
      '    level1: 养老服务',
      '    basis: [《社会救助暂行办法》, \u3000第十条]',
    ].join('\n');
    const { answered } = agreement(text);
    expect(answered).toBeGreaterThan(8);
  });

  it('does not answer for what a line scan cannot tell', () => {
    const scan = scanItems('items:\n  - id: a\n    level1: one\n      two\n    note: |\n      x\n')!;
    expect(scan.locate(['items', 0, 'level1'])).toBeUndefined();
    expect(scan.locate(['items', 0, 'note'])).toBeUndefined();
    expect(scanItems('items: [{ id: a }]\n')).toBeUndefined();
  });
});
