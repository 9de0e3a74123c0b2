// `npm run build && node bench/workbooks.mjs`: times the 16 standard workbooks of `gkml build` on the 100,000-item
// synthetic workspace (bench/generate.mjs: 500 files × 200 items, 16 publishers; bench/.work/ws-100k, shared with
// bench/build.mjs), exactly as the build makes them (src/cli/build/outputs.ts workbookFiles): `planWorkbooks` and
// `renderWorkbook` of every plan, one after the other, with `{ vocab, split: 'publisher', channels: 'checklist' }`.
// Each run is a child process: the catalogues are checked as the build checks them for rendering
// (`validate({ rules: false, keepCatalogues: true })`, not timed), then the workbooks are timed:
//   wall, CPU (process.cpuUsage: the main thread, the garbage collector's helpers and zlib on the thread pool; and
//   the main thread's alone, from /proc/self/task, which is what the wall time waits for),
//   peak RSS during the stage (Linux: the peak is reset through /proc/self/clear_refs after the catalogues are
//   loaded, so the figure is the stage's own high-water mark, catalogues included) and the RSS before it,
//   and the bytes of the 16 workbooks (with a SHA-256 of them all, to see that two runs give the same bytes).
// Flags: --runs N (default 5); --quick (one run); --build name=dir (repeatable): other builds to compare with
// this tree's (a folder with dist/, vocab/, schemas/, package.json, e.g. one saved with --save name), run
// interleaved with it, the first alternating; --save name: copy this tree's build to bench/.work/workbooks/name
// for a later comparison and exit; --out dir: keep the last run's workbooks there.
// Writes bench/.work/workbooks/results.json. Every figure is printed with the 1-minute load average.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { measureNode, median } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = `${root}bench/.work/workbooks`;
const WS = `${root}bench/.work/ws-100k`;
const SCRIPT = 'bench/workbooks.mjs';
const GOAL_SECONDS = 2;

const highWater = () => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
  } catch {
    return process.resourceUsage().maxRSS / 1024;
  }
};

/** CPU seconds of the main thread alone (Linux), apart from zlib's thread pool and the collector's helpers. */
const mainThreadCpu = () => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

function resetHighWater() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

async function child(build, ws, out) {
  const dist = (path) => import(`${build}/dist/${path}`);
  const { validate } = await dist('engine/validate.js');
  const { loadVocabulary } = await dist('engine/resources.js');
  const { planWorkbooks, renderWorkbook } = await dist('render/excel/index.js');
  const result = await validate({ cwd: ws, patterns: [ws], rules: false, keepCatalogues: true });
  if (result.report.counts.error > 0) throw new Error('the workspace has errors');
  const options = { vocab: loadVocabulary(), split: 'publisher', channels: 'checklist' };
  // What the build has loaded before its workbook stage: exceljs (where a build uses it) is loaded on demand, as there.
  globalThis.gc?.();
  const rssBefore = process.memoryUsage.rss() / 2 ** 20;
  const reset = resetHighWater();
  const load = loadavg()[0];
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const main = mainThreadCpu();
  const hash = createHash('sha256');
  const files = [];
  for (const plan of planWorkbooks(result.catalogues, options)) {
    const bytes = await renderWorkbook(plan, options);
    hash.update(bytes);
    files.push({ name: plan.fileName, bytes: bytes.length });
    if (out) writeFileSync(join(out, plan.fileName), bytes);
  }
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = highWater();
  process.stdout.write(
    JSON.stringify({
      seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      mainCpuSeconds: mainThreadCpu() - main,
      rssBeforeMiB: rssBefore,
      peakMiB: reset ? peak : undefined,
      workbooks: files.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      sha256: hash.digest('hex'),
      load,
    }),
  );
}

function snapshot(dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const entry of ['package.json', 'dist', 'schemas', 'vocab']) cpSync(`${root}${entry}`, `${dir}/${entry}`, { recursive: true });
  symlinkSync(`${root}node_modules`, `${dir}/node_modules`);
  return dir;
}

function parent() {
  const argv = process.argv.slice(2);
  const flag = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  if (!existsSync(`${root}dist/render/excel/index.js`)) throw new Error('run `npm run build` first');
  mkdirSync(work, { recursive: true });
  if (flag('--save')) {
    console.log(`saved this build as ${snapshot(`${work}/${flag('--save')}`)}`);
    return;
  }
  const runs = argv.includes('--quick') ? 1 : Number(flag('--runs')) || 5;
  const out = flag('--out');
  const builds = argv.flatMap((arg, i) => (argv[i - 1] === '--build' ? [arg.split('=')] : [])).map(([name, dir]) => ({ name, dir: dir.startsWith('/') ? dir : join(root, dir) }));
  builds.unshift({ name: 'this', dir: snapshot(`${work}/build-this`) });
  if (!existsSync(`${WS}/catalogues`)) generateWorkspace(WS, { files: 500, itemsPerFile: 200 });
  const samples = builds.map(() => []);
  const loads = [loadavg()[0]];
  for (let run = 0; run < runs; run++) {
    const order = builds.map((_, i) => i);
    if (run % 2) order.reverse();
    for (const b of order) {
      const { name, dir } = builds[b];
      const target = out && run === runs - 1 ? join(out, name) : undefined;
      if (target) mkdirSync(target, { recursive: true });
      const result = measureNode('--expose-gc', [SCRIPT, '--child', dir, WS, ...(target ? [target] : [])], { cwd: root });
      if (result.exitCode !== 0) throw new Error(`${name} exited ${result.exitCode}\n${result.stderr.slice(0, 3000)}`);
      const s = { ...JSON.parse(result.stdout), processRssMiB: result.rssMiB };
      samples[b].push(s);
      process.stderr.write(
        `  ${name.padEnd(10)} run ${run + 1}: ${s.seconds.toFixed(2)} s wall, ${s.cpuSeconds.toFixed(2)} s CPU (main thread ${s.mainCpuSeconds.toFixed(2)}), peak ${s.peakMiB?.toFixed(0) ?? '?'} MiB (before ${s.rssBeforeMiB.toFixed(0)}), ${(s.bytes / 1e6).toFixed(2)} MB, load ${s.load.toFixed(2)}\n`,
      );
    }
    loads.push(loadavg()[0]);
  }
  const m = (list, key) => median(list.map((s) => s[key]));
  console.log(`${'build'.padEnd(12)}${'wall s'.padStart(8)}${'CPU s'.padStart(8)}${'main s'.padStart(8)}${'peak MiB'.padStart(10)}${'before MiB'.padStart(12)}${'MB'.padStart(8)}  runs (wall / CPU s, load)`);
  const summary = builds.map(({ name, dir }, b) => {
    const list = samples[b];
    const row = { name, dir, wall: m(list, 'seconds'), cpu: m(list, 'cpuSeconds'), mainCpu: m(list, 'mainCpuSeconds'), peakMiB: m(list, 'peakMiB'), rssBeforeMiB: m(list, 'rssBeforeMiB'), bytes: list.at(-1).bytes, deterministic: new Set(list.map((s) => s.sha256)).size === 1 };
    console.log(
      `${name.padEnd(12)}${row.wall.toFixed(2).padStart(8)}${row.cpu.toFixed(2).padStart(8)}${row.mainCpu.toFixed(2).padStart(8)}${row.peakMiB.toFixed(0).padStart(10)}${row.rssBeforeMiB.toFixed(0).padStart(12)}${(row.bytes / 1e6).toFixed(2).padStart(8)}  ${list.map((s) => `${s.seconds.toFixed(2)}/${s.cpuSeconds.toFixed(2)} (${s.load.toFixed(1)})`).join(' · ')}`,
    );
    return row;
  });
  console.log(`load average (1 min) at the start and after each round: ${loads.map((l) => l.toFixed(2)).join(' → ')} on ${cpus().length} cores`);
  for (const row of summary) console.log(`${row.wall <= GOAL_SECONDS ? '✔' : '✖'} ${row.name}: 16 workbooks in ≤ ${GOAL_SECONDS} s: ${row.wall.toFixed(2)} s; same bytes on every run: ${row.deterministic ? 'yes' : 'no'}`);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), loads };
  writeFileSync(`${work}/results.json`, `${JSON.stringify({ date: new Date().toISOString(), machine, summary, samples }, null, 2)}\n`);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else parent();
