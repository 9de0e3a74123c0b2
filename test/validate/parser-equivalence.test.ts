import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { toDiagnostic } from '../../src/core/finding.js';
import { mergeMessageTables } from '../../src/core/messages.js';
import { loadSchema, loadVocabulary } from '../../src/engine/resources.js';
import { loadCatalogueText, type ParserMode } from '../../src/parse/load.js';
import { inputMessages } from '../../src/parse/messages.js';
import { schemaMessages } from '../../src/schema/messages.js';
import { createSchemaValidator } from '../../src/schema/validate.js';
import { validCatalogue } from '../helpers/files.js';

/** What a user sees of a run: every finding's rule, message and place. */
async function seen(cwd: string, patterns: string[], parser: ParserMode) {
  const { report, catalogues } = await validate({ cwd, patterns, parser });
  return { diagnostics: report.diagnostics, catalogues };
}

const root = new URL('../../', import.meta.url).pathname;

const validator = createSchemaValidator(loadSchema('catalogue'), loadVocabulary());
const messages = mergeMessageTables(inputMessages, schemaMessages);

/** The engine's per-file steps, in memory: parse, schema, findings → diagnostics. */
function checkText(text: string, parser: ParserMode) {
  const loaded = loadCatalogueText(text, parser);
  const findings = loaded.value ? validator.validate(loaded.value, 'zh') : loaded.findings;
  return { value: loaded.value, diagnostics: findings.map((f) => toDiagnostic(f, 'c.yaml', loaded.source(), messages, 'zh')) };
}

describe('the fast parser (js-yaml) and the exact parser (yaml) report the same findings at the same places', () => {
  it('on the example workspace and every broken example', async () => {
    const broken = readdirSync(`${root}examples/broken`).filter((f) => /\.ya?ml$/.test(f)).map((f) => `examples/broken/${f}`);
    for (const patterns of [['examples/shili-county'], ...broken.map((f) => [f])]) {
      expect(await seen(root, patterns, 'fast'), patterns[0]).toEqual(await seen(root, patterns, 'exact'));
    }
  });

  it('on generated damage to a valid catalogue: any edit, both parsers, same findings', async () => {
    const base = `${validCatalogue}  - id: shjz-002
    content:
      - "申请 材料"
      - '它''s'
    note: 多行文本 # 注释
`;
    const lines = base.split('\n');
    const junk = fc.constantFrom(
      ...[':', ' ', '\t', '-', '"', "'", '[', ']', '{', '}', '#', '&a ', '*a', '2024', '政府网占', '\n', '  ', '? ', '|', '>'],
      ...['null', '~', ',', '!', '%', '@', '`', ': ', '- ', '\\', 'true', '0x1F', '.inf', '1e3', '--- ', '...'],
    );
    const damage = fc.array(fc.record({ line: fc.nat(lines.length - 1), at: fc.nat(40), insert: junk, remove: fc.nat(3) }), {
      minLength: 1,
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const copy = [...lines];
        for (const { line, at, insert, remove } of edits) {
          const text = copy[line]!;
          const cut = Math.min(at, text.length);
          copy[line] = text.slice(0, cut) + insert + text.slice(cut + remove);
        }
        const text = copy.join('\n');
        expect(checkText(text, 'fast')).toEqual(checkText(text, 'exact'));
      }),
      { numRuns: 400, seed: 20261125 },
    );
  }, 120_000);
});
