import { describe, expect, it } from 'vitest';
import { writeText } from '../../src/cli/io.js';

describe('writeText', () => {
  it('writes a large text in writes of some thousands of characters (not one per piece, none of a megabyte), in order, nothing lost', () => {
    const writes: string[] = [];
    const pieces = Array.from({ length: 30_000 }, (_, i) => `${i}：政务公开，`.repeat(10));
    writeText({ write: (text: string) => writes.push(text) }, pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeLessThan(pieces.length / 100);
    // Each under 64K characters, so that V8 keeps it in its young generation.
    expect(writes.every((w) => w.length < 1 << 16)).toBe(true);
    expect(writes.slice(0, -1).every((w) => w.length >= 16_000)).toBe(true);
  });

  it('writes a short text once, and nothing for no pieces', () => {
    const writes: string[] = [];
    writeText({ write: (text: string) => writes.push(text) }, ['{', '}']);
    writeText({ write: (text: string) => writes.push(text) }, []);
    writeText({ write: (text: string) => writes.push(text) }, 'whole');
    expect(writes).toEqual(['{}', 'whole']);
  });
});
