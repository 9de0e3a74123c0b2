import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { writePieces } from './write-output.js';

/** One file of an output folder, by its path inside it; large files come in pieces, written in order. */
export interface TreeFile {
  path: string;
  content: string | Uint8Array | Iterable<string | Uint8Array> | { reuse: string };
}

export interface TreeOptions {
  /** A file that marks a folder gkml wrote, so the next run may replace it (and nothing else). */
  marker: string;
  /** The marker's text (or given to TreeWriter's commit, when it is known only then). */
  markerText?: string;
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
  const writer = new TreeWriter(out, options);
  try {
    for (const file of files) writer.add(file);
  } catch (error) {
    writer.abort(error);
  }
  return writer.commit();
}

/**
 * writeTree in steps, for a caller that adds files as they become ready (some made on another thread): `add`
 * writes into the new folder, `commit` swaps it in, `abort` removes it and rethrows (a file-system error as a
 * UsageError naming the folder). Nothing is visible at `out` before `commit`.
 */
export class TreeWriter {
  private readonly building: string;
  private count = 0;

  constructor(
    private readonly out: string,
    private readonly options: TreeOptions,
  ) {
    const parent = dirname(out);
    const name = basename(out);
    if (existsSync(out) && !isReplaceable(out, options.marker)) throw new UsageError(text.notOurs[options.lang](out, options.marker));
    try {
      mkdirSync(parent, { recursive: true });
      removeAbandoned(parent, name);
    } catch (error) {
      this.fail(error);
    }
    this.building = join(parent, `.${name}.gkml-build-${process.pid}`);
    try {
      rmSync(this.building, { recursive: true, force: true });
      mkdirSync(this.building);
    } catch (error) {
      this.abort(error);
    }
  }

  add(file: TreeFile): void {
    try {
      const target = join(this.building, file.path);
      if (relative(this.building, target).startsWith('..')) throw new Error(`output file outside the folder: ${file.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeContent(target, file.content, this.out, this.options.writeFile ?? writeFileSync);
      this.count++;
    } catch (error) {
      this.abort(error);
    }
  }

  /** Writes the marker (its text given now, or the options') and swaps the new folder in; returns how many files it holds. */
  commit(markerText = this.options.markerText ?? ''): number {
    const { out, building } = this;
    try {
      writeFileSync(join(building, this.options.marker), markerText);
    } catch (error) {
      this.abort(error);
    }
    const previous = join(dirname(out), `.${basename(out)}.gkml-old-${process.pid}`);
    try {
      if (existsSync(out)) renameSync(out, previous);
      renameSync(building, out);
    } catch (error) {
      if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
      this.abort(error);
    }
    rmSync(previous, { recursive: true, force: true });
    return this.count;
  }

  /** Removes the new folder, leaving `out` as it was: what was written is not to be published after all. */
  discard(): void {
    rmSync(this.building, { recursive: true, force: true });
  }

  /** Removes the new folder and rethrows. */
  abort(error: unknown): never {
    rmSync(this.building, { recursive: true, force: true });
    return this.fail(error);
  }

  private fail(error: unknown): never {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') throw new UsageError(text.cannotWrite[this.options.lang](this.out, error.message));
    throw error;
  }
}

function writeContent(target: string, content: TreeFile['content'], out: string, writeFile: (path: string, content: string | Uint8Array) => void): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(target, content);
  if ('reuse' in content) return reuse(join(out, content.reuse), target);
  writePieces(target, content);
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
