import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShared } from '../../src/engine/read-shared.js';
import { validate } from '../../src/engine/validate.js';
import { tempFiles, validCatalogue } from '../helpers/files.js';

describe('readShared', () => {
  it('reads files small and larger than its buffer whole, each read replacing the last', () => {
    const large = Buffer.alloc(3 * 1024 * 1024 + 7, '目录');
    const dir = tempFiles({ 'small.yaml': 'a: 1\n', 'large.yaml': large, 'empty.yaml': '' });
    expect(readShared(join(dir, 'small.yaml')).toString()).toBe('a: 1\n');
    expect(readShared(join(dir, 'large.yaml')).equals(large)).toBe(true);
    const small = readShared(join(dir, 'small.yaml'));
    expect(small.toString()).toBe('a: 1\n');
    expect(readShared(join(dir, 'empty.yaml')).length).toBe(0);
  });

  it('gives every file of a run its own findings, though the files share one buffer', async () => {
    const good = validCatalogue;
    const dir = tempFiles({ 'a.yaml': good, 'b.yaml': `${good}\n\u0000`, 'c.yaml': good.replace('publisher:', 'publisher:\n  bad: [') });
    writeFileSync(join(dir, 'd.yaml'), readFileSync(join(dir, 'a.yaml')));
    const result = await validate({ cwd: dir, patterns: ['*.yaml'], rules: false });
    const files = [...new Set(result.report.diagnostics.map((d) => d.location.file))].sort();
    expect(files).toEqual(['b.yaml', 'c.yaml']);
  });
});
