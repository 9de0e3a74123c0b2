import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { needsExactParser } from '../../src/parse/divergence.js';
import { readPlainYaml } from '../../src/parse/plain-yaml.js';
import { validCatalogue } from '../helpers/files.js';

const root = new URL('../../', import.meta.url).pathname;

/** js-yaml's value, or 'throws'. */
function jsYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return 'throws';
  }
}

/**
 * The plain reader either gives up or gives exactly js-yaml's value (same keys in the same order, same types),
 * and only for a text that needsExactParser would leave to the fast path.
 */
function expectSameAsJsYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  expect(needsExactParser(text), text).toBe(false);
  const reference = jsYaml(text);
  expect(plain, text).toStrictEqual(reference);
  expect(JSON.stringify(plain), text).toBe(JSON.stringify(reference));
  // Sharing repeated values (for a caller that keeps them) changes nothing in the value.
  expect(JSON.stringify(readPlainYaml(text, true)), text).toBe(JSON.stringify(reference));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);
}

describe('the plain YAML reader gives js-yaml’s value or gives up', () => {
  it('reads every example catalogue itself, with js-yaml’s value', () => {
    const files = yamlFiles(`${root}examples/shili-county/catalogues`);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(expectSameAsJsYaml(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('on the broken examples and the benchmark files (when generated)', () => {
    const bench = `${root}bench/.work/ws-1k/catalogues`;
    for (const file of [...yamlFiles(`${root}examples/broken`), ...(existsSync(bench) ? yamlFiles(bench) : [])]) {
      expectSameAsJsYaml(readFileSync(file, 'utf8'));
    }
  });

  it('on the shapes it reads and the ones it leaves to js-yaml', () => {
    const read = [
      'a: 1\nb: true\nc: ~\nd: 1.5\ne: 0x1F\nf: 010\ng: .inf\ni: null\nj: 2024-06-30\nk: 0000-1000000\n',
      "a: 'it''s'\nb: \"x 'y' z\"\nc: ''\nd: \"\"\n",
      'list:\n- a\n- b\nnext: [x, y]\nmap: {k: 1, j: \'q\'}\nempty: []\nnone: {}\n',
      'items:\n  - id: a\n    n:\n      - 1\n      -   2\n  -   id: b\n      x: y\n',
      'a:\n  # a comment\n  b: c\n\n# another\nd:\n',
      'url: http://example.com/a?b=c\nnote: 他说\'好\'\nx: a, b\n',
      'a: [ 1 , two ,  \'th ree\' ]\nb: { x: 1 ,y: "2" }\n',
    ];
    for (const text of read) expect(expectSameAsJsYaml(text), text).toBe(true);
    const left = [
      'a: b # c\n', 'a: |\n  x\n', 'a: "x\\ty"\n', 'a: [b, [c]]\n', 'a: {b: [c]}\n', 'a: b\n  c\n', 'a: b: c\n', '- a\n',
      'a:\n-\n  b\n', '"a": 1\n', 'a: 1\na: 2\n', '__proto__: 1\n', 'a: &x 1\nb: *x\n', '  a: 1\n', 'a: 1\r\nb: 2\n', '---\na: 1\n',
      'a: [b,\n  c]\n', 'a: \'b\n  c\'\n', 'a: @b\n', 'a: -1\n', '? a\n: b\n', 'a : 1\n', '', 'a: x : y\n', "a: 'x : y'\n", 'a: x [y\n', 'a: x \'y\n', '# a : b\nc: d\n', 'a: b#c\n', '1: a\n', 'a: b ?\n', 'a: b |\n', 'a: x\u2028%y\n', 'true: 1\n~: 2\n1.0: 3\n',
    ];
    for (const text of left) {
      const plain = readPlainYaml(text);
      // Giving up is allowed here; what it must never do is disagree with js-yaml.
      if (plain !== undefined) expectSameAsJsYaml(text);
    }
    expect(readPlainYaml('a: b # c\n')).toBeUndefined();
    expect(readPlainYaml('a: 1\na: 2\n')).toBeUndefined();
  });

  it('on generated damage to a valid catalogue', () => {
    const base = `${validCatalogue}  - id: shjz-002
    content:
      - "申请 材料"
      - '它''s'
    note: 多行文本
    flow: { a: 1, b: 'x' }
`;
    const lines = base.split('\n');
    const junk = fc.constantFrom(
      ...[':', ' ', '\t', '-', '"', "'", '[', ']', '{', '}', '#', '&a ', '*a', '2024', '政府网占', '\n', '  ', '? ', '|', '>', ', '],
      ...['null', '~', ',', '!', '%', '@', '`', ': ', '- ', '\\', 'true', '0x1F', '.inf', '1e3', '--- ', '...', '\r', '\u0001', '__proto__'],
    );
    const damage = fc.array(fc.record({ line: fc.nat(lines.length - 1), at: fc.nat(40), insert: junk, remove: fc.nat(3) }), { minLength: 1, maxLength: 4 });
    let readByPlain = 0;
    fc.assert(
      fc.property(damage, (edits) => {
        const copy = [...lines];
        for (const { line, at, insert, remove } of edits) {
          const text = copy[line]!;
          const cut = Math.min(at, text.length);
          copy[line] = text.slice(0, cut) + insert + text.slice(cut + remove);
        }
        if (expectSameAsJsYaml(copy.join('\n'))) readByPlain++;
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect(readByPlain).toBeGreaterThan(100); // the property tested the reader, not only its giving up
  });
});
