import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData, type TransferListItem } from 'node:worker_threads';
import type { DisclosureRow } from '../core/report.js';
import { loadCatalogueBytes, type LoadLimits, type ParserMode } from '../parse/load.js';
import { disclosureMatrix } from '../rules/_matrix.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { AJV_OPTIONS, compileSchema, type CheckFunction } from '../schema/validate.js';
import type { Catalogue } from '../model/catalogue.js';
import { checkLoadedFile, type FileChecks } from './check-file.js';
import { fileChecks, type CheckSettings } from './file-checks.js';
import { loadSchema } from './resources.js';

/**
 * Helpers for large runs: worker threads that take files from the same queue as the main thread and
 * answer one question per file, "clean or not?" — and, for a run that keeps its catalogues, hand back each
 * clean file's catalogue (V8's serialisation, which is also what `gkml build`'s cache stores) with the bytes
 * it was read from. Every file that is not clean is checked again on the main thread by the one code path
 * that reports findings, so helpers can change the speed of a run but never its findings or their positions.
 */

/** Below this much YAML, starting a thread costs more than it saves. */
const MIN_BYTES = 4 * 1024 * 1024;
/** Helper threads used at most when asked for: one less than the cores, and no more than this. */
export const MAX_HELPERS = 3;

/**
 * Off unless asked for (`threads`): on the 2-core machines this project runs on, a helper made 100,000 items
 * slower, not faster (2026-11-25, `bench/`: 7.6–8.4 s on the main thread alone against 10.1–13.2 s with one
 * helper, and more CPU time), most likely because the threads share one process's page faults and heap growth.
 */
export const DEFAULT_HELPERS = 0;

/**
 * For a run that keeps its catalogues (`gkml diff`, `gkml build`), a helper hands back what it parsed: the main
 * thread is spared its share of the parsing and pays for reading back V8's serialisation of it (about a quarter
 * as much). Off too on the 2-core machines this project runs on (2026-12-04, `gkml diff` of 100,000 items, quiet
 * machine, three interleaved runs: 9.1–9.3 s with a helper against 8.1–8.7 s without, and 2.3 s more CPU): two
 * threads that allocate as fast as parsing does slow each other down there (two processes that only allocate
 * take 1.8× as long side by side as one alone), which eats what the second core gives.
 */
export const KEEPING_HELPERS = 0;

/** How the run checks each file: the helpers build the very same checks from it. */
export interface RunSettings {
  parser: ParserMode;
  limits: LoadLimits;
  settings: CheckSettings;
  /** Helpers start from this much YAML on (tests lower it); default MIN_BYTES. */
  threadsFrom?: number;
}

interface Job extends RunSettings {
  role: 'gkml-validate-helper';
  files: string[];
  /** The files as reports name them (a kept catalogue's `file`). */
  names: string[];
  /** The shared queue: the index of the next file nobody has taken. */
  next: Int32Array;
  /** Hand back each clean file's result (and its text, with `texts`), not only its index. */
  keep: boolean;
  texts: boolean;
}

interface Answer {
  /** Indexes of the files that parsed, passed the schema and the rules with nothing to report. */
  clean: number[];
  /** The five disclosures × area rows of those files. */
  disclosures: DisclosureRow[];
  /** With `keep`: per clean file, in the order of `clean`. */
  kept: KeptFile[];
}

/** A clean file as a helper read and checked it. */
export interface KeptFile {
  /** The bytes checked (the cache's key is made from them). */
  bytes: Uint8Array;
  /** V8's serialisation of `{ diagnostics: [], catalogue }`. */
  entry: Uint8Array;
  text?: string;
}

/** A kept file's result, as the main thread uses it. */
export function keptResult(file: KeptFile): { diagnostics: []; catalogue: Catalogue } {
  return deserialize(file.entry) as { diagnostics: []; catalogue: Catalogue };
}

export interface Helpers {
  /** Takes the next file off the shared queue; `files.length` or more means none are left. */
  take(): number;
  /** Waits for the helpers: the files they found clean (any other file they took is not), and their summary rows. */
  finish(): Promise<{ clean: Set<number>; disclosures: DisclosureRow[]; kept: Map<number, KeptFile> }>;
}

/** What the helpers are asked to hand back besides "clean or not". */
export interface KeepSettings {
  keep: boolean;
  texts: boolean;
}

/** The compiled catalogue schema: the code generated at build time when it matches, otherwise ajv's. */
export async function loadCheck(schema: SchemaNode): Promise<CheckFunction> {
  return (await precompiledCheck(schema)) ?? compileSchema(schema);
}

/**
 * The validator that `npm run build` generates (scripts/build-validator.mjs), which saves compiling the
 * schema on every run; used only if it was built from this very schema with the same options. Run from
 * the TypeScript sources (tests), there is none.
 */
async function precompiledCheck(schema: SchemaNode): Promise<CheckFunction | undefined> {
  try {
    const generated = (await import(new URL('../schema/catalogue-validator.js', import.meta.url).href)) as { validate: CheckFunction; schemaJson: string; optionsJson: string };
    const fresh = generated.schemaJson === JSON.stringify(schema) && generated.optionsJson === JSON.stringify(AJV_OPTIONS);
    return fresh ? generated.validate : undefined;
  } catch {
    return undefined;
  }
}

/** Starts up to `most` helper threads for a run this large, or returns a plain queue for the main thread alone. */
export function startHelpers(files: string[], names: string[], sizes: number[], run: RunSettings, most = DEFAULT_HELPERS, keep: KeepSettings = { keep: false, texts: false }): Helpers {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = () => Atomics.add(next, 0, 1);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const count = Math.min(most, MAX_HELPERS, availableParallelism() - 1, Math.floor(files.length / 4));
  if (total < (run.threadsFrom ?? MIN_BYTES) || count < 1 || !import.meta.url.endsWith('.js')) {
    return { take, finish: async () => ({ clean: new Set(), disclosures: [], kept: new Map() }) };
  }
  const job: Job = { role: 'gkml-validate-helper', files, names, ...run, next, ...keep };
  const answers = Array.from({ length: count }, () => runHelper(job));
  return {
    take,
    async finish() {
      const clean = new Set<number>();
      const disclosures: DisclosureRow[] = [];
      const kept = new Map<number, KeptFile>();
      for (const answer of await Promise.all(answers)) {
        answer.clean.forEach((index, i) => {
          clean.add(index);
          if (answer.kept[i]) kept.set(index, answer.kept[i]);
        });
        disclosures.push(...answer.disclosures);
      }
      return { clean, disclosures, kept };
    },
  };
}

/** One helper thread's answer; a thread that fails to start or dies answers nothing. */
function runHelper(job: Job): Promise<Answer> {
  return new Promise((resolve) => {
    let answer: Answer = { clean: [], disclosures: [], kept: [] };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (message: Answer) => (answer = message));
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve(answer));
  });
}

/** In a helper thread: take files until none are left, then answer. */
async function helperMain(job: Job): Promise<void> {
  const schema = loadSchema('catalogue');
  const checks: FileChecks = { ...fileChecks(schema, await loadCheck(schema), job.settings), catalogues: job.settings.rules || job.keep };
  const answer: Answer = { clean: [], disclosures: [], kept: [] };
  const transfer: TransferListItem[] = [];
  for (let index = Atomics.add(job.next, 0, 1); index < job.files.length; index = Atomics.add(job.next, 0, 1)) {
    const clean = cleanFile(job, index, checks);
    if (!clean) continue;
    answer.clean.push(index);
    answer.disclosures.push(...clean.rows);
    if (clean.kept) {
      answer.kept.push(clean.kept);
      transfer.push(clean.kept.bytes.buffer as ArrayBuffer, clean.kept.entry.buffer as ArrayBuffer);
    }
  }
  parentPort!.postMessage(answer, transfer);
}

/** The file's summary rows (and result, when kept) if it has nothing to report; undefined when the main thread must look at it. */
function cleanFile(job: Job, index: number, checks: FileChecks): { rows: DisclosureRow[]; kept?: KeptFile } | undefined {
  try {
    const file = job.files[index]!;
    if (statSync(file).size > job.limits.maxBytes) return undefined;
    const bytes = readFileSync(file);
    const loaded = loadCatalogueBytes(bytes, job.parser, job.limits, { keep: job.keep });
    const result = checkLoadedFile(job.names[index]!, loaded, checks);
    if (result.diagnostics.length > 0) return undefined;
    const rows = result.disclosures ?? (result.catalogue ? disclosureMatrix([result.catalogue]) : undefined);
    if (!rows || !job.keep) return rows && { rows };
    if (!result.catalogue) return undefined;
    const entry = serialize({ diagnostics: [], catalogue: result.catalogue });
    return { rows, kept: { bytes: alone(bytes), entry: alone(entry), ...(job.texts && loaded.text !== undefined ? { text: loaded.text } : {}) } };
  } catch {
    return undefined; // the main thread reads it again and reports the problem its own way
  }
}

/** The bytes in a buffer of their own (copied out of Node's shared pool if need be), so that it can be transferred. */
function alone(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

if (!isMainThread && (workerData as Job | undefined)?.role === 'gkml-validate-helper') {
  await helperMain(workerData as Job);
}
