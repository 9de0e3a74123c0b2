import { statSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Lang } from '../core/messages.js';
import { findRegisterFiles, readRegisters, type RegisterRead } from './register.js';
import { packRead, unpackRead, type PackedRead } from './register-pack.js';

/**
 * Reads the registers on a second thread while the main thread checks the catalogues: a 100,000-row
 * workbook takes about as long to read as the catalogues take to parse, and the two do not depend on each
 * other. The thread runs the very same `readRegisters`, so what it answers cannot differ from reading
 * here; if it cannot start or fails, the registers are read here instead.
 */

/** Below this much register, a thread costs more to start than it saves. */
export const ASIDE_MIN_BYTES = 1 << 20;

export interface RegisterReadOptions {
  cwd: string;
  /** What relative patterns are relative to (the config's folder, or cwd for --register). */
  base: string;
  lang: Lang;
  /** Read on a thread from this many bytes of register on (tests lower it); default ASIDE_MIN_BYTES. */
  asideFrom?: number;
}

interface Job {
  role: 'gkml-register-reader';
  files: string[];
  cwd: string;
  lang: Lang;
}

/**
 * A register read started ahead of need. `answer()` waits for it: the thread keeps the process alive only once
 * someone waits (a run that fails before that exits at once), and then until it has answered.
 */
export interface RegisterReading {
  answer(): Promise<RegisterRead>;
}

/** The thread reading for a RegisterReading, once there is one, and whether its answer is awaited yet. */
interface Waiting {
  worker?: Worker;
  awaited: boolean;
}

/**
 * Starts reading the registers the patterns name; the answer is what `readRegisters` would give. A pattern
 * that matches nothing rejects it (a usage error) before any thread starts. The answer is marked handled, so
 * a caller that fails before asking for it leaves no unhandled rejection.
 */
export function startRegisterRead(patterns: readonly string[], options: RegisterReadOptions): RegisterReading {
  return reading((waiting) => findRegisterFiles(patterns, options.base, options.lang).then((files) => readFilesAside(files, options, waiting)));
}

/**
 * Starts reading registers already found (`gkml build` finds them in its scan): the thread starts before this
 * returns, so it reads while the caller goes on without waiting, even with work that never yields.
 */
export function startRegisterReadOf(files: readonly string[], options: RegisterReadOptions): RegisterReading {
  return reading((waiting) => readFilesAside(files, options, waiting));
}

function reading(start: (waiting: Waiting) => Promise<RegisterRead>): RegisterReading {
  const waiting: Waiting = { awaited: false };
  const read = start(waiting);
  read.catch(() => undefined);
  return {
    answer() {
      waiting.awaited = true;
      waiting.worker?.ref();
      return read;
    },
  };
}

function readFilesAside(files: readonly string[], options: RegisterReadOptions, waiting: Waiting): Promise<RegisterRead> {
  const here = () => readRegisters([...files], { cwd: options.cwd, base: options.base, lang: options.lang });
  const bytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
  // Run from the TypeScript sources (the tests' usual way), this module cannot be a thread's entry.
  if (bytes < (options.asideFrom ?? ASIDE_MIN_BYTES) || !import.meta.url.endsWith('.js')) return here();
  const answer = onThread({ role: 'gkml-register-reader', files: [...files], cwd: options.cwd, lang: options.lang }, waiting);
  return answer.then((read) => read ?? here());
}

/** A file's size, or 0 for one that cannot be read (readRegisters reports it). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The thread's answer, or undefined when it could not give one. */
function onThread(job: Job, waiting: Waiting): Promise<RegisterRead | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    // Not what keeps the process alive until its answer is awaited (RegisterReading.answer refs it then).
    if (!waiting.awaited) worker.unref();
    waiting.worker = worker;
    // The answer as soon as it comes, not at the thread's exit, which an unreferenced thread may not report.
    worker.once('message', (message: { read?: PackedRead }) => resolve(message.read && unpackRead(message.read)));
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve(undefined));
  });
}

async function threadMain(job: Job): Promise<void> {
  try {
    parentPort!.postMessage({ read: packRead(await readRegisters(job.files, { cwd: job.cwd, base: job.cwd, lang: job.lang })) });
  } catch {
    parentPort!.postMessage({}); // read again on the main thread, which reports the problem its own way
  }
}

if (!isMainThread && (workerData as Job | undefined)?.role === 'gkml-register-reader') {
  await threadMain(workerData as Job);
}
