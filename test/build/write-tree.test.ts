import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree, type TreeFile } from '../../src/cli/write-tree.js';
import { tempFiles } from '../helpers/files.js';
import { contents, snapshot } from './helpers.js';

const options = { marker: '.gkml-build.json', markerText: '{}\n', lang: 'zh' as const };

function previousOutput(): { parent: string; out: string } {
  const parent = tempFiles({});
  const out = join(parent, 'public');
  writeTree(out, [{ path: 'site/index.html', content: '<p>old</p>' }, { path: 'xlsx/a.xlsx', content: new Uint8Array([1, 2, 3]) }], options);
  return { parent, out };
}

describe('writeTree', () => {
  it('a disk that fills up half-way leaves the previous output byte for byte, and no temporary folder behind', () => {
    const { parent, out } = previousOutput();
    const before = contents(snapshot(out));
    let written = 0;
    const fullDisk = (path: string, content: string | Uint8Array) => {
      if (++written > 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileSync(path, content);
    };
    const files: TreeFile[] = ['a', 'b', 'c', 'd'].map((name) => ({ path: `site/${name}.html`, content: `<p>${name}</p>` }));
    expect(() => writeTree(out, files, { ...options, writeFile: fullDisk })).toThrow('无法写入');
    expect(contents(snapshot(out))).toEqual(before);
    expect(readdirSync(parent)).toEqual(['public']);
  });

  it('reuses a previous file by hard link, so an unchanged page is neither rendered nor copied', () => {
    const { out } = previousOutput();
    const before = snapshot(out);
    writeTree(out, [{ path: 'site/index.html', content: { reuse: 'site/index.html' } }, { path: 'site/new.html', content: ['<p>', 'new', '</p>'] }], options);
    const after = snapshot(out);
    expect(after['site/index.html']!.ino).toBe(before['site/index.html']!.ino);
    expect(readFileSync(join(out, 'site/new.html'), 'utf8')).toBe('<p>new</p>');
    expect(after['xlsx/a.xlsx']).toBeUndefined(); // what the new tree does not list is gone
  });

  it('refuses a path that would land outside the folder', () => {
    const { out } = previousOutput();
    const before = contents(snapshot(out));
    expect(() => writeTree(out, [{ path: '../escape.html', content: 'x' }], options)).toThrow(/outside/);
    expect(contents(snapshot(out))).toEqual(before);
  });

  it('removes build folders a killed run left beside the output', () => {
    const { parent, out } = previousOutput();
    mkdirSync(join(parent, '.public.gkml-build-999999999'));
    writeTree(out, [{ path: 'x.html', content: 'x' }], options);
    expect(readdirSync(parent)).toEqual(['public']);
  });

  it('writes a file given in pieces (strings and bytes, small and larger than its buffer) byte for byte', () => {
    const { out } = previousOutput();
    const big = '公开目录'.repeat(300_000); // 3.6 MB of UTF-8, more than the writer's buffer
    const pieces = ['<p>', '示例', new TextEncoder().encode('县𠀀'), big, '</p>', ...Array.from({ length: 5000 }, (_, i) => `<i>${i}行</i>`)];
    writeTree(out, [{ path: 'site/big.html', content: pieces }], options);
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
    expect(readFileSync(join(out, 'site/big.html')).equals(expected)).toBe(true);
  });
});

