// `node bench/build.mjs` (after `npm run build`): times `gkml build` on the 100,000-item synthetic workspace
// (bench/generate.mjs: 500 publishers × 200 items) with a 100,000-row 权责清单 (made by bench/diff.mjs), beside
// ajv-cli on the same files: a full build from nothing (no output, no cache), a rebuild with nothing changed,
// and a rebuild after one catalogue changed. Flags: --quick (one run of each); --build <dir> (time that build, a folder
// with bin/, dist/, vocab/ …, instead of a snapshot of this tree's); --against <dir> (also time that build, run by run
// interleaved with this one, each in its own copy of the workspace: on a machine whose speed drifts, only an
// interleaved comparison says anything). Writes bench/.work/build/results.json; every figure is printed with the
// 1-minute load average at its start.
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
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt >= 0 ? `${process.argv[againstAt + 1].replace(/\/$/, '')}/` : undefined;
// Each build has its own workspace copy (output, cache, the catalogue that changes).
const builds = [{ name: 'this', gkml: GKML, ws: `${root}${HERE}/ws` }, ...(AGAINST ? [{ name: 'against', gkml: `${AGAINST}bin/gkml.js`, ws: `${root}${HERE}/ws-against` }] : [])];

prepare();
const results = [];
const rows = [
  ['full build (no output, no cache)', (b) => clean(b), (b) => gkml(b)],
  ['rebuild, nothing changed', () => undefined, (b) => gkml(b)],
  ['rebuild, one catalogue changed', (b) => touchOne(b), (b) => gkml(b)],
  ['ajv-cli on the same files (schema only)', () => undefined, () => measureNode(AJV, ['validate', '--spec=draft7', '--all-errors', '--allow-union-types', '-s', 'schemas/catalogue.schema.json', '-d', `${CATALOGUES}/catalogues/*.yaml`], { cwd: root })],
];
for (const b of builds) gkml(b); // warm-up: fills the page cache and leaves an output for the no-change rows
for (const [name, before, run] of rows) {
  const runs = Object.fromEntries(builds.map((b) => [b.name, []]));
  const shown = name.startsWith('ajv-cli') ? builds.slice(0, 1) : builds;
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, the first alternating, so a drift in the machine's speed falls on both alike.
    for (const b of i % 2 ? [...shown].reverse() : shown) {
      before(b);
      const load = loadavg()[0];
      const result = run(b);
      if (result.exitCode !== 0) throw new Error(`${name} (${b.name}) exited ${result.exitCode}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(0, 2000)}`);
      runs[b.name].push({ ...result, load, stdout: undefined, stderr: undefined, summary: result.stdout.split('\n').filter((l) => /gkml build|输出|网站|工作簿|报告|检查|用时|没有变化/.test(l)).join('\n') });
    }
  }
  results.push({ name, runs });
  for (const b of shown) {
    const mine = runs[b.name];
    const label = shown.length > 1 ? `${name} [${b.name}]` : name;
    console.log(`${label.padEnd(52)} ${median(mine.map((r) => r.wall)).toFixed(2).padStart(6)} s   peak RSS ${median(mine.map((r) => r.rssMiB)).toFixed(0).padStart(5)} MiB   CPU ${median(mine.map((r) => r.cpu)).toFixed(2)} s   load ${mine.map((r) => r.load.toFixed(2)).join('/')}   runs ${mine.map((r) => r.wall.toFixed(2)).join(' / ')}`);
  }
}
console.log(`\n${results[0].runs.this.at(-1).summary}`);
writeFileSync(`${root}${HERE}/results.json`, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rssMethod, against: AGAINST ?? null, results }, null, 2)}\n`);

function gkml(build) {
  return measureNode(build.gkml, ['build', '--quiet'], { cwd: build.ws });
}

/** The snapshot of this build, the workspace (its catalogues) and the register, and a config that uses them. */
function prepare() {
  if (!existsSync(`${source}dist/cli/main.js`)) throw new Error('run `npm run build` first');
  rmSync(`${root}${SNAPSHOT}`, { recursive: true, force: true });
  mkdirSync(`${root}${SNAPSHOT}`, { recursive: true });
  for (const dir of ['bin', 'dist', 'vocab', 'schemas', 'templates', 'package.json']) cpSync(`${source}${dir}`, `${root}${SNAPSHOT}/${dir}`, { recursive: true });
  if (!existsSync(`${root}${CATALOGUES}/catalogues`)) generateWorkspace(`${root}${CATALOGUES}`, { files: 500, itemsPerFile: 200 });
  if (!existsSync(`${root}${REGISTER}`)) execFileSync(process.execPath, ['bench/diff.mjs', '--quick'], { cwd: root, stdio: 'inherit' });
  for (const { ws } of builds) {
    // Each build's own copy of the catalogues: one of them is changed between runs.
    if (!existsSync(`${ws}/catalogues`)) cpSync(`${root}${CATALOGUES}/catalogues`, `${ws}/catalogues`, { recursive: true });
    writeFileSync(
      `${ws}/gkml.config.yaml`,
      ['# bench/build.mjs: the synthetic workspace and register, built as a county would.', 'catalogues:', '  - catalogues/*.yaml', 'register:', '  files:', '    - ../../diff/register-100k.xlsx', 'build:', '  out: public', '  reports: [json]', ''].join('\n'),
    );
  }
}

function clean(build) {
  for (const dir of ['public', '.gkml-cache']) rmSync(`${build.ws}/${dir}`, { recursive: true, force: true });
}

/** Changes one catalogue's bytes (a comment at its end, new each time). */
function touchOne(build) {
  const file = `${build.ws}/catalogues/${readdirSync(`${build.ws}/catalogues`).sort()[0]}`;
  const text = readFileSync(file, 'utf8').replace(/# bench \d+\n$/, '');
  writeFileSync(file, `${text}# bench ${Date.now()}\n`);
}
