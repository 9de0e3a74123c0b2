import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Ajv } from 'ajv';
import { loadCatalogueBytes, type LoadLimits, type ParserMode } from '../parse/load.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { AJV_OPTIONS, type CheckFunction } from '../schema/validate.js';
import { loadSchema } from './resources.js';

/**
 * Helpers for large runs: worker threads that take files from the same queue as the main thread and
 * answer one question per file, "clean or not?". Every file that is not clean is checked again on the
 * main thread by the one code path that reports findings, so helpers can change the speed of a run
 * but never its findings or their positions.
 */

/** Below this much YAML, starting a thread costs more than it saves. */
const MIN_BYTES = 4 * 1024 * 1024;
/** Helper threads used at most by default: one less than the cores, and no more than this. */
export const MAX_HELPERS = 3;

interface Job {
  role: 'gkml-validate-helper';
  files: string[];
  parser: ParserMode;
  limits: LoadLimits;
  /** The shared queue: the index of the next file nobody has taken. */
  next: Int32Array;
}

interface Answer {
  /** Indexes of the files that parsed and passed the schema with nothing to report. */
  clean: number[];
}

export interface Helpers {
  /** Takes the next file off the shared queue; `files.length` or more means none are left. */
  take(): number;
  /** Waits for the helpers: the files they found clean (any other file they took is not). */
  finish(): Promise<Set<number>>;
}

/** The compiled catalogue schema: the code generated at build time when it matches, otherwise ajv's. */
export async function loadCheck(schema: SchemaNode): Promise<CheckFunction> {
  return (await precompiledCheck(schema)) ?? new Ajv({ ...AJV_OPTIONS }).compile(schema);
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
export function startHelpers(files: string[], sizes: number[], parser: ParserMode, limits: LoadLimits, most = MAX_HELPERS): Helpers {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = () => Atomics.add(next, 0, 1);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const count = Math.min(most, availableParallelism() - 1, Math.floor(files.length / 4));
  if (total < MIN_BYTES || count < 1 || !import.meta.url.endsWith('.js')) {
    return { take, finish: async () => new Set() };
  }
  const job: Job = { role: 'gkml-validate-helper', files, parser, limits, next };
  const answers = Array.from({ length: count }, () => runHelper(job));
  return {
    take,
    async finish() {
      const clean = new Set<number>();
      for (const answer of await Promise.all(answers)) for (const index of answer.clean) clean.add(index);
      return clean;
    },
  };
}

/** One helper thread's answer; a thread that fails to start or dies answers nothing. */
function runHelper(job: Job): Promise<Answer> {
  return new Promise((resolve) => {
    let answer: Answer = { clean: [] };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (message: Answer) => (answer = message));
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve(answer));
  });
}

/** In a helper thread: take files until none are left, then answer. */
async function helperMain(job: Job): Promise<void> {
  const check = await loadCheck(loadSchema('catalogue'));
  const answer: Answer = { clean: [] };
  for (let index = Atomics.add(job.next, 0, 1); index < job.files.length; index = Atomics.add(job.next, 0, 1)) {
    if (isClean(job, index, check)) answer.clean.push(index);
  }
  parentPort!.postMessage(answer);
}

function isClean(job: Job, index: number, check: CheckFunction): boolean {
  try {
    const file = job.files[index]!;
    if (statSync(file).size > job.limits.maxBytes) return false;
    const loaded = loadCatalogueBytes(readFileSync(file), job.parser, job.limits);
    return loaded.value !== undefined && check(loaded.value);
  } catch {
    return false; // the main thread reads it again and reports the problem its own way
  }
}

if (!isMainThread && (workerData as Job | undefined)?.role === 'gkml-validate-helper') {
  await helperMain(workerData as Job);
}
