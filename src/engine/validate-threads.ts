import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DisclosureRow } from '../core/report.js';
import { loadCatalogueBytes, type LoadLimits, type ParserMode } from '../parse/load.js';
import { disclosureMatrix } from '../rules/_matrix.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { AJV_OPTIONS, compileSchema, type CheckFunction } from '../schema/validate.js';
import { checkLoadedFile, type FileChecks } from './check-file.js';
import { fileChecks, type CheckSettings } from './file-checks.js';
import { loadSchema } from './resources.js';

/**
 * Helpers for large runs: worker threads that take files from the same queue as the main thread and
 * answer one question per file, "clean or not?". Every file that is not clean is checked again on the
 * main thread by the one code path that reports findings, so helpers can change the speed of a run
 * but never its findings or their positions.
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

/** How the run checks each file: the helpers build the very same checks from it. */
export interface RunSettings {
  parser: ParserMode;
  limits: LoadLimits;
  settings: CheckSettings;
}

interface Job extends RunSettings {
  role: 'gkml-validate-helper';
  files: string[];
  /** The shared queue: the index of the next file nobody has taken. */
  next: Int32Array;
}

interface Answer {
  /** Indexes of the files that parsed, passed the schema and the rules with nothing to report. */
  clean: number[];
  /** The five disclosures × area rows of those files. */
  disclosures: DisclosureRow[];
}

export interface Helpers {
  /** Takes the next file off the shared queue; `files.length` or more means none are left. */
  take(): number;
  /** Waits for the helpers: the files they found clean (any other file they took is not), and their summary rows. */
  finish(): Promise<{ clean: Set<number>; disclosures: DisclosureRow[] }>;
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
export function startHelpers(files: string[], sizes: number[], run: RunSettings, most = DEFAULT_HELPERS): Helpers {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = () => Atomics.add(next, 0, 1);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const count = Math.min(most, MAX_HELPERS, availableParallelism() - 1, Math.floor(files.length / 4));
  if (total < MIN_BYTES || count < 1 || !import.meta.url.endsWith('.js')) {
    return { take, finish: async () => ({ clean: new Set(), disclosures: [] }) };
  }
  const job: Job = { role: 'gkml-validate-helper', files, ...run, next };
  const answers = Array.from({ length: count }, () => runHelper(job));
  return {
    take,
    async finish() {
      const clean = new Set<number>();
      const disclosures: DisclosureRow[] = [];
      for (const answer of await Promise.all(answers)) {
        for (const index of answer.clean) clean.add(index);
        disclosures.push(...answer.disclosures);
      }
      return { clean, disclosures };
    },
  };
}

/** One helper thread's answer; a thread that fails to start or dies answers nothing. */
function runHelper(job: Job): Promise<Answer> {
  return new Promise((resolve) => {
    let answer: Answer = { clean: [], disclosures: [] };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (message: Answer) => (answer = message));
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve(answer));
  });
}

/** In a helper thread: take files until none are left, then answer. */
async function helperMain(job: Job): Promise<void> {
  const schema = loadSchema('catalogue');
  const checks: FileChecks = { ...fileChecks(schema, await loadCheck(schema), job.settings), catalogues: job.settings.rules };
  const answer: Answer = { clean: [], disclosures: [] };
  for (let index = Atomics.add(job.next, 0, 1); index < job.files.length; index = Atomics.add(job.next, 0, 1)) {
    const rows = cleanRows(job, index, checks);
    if (!rows) continue;
    answer.clean.push(index);
    answer.disclosures.push(...rows);
  }
  parentPort!.postMessage(answer);
}

/** The file's summary rows when it has nothing to report; undefined when the main thread must look at it. */
function cleanRows(job: Job, index: number, checks: FileChecks): DisclosureRow[] | undefined {
  try {
    const file = job.files[index]!;
    if (statSync(file).size > job.limits.maxBytes) return undefined;
    const result = checkLoadedFile(file, loadCatalogueBytes(readFileSync(file), job.parser, job.limits), checks);
    if (result.diagnostics.length > 0) return undefined;
    return result.disclosures ?? (result.catalogue ? disclosureMatrix([result.catalogue]) : undefined);
  } catch {
    return undefined; // the main thread reads it again and reports the problem its own way
  }
}

if (!isMainThread && (workerData as Job | undefined)?.role === 'gkml-validate-helper') {
  await helperMain(workerData as Job);
}
