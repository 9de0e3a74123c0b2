// `node bench/diff.mjs` (after `npm run build`): times `gkml diff` on a 100,000-row 权责清单 against the
// 100,000-item synthetic workspace of bench/generate.mjs. Flags:
//   --quick             one timed run instead of three
//   --against <dir>     also time another build (a folder with bin/, dist/, vocab/ …), interleaved run by run,
//                       for a before/after comparison on a loaded machine
//   --build <dir>       time that build instead of a snapshot of this tree's
//   --format <f>        the output format (default stylish, as a user sees it)
// Writes bench/.work/diff/results.json. Every figure is printed with the 1-minute load average at its start.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { measureNode, median, rssMethod } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = 'bench/.work';
const WORKSPACE = `${work}/ws-100k`;
const REGISTER = `${work}/diff/register-100k.xlsx`;
const SNAPSHOT = `${work}/diff/gkml`;
const ROWS = 100_000;

const argv = process.argv.slice(2);
const flag = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const against = flag('--against');
const format = flag('--format') ?? 'stylish';
const build = flag('--build');

const TYPES = ['行政许可', '行政处罚', '行政处罚', '行政处罚', '行政强制', '行政给付', '行政检查', '行政确认', '行政奖励', '其他行政权力', '公共服务'];
const NAMES = ['最低生活保障', '特困人员救助供养', '临时救助', '养老机构管理', '职业技能培训', '建设用地审批', '排污许可', '道路运输许可', '食品安全抽检', '法律援助', '统计数据发布'];

/**
 * The register: a title row, a header, then one row per code the workspace's catalogues list (in the
 * department that lists it; every 50th is left out, so those items' codes are stale), then powers no item
 * lists, up to 100,000 rows. Deterministic. Returns what it holds.
 */
async function writeRegister(workspace, target) {
  const { default: ExcelJS } = await import('exceljs');
  const codes = [];
  for (const name of readdirSync(`${workspace}/catalogues`).sort()) {
    const text = readFileSync(`${workspace}/catalogues/${name}`, 'utf8');
    const department = /\n {2}name: (\S+)/.exec(text)[1];
    for (const match of text.matchAll(/powerCodes: \['(\d+)'\]/g)) codes.push([match[1], department]);
  }
  const departments = [...new Set(codes.map(([, d]) => d))].sort();
  mkdirSync(`${root}${work}/diff`, { recursive: true });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target });
  const sheet = book.addWorksheet('清单');
  sheet.addRow(['示例县权责清单（基准测试数据，虚构）']).commit();
  sheet.addRow(['序号', '事项编码', '事项名称', '权力类型', '实施主体']).commit();
  const seen = new Set();
  let rows = 0;
  let left = 0;
  for (const [code, department] of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    if (seen.size % 50 === 0) {
      left++;
      continue;
    }
    rows++;
    sheet.addRow([rows, code, `${NAMES[rows % NAMES.length]}事项${rows}`, TYPES[rows % TYPES.length], department]).commit();
  }
  const fromCatalogues = rows;
  for (let i = 0; rows < ROWS; i++) {
    rows++;
    sheet.addRow([rows, `B-${i}`, `对${NAMES[i % NAMES.length]}第${i}号违法行为的处罚`, TYPES[i % TYPES.length], departments[i % departments.length]]).commit();
  }
  await book.commit();
  return { rows, fromCatalogues, codesLeftOut: left };
}

/** A copy of the build, so a rebuild in the working tree during the run cannot change what is measured. */
function snapshotBuild() {
  rmSync(`${root}${SNAPSHOT}`, { recursive: true, force: true });
  for (const entry of ['package.json', 'bin', 'dist', 'schemas', 'vocab', 'templates']) {
    if (existsSync(`${root}${entry}`)) cpSync(`${root}${entry}`, `${root}${SNAPSHOT}/${entry}`, { recursive: true });
  }
}

function runDiff(build) {
  const load = loadavg()[0];
  const result = measureNode(`${build}/bin/gkml.js`, ['diff', WORKSPACE, '--register', REGISTER, '--format', format], { cwd: root });
  if (result.exitCode !== 0) throw new Error(`gkml diff (${build}) exited ${result.exitCode}\n${result.stderr.slice(0, 2000)}`);
  return { wall: result.wall, cpu: result.cpu, rssMiB: result.rssMiB, load, outputBytes: Buffer.byteLength(result.stdout) };
}

const fmt = (n, digits = 2) => n.toFixed(digits);

if (!existsSync(`${root}${WORKSPACE}/catalogues`) || readdirSync(`${root}${WORKSPACE}/catalogues`).length !== 500) {
  process.stderr.write('generating the 100,000-item workspace …\n');
  generateWorkspace(`${root}${WORKSPACE}`, { files: 500, itemsPerFile: 200 });
}
process.stderr.write('writing the 100,000-row register …\n');
const register = await writeRegister(`${root}${WORKSPACE}`, `${root}${REGISTER}`);
if (!build) snapshotBuild();
const builds = { gkml: build ?? SNAPSHOT, ...(against ? { against } : {}) };
const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
for (const build of Object.values(builds)) runDiff(build); // warm the page cache; not counted
const runs = quick ? 1 : 3;
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
  for (const name of order) samples[name].push(runDiff(builds[name]));
}
const summary = Object.entries(samples).map(([name, list]) => ({
  build: name === 'gkml' && !build ? 'working tree' : builds[name],
  wall: median(list.map((s) => s.wall)),
  cpu: median(list.map((s) => s.cpu)),
  rssMiB: median(list.map((s) => s.rssMiB)),
  runs: list,
}));
console.log(`register: ${register.rows.toLocaleString('en')} rows (${register.fromCatalogues.toLocaleString('en')} with a code the catalogues list, ${register.codesLeftOut} listed codes left out), workspace ${WORKSPACE}, format ${format}`);
for (const s of summary) {
  console.log(`${s.build}: wall ${fmt(s.wall)} s, CPU ${fmt(s.cpu)} s, peak RSS ${fmt(s.rssMiB, 0)} MiB (medians of ${s.runs.length})`);
  for (const r of s.runs) console.log(`  wall ${fmt(r.wall)} s  CPU ${fmt(r.cpu)} s  RSS ${fmt(r.rssMiB, 0)} MiB  load ${fmt(r.load)}  output ${(r.outputBytes / 1024).toFixed(0)} KiB`);
}
const goal = summary[0].wall < 5 && summary[0].rssMiB < 1024;
console.log(`${goal ? 'met   ' : 'MISSED'} 100k × 100k diff under 5 s wall and 1 GB peak RSS (${cpus().length} cores; peak RSS via ${rssMethod})`);
writeFileSync(`${root}${work}/diff/results.json`, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, register, format, summary }, null, 2)}\n`);
