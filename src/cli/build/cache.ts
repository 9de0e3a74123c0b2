import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheEntryPath, encodeEntry, LAST_BUILD, type BuildCache, type LastBuild } from '../../engine/build-cache.js';
import { writeFileAtomic } from '../write-output.js';

/**
 * Saves the new per-file results and the last build, and drops entries no file used any more. The cache is
 * only a speed-up: a failure here is reported by the caller as a warning, never fails the build.
 */
export function saveCache(cache: BuildCache, last: LastBuild): void {
  for (const [key, entry] of cache.pending) writeFileAtomic(cacheEntryPath(cache.dir, key), entry instanceof Uint8Array ? entry : encodeEntry(entry));
  for (const path of cache.stale()) rmSync(path, { force: true });
  writeFileAtomic(join(cache.dir, LAST_BUILD), JSON.stringify(last));
}
