import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileKey } from './build-inputs.js';
import type { CachedFile, FileCache } from './validate.js';

/** Where each file's result lives in the cache folder, by its key. */
export function cacheEntryPath(dir: string, key: string): string {
  return join(dir, 'files', key.slice(0, 2), `${key}${ENTRY}`);
}

/**
 * Entries are V8's serialisation of the result: it gives back exactly the objects that were stored (JSON would
 * drop keys whose value is undefined, and the site's page fingerprints hash catalogues as V8 serialises them),
 * and it reads faster than JSON.
 */
const ENTRY = '.v8';

export function encodeEntry(entry: CachedFile): Uint8Array {
  return serialize(entry);
}

/** Given each new entry as it is made (the CLI writes it), instead of collecting it in `pending`. */
export type CacheStore = (key: string, entry: Uint8Array) => void;

/**
 * `gkml build`'s per-file cache, read side: a file whose name and bytes (and the environment) match an
 * entry is not parsed or checked again. A new result is encoded as soon as it is made, while its objects are
 * young and close together (a third of the time the same encoding takes at the end of a large build), and given
 * to `store`, or else collected in `pending` for the CLI to write; the CLI drops entries no file used (`used`).
 */
export class BuildCache implements FileCache {
  /** New entries by key, encoded, when there is no `store`. */
  readonly pending = new Map<string, Uint8Array>();
  readonly used = new Set<string>();
  hits = 0;
  misses = 0;
  /** The key get() found for a file, so that set() for the same bytes does not hash them again. */
  private looked?: { name: string; bytes: Uint8Array; key: string };

  constructor(
    readonly dir: string,
    private readonly environment: string,
    private readonly store?: CacheStore,
  ) {}

  get(name: string, bytes: Uint8Array): CachedFile | undefined {
    const key = this.keyOf(name, bytes);
    this.looked = { name, bytes, key };
    this.used.add(key);
    const path = cacheEntryPath(this.dir, key);
    if (!existsSync(path)) return this.miss();
    try {
      const entry = deserialize(readFileSync(path)) as CachedFile;
      if (!Array.isArray(entry.diagnostics)) return this.miss();
      this.hits++;
      return entry;
    } catch {
      return this.miss(); // a damaged entry is only a miss
    }
  }

  set(name: string, bytes: Uint8Array, result: CachedFile, encoded?: Uint8Array): void {
    const key = this.keyOf(name, bytes);
    // A file a helper thread checked was never looked up here: it counts as checked, and its entry as used.
    if (!this.used.has(key)) {
      this.used.add(key);
      this.misses++;
    }
    const entry = encoded ?? encodeEntry(result);
    if (this.store) this.store(key, entry);
    else this.pending.set(key, entry);
  }

  private keyOf(name: string, bytes: Uint8Array): string {
    const looked = this.looked;
    return looked && looked.name === name && looked.bytes === bytes ? looked.key : fileKey(this.environment, name, bytes);
  }

  /** Entries in the cache folder that this run did not use. */
  stale(): string[] {
    const root = join(this.dir, 'files');
    if (!existsSync(root)) return [];
    return readdirSync(root).flatMap((prefix) =>
      readdirSync(join(root, prefix))
        .filter((name) => !name.endsWith(ENTRY) || !this.used.has(name.slice(0, -ENTRY.length)))
        .map((name) => join(root, prefix, name)),
    );
  }

  private miss(): undefined {
    this.misses++;
    return undefined;
  }
}

/** What a build keeps for the next run with nothing changed: its own data, and the files whose text it shows. */
export interface LastBuild {
  inputs: string;
  /** Files (as the report names them) whose text the next run reads again, for code frames. */
  files: string[];
  data: unknown;
}

export const LAST_BUILD = 'last-build.json';

/** The last build, if it was made from exactly these inputs, with the texts of its `files`. */
export function readLastBuild(dir: string, inputs: string, cwd: string): (LastBuild & { sources: Record<string, string> }) | undefined {
  const path = join(dir, LAST_BUILD);
  if (!existsSync(path)) return undefined;
  try {
    const last = JSON.parse(readFileSync(path, 'utf8')) as LastBuild;
    if (last.inputs !== inputs || !Array.isArray(last.files)) return undefined;
    const sources: Record<string, string> = {};
    for (const file of last.files) {
      const source = resolve(cwd, file);
      if (existsSync(source)) sources[file] = readFileSync(source, 'utf8');
    }
    return { ...last, sources };
  } catch {
    return undefined; // unreadable: the build runs in full
  }
}
