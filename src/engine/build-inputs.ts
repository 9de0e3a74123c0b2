import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from './resources.js';

/**
 * What a catalogue file's check depends on besides its bytes, as one hash: gkml itself (its version and the
 * vocabularies and schemas it ships), the config file (rules and their settings), the calendar override, and the
 * options that change findings (language, profile). It keys the per-file cache and the workbooks' fingerprints,
 * so the page date, the templates or the register never make a file be checked or a workbook made again.
 */
export function environmentKey(parts: { version: string; configFile?: string; extraFiles: readonly string[]; options: unknown }): string {
  const hash = createHash('sha256');
  hash.update(`gkml ${parts.version}\n`);
  for (const dir of ['vocab', 'schemas']) hashTree(hash, join(packageRoot, dir));
  if (parts.configFile) hashFile(hash, parts.configFile);
  for (const file of [...parts.extraFiles].sort()) hashFile(hash, file);
  hash.update(JSON.stringify(parts.options));
  return hash.digest('hex');
}

/**
 * Everything else a build's outputs depend on, over the environment: the templates gkml ships and the override
 * folder, the registers, and this run's options (the page date, the outputs asked for). With the catalogues'
 * bytes (inputsKey) it tells a run that would change nothing.
 */
export function runKey(environment: string, parts: { templateDir?: string; extraFiles: readonly string[]; options: unknown }): string {
  const hash = createHash('sha256');
  hash.update(environment);
  hashTree(hash, join(packageRoot, 'templates'));
  if (parts.templateDir) hashTree(hash, parts.templateDir);
  for (const file of [...parts.extraFiles].sort()) hashFile(hash, file);
  hash.update(JSON.stringify(parts.options));
  return hash.digest('hex');
}

/** The key of one catalogue file's check: its name and bytes under the environment. */
export function fileKey(environment: string, name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(environment).update('\0').update(name).update('\0').update(bytes).digest('hex');
}

/**
 * The key of a whole run: the run key and every catalogue file's name and fileKey (which stands for its bytes, so
 * they are hashed once), added in order as each is read.
 */
export function inputsKey(run: string): { add(name: string, fileKey: string): void; digest(): string } {
  const hash = createHash('sha256').update(run);
  return {
    add: (name, key) => void hash.update('\0').update(name).update('\0').update(key),
    digest: () => hash.digest('hex'),
  };
}

function hashFile(hash: ReturnType<typeof createHash>, file: string): void {
  hash.update(`\0${file}\0`);
  hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return hashFile(hash, dir);
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((path) => statSync(join(dir, path)).isFile()).sort();
  for (const path of files) {
    hash.update(`\0${relative(dir, join(dir, path)).split(sep).join('/')}\0`);
    hash.update(readFileSync(join(dir, path)));
  }
}
