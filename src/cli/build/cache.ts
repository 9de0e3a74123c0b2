import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cacheEntryPath, LAST_BUILD, type BuildCache, type CacheStore, type LastBuild } from '../../engine/build-cache.js';
import { writeFileAtomic } from '../write-output.js';

/** Written on the main thread up to this many bytes of entries; a second thread writes the rest. */
const ASIDE_FROM = 4 * 1024 * 1024;

/**
 * Writes each new cache entry as soon as the checks make it (each atomically: an entry is valid whatever the build
 * does next), so that none is held until the end. A large build's entries go to a thread of their own, which does
 * nothing but write them (500 files' opening, writing and renaming took half a second of the main thread). The
 * first failure stops the writing and is kept for saveCache to report: the cache is only a speed-up.
 */
export class CacheWriter {
  failure?: Error;
  private readonly folders = new Set<string>();
  private written = 0;
  private thread?: Worker;
  /** The thread has exited (done, or failed): whatever comes now is written here. */
  private stopped = false;

  constructor(
    private readonly dir: string,
    private readonly asideFrom = ASIDE_FROM,
  ) {}

  readonly store: CacheStore = (key, entry) => {
    if (this.failure) return;
    const path = cacheEntryPath(this.dir, key);
    this.written += entry.length;
    if (this.written > this.asideFrom && this.aside(path, entry)) return;
    try {
      writeEntry(path, entry, this.folders);
    } catch (error) {
      this.failure = error as Error;
    }
  };

  /** Waits until every entry is written; `failure` says whether one could not be. */
  async finish(): Promise<void> {
    const thread = this.thread;
    if (!thread) return;
    const failure = await new Promise<string | undefined>((resolve) => {
      if (this.stopped) return resolve(STOPPED);
      thread.once('message', (message: { failure?: string }) => resolve(message.failure));
      thread.once('exit', () => resolve(STOPPED));
      thread.ref();
      thread.postMessage({ done: true });
    });
    if (failure) this.failure ??= new Error(failure);
  }

  /** Hands the entry to the thread (started on first use); false when there is none, and it is written here. */
  private aside(path: string, entry: Uint8Array): boolean {
    if (this.stopped || !import.meta.url.endsWith('.js')) return false;
    try {
      if (!this.thread) {
        const thread = new Worker(new URL(import.meta.url), { workerData: { role: 'gkml-cache-writer', folders: [...this.folders] } });
        // A build that fails before finish() does not wait for its cache.
        thread.unref();
        thread.on('error', () => undefined);
        thread.on('exit', () => (this.stopped = true));
        this.thread = thread;
      }
      const whole = entry.byteOffset === 0 && entry.byteLength === entry.buffer.byteLength && entry.buffer instanceof ArrayBuffer;
      this.thread.postMessage({ path, entry }, whole ? [entry.buffer as ArrayBuffer] : []);
      return true;
    } catch {
      return false; // no thread to be had: written here
    }
  }
}

const STOPPED = 'the thread writing the cache stopped';

/**
 * Saves the new per-file results not written yet and the last build, and drops entries no file used any more.
 * The cache is only a speed-up: a failure here (or the writer's) is reported by the caller as a warning, never
 * fails the build.
 */
export async function saveCache(cache: BuildCache, last: LastBuild, writer?: CacheWriter): Promise<void> {
  await writer?.finish();
  if (writer?.failure) throw writer.failure;
  for (const [key, entry] of cache.pending) writeFileAtomic(cacheEntryPath(cache.dir, key), entry);
  for (const path of cache.stale()) rmSync(path, { force: true });
  writeFileAtomic(join(cache.dir, LAST_BUILD), JSON.stringify(last));
}

/** One entry, atomically; `folders` are those made already (each entry's folder is made once, not per entry). */
function writeEntry(path: string, entry: Uint8Array, folders: Set<string>): void {
  writeFileAtomic(path, entry, { folderMade: folders.has(dirname(path)) });
  folders.add(dirname(path));
}

/** The writing thread: each entry as it comes, then one answer when told there are no more. */
function threadMain(folders: Set<string>): void {
  let failure: string | undefined;
  parentPort!.on('message', (message: { path: string; entry: Uint8Array } | { done: true }) => {
    if ('done' in message) {
      parentPort!.postMessage(failure === undefined ? {} : { failure });
      parentPort!.close();
      return;
    }
    if (failure !== undefined) return;
    try {
      writeEntry(message.path, message.entry, folders);
    } catch (error) {
      failure = (error as Error).message;
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === 'gkml-cache-writer') {
  threadMain(new Set((workerData as { folders: string[] }).folders));
}
