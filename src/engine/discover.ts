import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { CONFIG_FILE } from './config.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', `**/${CONFIG_FILE}`];

/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute catalogue files.
 * A folder means every .yaml/.yml file below it; a name that matches nothing is a usage error.
 */
export async function discoverFiles(patterns: readonly string[], base: string, ignore: readonly string[], lang: Lang): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = await expand(pattern, base, ignore);
    if (matches.length === 0) {
      throw new UsageError(lang === 'zh' ? `找不到目录文件：${pattern}` : `No catalogue files found for: ${pattern}`);
    }
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}

async function expand(pattern: string, base: string, ignore: readonly string[]): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(base, pattern);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (stat?.isFile()) return [absolute];
  const glob = stat?.isDirectory() ? `${toPosix(absolute)}/**/*.{yaml,yml}` : toPosix(absolute);
  const ignored = [...ALWAYS_IGNORED, ...ignore.map((i) => (isAbsolute(i) ? toPosix(i) : `${toPosix(base)}/${i}`))];
  return fg(fg.isDynamicPattern(glob) ? glob : fg.escapePath(glob), { absolute: true, onlyFiles: true, ignore: ignored, dot: false });
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** How a file is shown in reports: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return toPosix(rel === '' ? file : rel);
}
