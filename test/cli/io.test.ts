import { describe, expect, it } from 'vitest';
import { writeText } from '../../src/cli/io.js';

describe('writeText', () => {
  it('writes a large text in a few writes of about a million characters, in order, nothing lost', () => {
    const writes: string[] = [];
    const pieces = Array.from({ length: 30_000 }, (_, i) => `${i}：政务公开，`.repeat(10));
    writeText({ write: (text: string) => writes.push(text) }, pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
    expect(writes.slice(0, -1).every((w) => w.length >= 1 << 20)).toBe(true);
  });

  it('writes a short text once, and nothing for no pieces', () => {
    const writes: string[] = [];
    writeText({ write: (text: string) => writes.push(text) }, ['{', '}']);
    writeText({ write: (text: string) => writes.push(text) }, []);
    writeText({ write: (text: string) => writes.push(text) }, 'whole');
    expect(writes).toEqual(['{}', 'whole']);
  });
});
