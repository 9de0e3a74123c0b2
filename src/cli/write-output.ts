import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers only ever see the old or the complete new content:
 * the text goes to a temporary file beside the target, which is then renamed over it.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>, options: { folderMade?: boolean } = {}): void {
  if (!options.folderMade) mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(temporary, content);
    else writePieces(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A file given in pieces (a report, a page, the open data), written as writeToFd does. */
export function writePieces(path: string, pieces: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    writeToFd(fd, pieces);
  } finally {
    closeSync(fd);
  }
}

/** Where the pieces of a file are encoded before they are written: one buffer for every file, allocated once. */
const POOL_BYTES = 1 << 20;
let pool: Buffer | undefined;

/**
 * Writes a file given in pieces (a page's tables, the open data a publisher at a time): each string is encoded
 * as UTF-8 straight into a shared buffer, written out when full. A large file is never one string (which V8
 * would copy into one flat string before encoding it) nor many small writes and short-lived buffers.
 */
function writeToFd(fd: number, pieces: Iterable<string | Uint8Array>): void {
  const buffer = (pool ??= Buffer.allocUnsafe(POOL_BYTES));
  let used = 0;
  const flush = () => {
    for (let at = 0; at < used; ) at += writeSync(fd, buffer, at, used - at);
    used = 0;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    const most = typeof piece === 'string' ? piece.length * 3 : piece.length;
    if (most > POOL_BYTES - used) {
      flush();
      if (most > POOL_BYTES) {
        writeAll(fd, typeof piece === 'string' ? Buffer.from(piece) : piece);
        continue;
      }
    }
    if (typeof piece === 'string') used += buffer.write(piece, used);
    else {
      buffer.set(piece, used);
      used += piece.length;
    }
  }
  flush();
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
