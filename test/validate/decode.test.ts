import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/parse/decode.js';

const LIMIT = 10 * 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);
/** A catalogue's worth of mostly Chinese text, well past the size from which ICU's converter decodes it. */
const large = `items:\n${'  - level1: 最低生活保障 𠀀 办事指南 (A-1) ☑\n'.repeat(400)}`;

describe('decoding a catalogue file', () => {
  it('gives exactly the text a fatal TextDecoder gives, small or large, a byte-order mark dropped', () => {
    for (const text of ['catalogueType: 主动公开基本目录\n', large]) {
      const bytes = encode(text);
      expect(bytes.length > 2048).toBe(text === large);
      expect(decodeSource(bytes, LIMIT)).toEqual({ ok: true, text });
      expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), LIMIT)).toEqual({ ok: true, text });
    }
  });

  it('refuses every ill-formed sequence in a large file as in a small one, at the same line and column', () => {
    const bad = [
      [0xc0, 0xaf], // overlong '/'
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xe0, 0x80, 0xaf], // overlong, three bytes
      [0xf0, 0x80, 0x80, 0xaf], // overlong, four bytes
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x80], // a lone continuation byte
      [0xe6, 0x9c], // cut short
    ];
    for (const sequence of bad) {
      for (const before of ['a: 公开\n', large]) {
        const result = decodeSource(new Uint8Array([...encode(`${before}b: 目录`), ...sequence, ...encode('\n')]), LIMIT);
        expect(result, JSON.stringify(sequence)).toMatchObject({ ok: false, start: { line: before.split('\n').length, column: 6 } });
        // Said to be GBK when the whole file reads as GB18030, else not UTF-8.
        expect(['notUtf8', 'gbk']).toContain((result as { messageId: string }).messageId);
      }
    }
  });
});
