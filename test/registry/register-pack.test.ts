import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegisters } from '../../src/engine/register.js';
import { packRead, unpackRead } from '../../src/engine/register-pack.js';

describe('a register read packed for the trip between threads', () => {
  it('comes back the same, key for key and in the same order, for the example workbooks and CSV', async () => {
    const cwd = resolve('examples/shili-county');
    const read = await readRegisters(['registers/*'], { cwd, base: cwd, lang: 'zh' });
    expect(read.files.map((f) => f.file.replace(/.*\./, '')).sort()).toEqual(expect.arrayContaining(['csv', 'xlsx']));
    expect(read.files.reduce((n, f) => n + f.powers.length, 0)).toBeGreaterThan(100);
    const back = unpackRead(structuredClone(packRead(read)));
    expect(back).toEqual(read);
    expect(JSON.stringify(back)).toBe(JSON.stringify(read));
    // Rows of one sheet share their columns, as read.
    const sheetRows = back.files.flatMap((f) => f.powers).filter((p) => p.origin.kind === 'sheet');
    expect(new Set(sheetRows.map((p) => (p.origin as { columns: object }).columns)).size).toBeLessThan(sheetRows.length);
  });

  it('keeps powers of different shapes (sub-items, optional fields) and origins in YAML', async () => {
    const read = {
      files: [
        {
          file: 'r.yaml',
          powers: [
            { code: 'A', name: '甲', origin: { kind: 'yaml' as const, file: 'r.yaml', path: ['powers', 0], start: { line: 2, column: 3 }, end: { line: 3, column: 1 }, fields: {} } },
            { code: 'B', name: '乙', mainItem: '甲', type: '行政许可', typeAsWritten: 'XK', origin: { kind: 'sheet' as const, file: 'r.xlsx', sheet: 'S', row: 4, columns: { name: 2 } } },
            { code: '', name: '丙', type: undefined, origin: { kind: 'sheet' as const, file: 'r.xlsx', sheet: 'S', row: 5, columns: { name: 2 } } },
          ],
          findings: [],
          department: '示例县民政局',
        },
      ],
      diagnostics: [],
      sources: {},
    };
    const back = unpackRead(structuredClone(packRead(read)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(read));
    expect(back.files[0]!.powers.map((p) => Object.keys(p))).toEqual(read.files[0]!.powers.map((p) => Object.keys(p)));
  });
});
