import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/core/messages.js';
import { rules } from '../../src/rules/index.js';

const root = new URL('../../', import.meta.url).pathname;
const ruleFiles = readdirSync(`${root}src/rules`).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'run.ts', 'suppression.ts'].includes(f) && !f.startsWith('_'));

describe('the rule registry', () => {
  it('lists every rule file exactly once, sorted by id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has tests, docs, and messages in both languages', (id, rule) => {
    expect(existsSync(`${root}test/rules/${id}.test.ts`), `test/rules/${id}.test.ts`).toBe(true);
    const docs = `${root}docs/rules/${id}.md`;
    expect(existsSync(docs), `docs/rules/${id}.md`).toBe(true);
    expect(readFileSync(docs, 'utf8')).toMatch(new RegExp(`^# ${id}\\b`));
    expect(rule.meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.meta.description.en).toMatch(/^[A-Z]/);
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      const zh = [...text.zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const en = [...text.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(en, `${id}/${messageId}: the same placeholders in zh and en`).toEqual(zh);
      expect(text.zh, `${id}/${messageId}`).toMatch(/[\u4e00-\u9fff]/);
      expect(() => formatMessage(text.zh, Object.fromEntries(zh.map((k) => [k!, 'x'])))).not.toThrow();
    }
  });

  it('docs/rules/README.md lists every rule', () => {
    const index = readFileSync(`${root}docs/rules/README.md`, 'utf8');
    for (const rule of rules) expect(index).toContain(`[${rule.meta.id}](${rule.meta.id}.md)`);
  });
});
