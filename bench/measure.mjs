// Runs one child process and measures it: wall time (in this process), peak RSS and CPU time of the child.
// Peak RSS comes from GNU time (`/usr/bin/time -f`) where it works, otherwise from a preload that
// records process.resourceUsage() when the child exits (bench/max-rss.cjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const PRELOAD = new URL('./max-rss.cjs', import.meta.url).pathname;

function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false;
  const out = join(tmpdir(), `gkml-bench-probe-${process.pid}`);
  const probe = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, '-e', '0']);
  const ok = probe.status === 0 && existsSync(out) && /^\d+\s*$/.test(readFileSync(out, 'utf8').trim().split('\n').pop());
  rmSync(out, { force: true });
  return ok;
}

/** How peak RSS is measured on this machine: 'gnu-time' or 'resourceUsage'. */
export const rssMethod = gnuTimeWorks() ? 'gnu-time' : 'resourceUsage';

/**
 * Runs `node script ...args` in `cwd`. Returns wall seconds, peak RSS in MiB, CPU seconds (user + system),
 * the exit code and the output.
 */
export function measureNode(script, args, { cwd }) {
  const stats = join(tmpdir(), `gkml-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const node = [process.execPath, script, ...args];
  const [command, ...commandArgs] =
    rssMethod === 'gnu-time' ? [GNU_TIME, '-f', '%M %U %S', '-o', stats, ...node] : [process.execPath, '--require', PRELOAD, script, ...args];
  const env = { ...process.env, NO_COLOR: '1', GKML_BENCH_STATS: stats };
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.error) throw child.error;
  const recorded = existsSync(stats) ? readFileSync(stats, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number) : [];
  rmSync(stats, { force: true });
  const [rssKiB = NaN, user = NaN, system = NaN] = recorded;
  return { wall, rssMiB: rssKiB / 1024, cpu: user + system, exitCode: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
