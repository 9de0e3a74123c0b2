import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';

/** One file of an output folder, by its path inside it; large files come in pieces, written in order. */
export interface TreeFile {
  path: string;
  content: string | Uint8Array | Iterable<string> | { reuse: string };
}

export interface TreeOptions {
  /** A file that marks a folder gkml wrote, so the next run may replace it (and nothing else). */
  marker: string;
  /** The marker's text. */
  markerText: string;
  lang: Lang;
  /** Writes one whole file; tests pass one that fails (a full disk) to check nothing is half-written. */
  writeFile?: (path: string, content: string | Uint8Array) => void;
}

const text = {
  notOurs: {
    zh: (out: string, marker: string) => `${out} 已存在，且不是 gkml 生成的文件夹（其中没有 ${marker}）。为免删除其中的文件，请改用新的或空的文件夹。`,
    en: (out: string, marker: string) => `${out} exists and is not a folder gkml wrote (it has no ${marker}). To keep its files safe, choose a new or empty folder.`,
  },
  cannotWrite: { zh: (out: string, reason: string) => `无法写入 ${out}：${reason}`, en: (out: string, reason: string) => `Cannot write ${out}: ${reason}` },
};

/**
 * Writes every file into a new folder beside `out`, then swaps it in. Anything that fails before the swap
 * (a renderer, a full disk, a read-only folder) removes the new folder and leaves the previous output as it
 * was. A file given as `{ reuse }` is hard-linked from the previous output (copied where links fail): output
 * files are only ever replaced, never changed in place, so sharing them is safe.
 */
export function writeTree(out: string, files: Iterable<TreeFile>, options: TreeOptions): number {
  const parent = dirname(out);
  const name = basename(out);
  if (existsSync(out) && !isReplaceable(out, options.marker)) throw new UsageError(text.notOurs[options.lang](out, options.marker));
  const fail = (error: unknown): never => {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') throw new UsageError(text.cannotWrite[options.lang](out, error.message));
    throw error;
  };
  try {
    mkdirSync(parent, { recursive: true });
    removeAbandoned(parent, name);
  } catch (error) {
    fail(error);
  }
  const building = join(parent, `.${name}.gkml-build-${process.pid}`);
  let count = 0;
  try {
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building);
    for (const file of files) {
      const target = join(building, file.path);
      if (relative(building, target).startsWith('..')) throw new Error(`output file outside the folder: ${file.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeContent(target, file.content, out, options.writeFile ?? writeFileSync);
      count++;
    }
    writeFileSync(join(building, options.marker), options.markerText);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    fail(error);
  }
  const previous = join(parent, `.${name}.gkml-old-${process.pid}`);
  try {
    if (existsSync(out)) renameSync(out, previous);
    renameSync(building, out);
  } catch (error) {
    if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
    rmSync(building, { recursive: true, force: true });
    fail(error);
  }
  rmSync(previous, { recursive: true, force: true });
  return count;
}

function writeContent(target: string, content: TreeFile['content'], out: string, writeFile: (path: string, content: string | Uint8Array) => void): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(target, content);
  if ('reuse' in content) return reuse(join(out, content.reuse), target);
  const fd = openSync(target, 'w');
  try {
    for (const piece of content) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

function reuse(from: string, target: string): void {
  try {
    linkSync(from, target);
  } catch {
    copyFileSync(from, target);
  }
}

function isReplaceable(out: string, marker: string): boolean {
  if (!statSync(out).isDirectory()) return false;
  return existsSync(join(out, marker)) || readdirSync(out).length === 0;
}

/** Build folders left by a run that was killed (its process is gone) are removed. */
function removeAbandoned(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.gkml-(?:build|old)-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const pid = pattern.exec(entry)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
