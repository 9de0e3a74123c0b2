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
 * Starts reading the registers the patterns name; the promise holds what `readRegisters` would give.
 * A pattern that matches nothing rejects it at once (a usage error), before any thread starts. The promise
 * is marked handled, so a caller that fails before awaiting it leaves no unhandled rejection.
 */
export function startRegisterRead(patterns: readonly string[], options: RegisterReadOptions): Promise<RegisterRead> {
  const reading = readAside(patterns, options);
  reading.catch(() => undefined);
  return reading;
}

/**
 * Starts reading registers already found (`gkml build` finds them in its scan): the thread starts before this
 * returns, so it reads while the caller goes on without waiting, even with work that never yields.
 */
export function startRegisterReadOf(files: readonly string[], options: RegisterReadOptions): Promise<RegisterRead> {
  const reading = readFilesAside(files, options);
  reading.catch(() => undefined);
  return reading;
}

async function readAside(patterns: readonly string[], options: RegisterReadOptions): Promise<RegisterRead> {
  return readFilesAside(await findRegisterFiles(patterns, options.base, options.lang), options);
}

function readFilesAside(files: readonly string[], options: RegisterReadOptions): Promise<RegisterRead> {
  const here = () => readRegisters([...files], { cwd: options.cwd, base: options.base, lang: options.lang });
  const bytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
  // Run from the TypeScript sources (the tests' usual way), this module cannot be a thread's entry.
  if (bytes < (options.asideFrom ?? ASIDE_MIN_BYTES) || !import.meta.url.endsWith('.js')) return here();
  const answer = onThread({ role: 'gkml-register-reader', files: [...files], cwd: options.cwd, lang: options.lang });
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
function onThread(job: Job): Promise<RegisterRead | undefined> {
  return new Promise((resolve) => {
    let answer: RegisterRead | undefined;
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    // Never what keeps the process alive: a run that fails before awaiting the answer exits at once.
    worker.unref();
    worker.once('message', (message: { read?: PackedRead }) => (answer = message.read && unpackRead(message.read)));
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve(answer));
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
