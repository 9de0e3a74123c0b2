import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

/** What each folder of src/ may import from src/ (see src/README.md). Folders not listed may import nothing new. */
const allowed: Record<string, string[]> = {
  core: ['core'],
  model: ['core', 'model'],
  parse: ['core', 'parse'],
  schema: ['core', 'model', 'schema'],
  calendar: ['core', 'model', 'calendar'],
  rules: ['core', 'model', 'calendar', 'rules'],
  registry: ['core', 'model', 'formatters', 'registry'],
  audit: ['core', 'model', 'calendar', 'formatters', 'audit'],
  formatters: ['core', 'formatters'],
  stats: ['core', 'stats'],
  init: ['core', 'init'],
  render: ['core', 'model', 'registry', 'render'],
  importer: ['core', 'model', 'parse', 'importer'],
  engine: ['core', 'model', 'parse', 'schema', 'calendar', 'rules', 'registry', 'audit', 'importer', 'engine'],
  cli: ['core', 'model', 'parse', 'schema', 'calendar', 'rules', 'registry', 'audit', 'importer', 'engine', 'formatters', 'render', 'stats', 'init', 'cli'],
};

/** Modules only the engine and the CLI may use: they touch the outside world. */
const ioModules = ['node:fs', 'node:fs/promises', 'fs', 'fast-glob', 'node:child_process', 'node:os'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('layers (src/README.md)', () => {
  const all = files(src).filter((f) => !f.endsWith('index.ts') || relative(src, f).includes('/'));
  it.each(all.map((f) => relative(src, f)))('%s imports only what its layer may', (file) => {
    const layer = file.split('/')[0]!;
    const may = allowed[layer];
    expect(may, `add ${layer}/ to test/meta/layers.test.ts and src/README.md`).toBeDefined();
    for (const specifier of imports(join(src, file))) {
      if (specifier.startsWith('.')) {
        const target = relative(src, join(src, file, '..', specifier)).split('/')[0]!;
        expect(may, `${file} imports ${specifier}`).toContain(target);
      } else if (layer !== 'engine' && layer !== 'cli') {
        expect(ioModules, `${file} imports ${specifier}, which does I/O`).not.toContain(specifier);
      }
    }
  });

  it('only the CLI touches process', () => {
    const offenders = all.filter((f) => !relative(src, f).startsWith('cli/') && /\bprocess\.(exit|stdout|stderr|argv|env|cwd)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});
