import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeInBatches } from './io.js';

/**
 * Writes a file so that readers only ever see the old or the complete new content:
 * the text goes to a temporary file beside the target, which is then renamed over it.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
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

/** A text given in pieces (a report of 100,000 findings), written in batches. */
function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    writeInBatches({ write: (text: string) => writeSync(fd, text) }, pieces);
  } finally {
    closeSync(fd);
  }
}
