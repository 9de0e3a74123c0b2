// `node bench/build.mjs` (after `npm run build`): times `gkml build` on the 100,000-item synthetic workspace
// (bench/generate.mjs: 500 publishers × 200 items) with a 100,000-row 权责清单 (made by bench/diff.mjs), beside
// ajv-cli on the same files: a full build from nothing (no output, no cache), a rebuild with nothing changed,
// and a rebuild after one catalogue changed. Flags: --quick (one run of each). Writes bench/.work/build/results.json;
// every figure is printed with the 1-minute load average at its start.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { measureNode, median, rssMethod } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = 'bench/.work';
const HERE = `${work}/build`;
const CATALOGUES = `${work}/ws-100k`;
const REGISTER = `${work}/diff/register-100k.xlsx`;
const SNAPSHOT = `${HERE}/gkml`;
const GKML = `${root}${SNAPSHOT}/bin/gkml.js`;
const AJV = 'node_modules/ajv-cli/dist/index.js';
const quick = process.argv.includes('--quick');
// --build <dir>: time that build (a folder with bin/, dist/, vocab/ …) instead of a snapshot of this tree's.
const buildAt = process.argv.indexOf('--build');
const source = buildAt >= 0 ? `${process.argv[buildAt + 1].replace(/\/$/, '')}/` : root;
const RUNS = quick ? 1 : 3;

prepare();
const results = [];
const rows = [
  ['full build (no output, no cache)', () => clean(), () => gkml()],
  ['rebuild, nothing changed', () => undefined, () => gkml()],
  ['rebuild, one catalogue changed', () => touchOne(), () => gkml()],
  ['ajv-cli on the same files (schema only)', () => undefined, () => measureNode(AJV, ['validate', '--spec=draft7', '--all-errors', '--allow-union-types', '-s', 'schemas/catalogue.schema.json', '-d', `${CATALOGUES}/catalogues/*.yaml`], { cwd: root })],
];
gkml(); // warm-up: fills the page cache and leaves an output for the no-change rows
for (const [name, before, run] of rows) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    before();
    const load = loadavg()[0];
    const result = run();
    if (result.exitCode !== 0) throw new Error(`${name} exited ${result.exitCode}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(0, 2000)}`);
    runs.push({ ...result, load, stdout: undefined, stderr: undefined, summary: result.stdout.split('\n').filter((l) => /gkml build|输出|网站|工作簿|报告|检查|用时|没有变化/.test(l)).join('\n') });
  }
  results.push({ name, runs });
  const wall = median(runs.map((r) => r.wall));
  console.log(`${name.padEnd(42)} ${wall.toFixed(2).padStart(6)} s   peak RSS ${median(runs.map((r) => r.rssMiB)).toFixed(0).padStart(5)} MiB   CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s   load ${runs.map((r) => r.load.toFixed(2)).join('/')}   runs ${runs.map((r) => r.wall.toFixed(2)).join(' / ')}`);
}
console.log(`\n${results[0].runs.at(-1).summary}`);
writeFileSync(`${root}${HERE}/results.json`, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rssMethod, results }, null, 2)}\n`);

function gkml() {
  return measureNode(GKML, ['build', '--quiet'], { cwd: `${root}${HERE}/ws` });
}

/** The snapshot of this build, the workspace (its catalogues) and the register, and a config that uses them. */
function prepare() {
  if (!existsSync(`${source}dist/cli/main.js`)) throw new Error('run `npm run build` first');
  rmSync(`${root}${SNAPSHOT}`, { recursive: true, force: true });
  mkdirSync(`${root}${SNAPSHOT}`, { recursive: true });
  for (const dir of ['bin', 'dist', 'vocab', 'schemas', 'templates', 'package.json']) cpSync(`${source}${dir}`, `${root}${SNAPSHOT}/${dir}`, { recursive: true });
  if (!existsSync(`${root}${CATALOGUES}/catalogues`)) generateWorkspace(`${root}${CATALOGUES}`, { files: 500, itemsPerFile: 200 });
  if (!existsSync(`${root}${REGISTER}`)) execFileSync(process.execPath, ['bench/diff.mjs', '--quick'], { cwd: root, stdio: 'inherit' });
  // The build's own copy of the catalogues: one of them is changed between runs.
  if (!existsSync(`${root}${HERE}/ws/catalogues`)) cpSync(`${root}${CATALOGUES}/catalogues`, `${root}${HERE}/ws/catalogues`, { recursive: true });
  writeFileSync(
    `${root}${HERE}/ws/gkml.config.yaml`,
    ['# bench/build.mjs: the synthetic workspace and register, built as a county would.', 'catalogues:', '  - catalogues/*.yaml', 'register:', '  files:', '    - ../../diff/register-100k.xlsx', 'build:', '  out: public', '  reports: [json]', ''].join('\n'),
  );
}

function clean() {
  for (const dir of ['public', '.gkml-cache']) rmSync(`${root}${HERE}/ws/${dir}`, { recursive: true, force: true });
}

/** Changes one catalogue's bytes (a comment at its end, new each time). */
function touchOne() {
  const file = `${root}${HERE}/ws/catalogues/${readdirSync(`${root}${HERE}/ws/catalogues`).sort()[0]}`;
  const text = readFileSync(file, 'utf8').replace(/# bench \d+\n$/, '');
  writeFileSync(file, `${text}# bench ${Date.now()}\n`);
}
