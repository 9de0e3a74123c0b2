import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from './resources.js';

/**
 * What a build's outputs depend on besides the catalogues, as one hash: gkml itself (its version and the
 * vocabularies, schemas and templates it ships), the config file, the template override folder, the
 * registers, the calendar override, and the options of this run. When it changes, nothing is reused.
 */
export function environmentKey(parts: { version: string; configFile?: string; templateDir?: string; extraFiles: readonly string[]; options: unknown }): string {
  const hash = createHash('sha256');
  hash.update(`gkml ${parts.version}\n`);
  for (const dir of ['vocab', 'schemas', 'templates']) hashTree(hash, join(packageRoot, dir));
  if (parts.configFile) hashFile(hash, parts.configFile);
  if (parts.templateDir) hashTree(hash, parts.templateDir);
  for (const file of [...parts.extraFiles].sort()) hashFile(hash, file);
  hash.update(JSON.stringify(parts.options));
  return hash.digest('hex');
}

/** The key of one catalogue file's check: its name and bytes under the environment. */
export function fileKey(environment: string, name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(environment).update('\0').update(name).update('\0').update(bytes).digest('hex');
}

/** The key of a whole run: the environment and every catalogue file's name and bytes, in order. */
export function inputsKey(environment: string, files: readonly { name: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256').update(environment);
  for (const file of files) hash.update('\0').update(file.name).update('\0').update(String(file.bytes.length)).update('\0').update(file.bytes);
  return hash.digest('hex');
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
