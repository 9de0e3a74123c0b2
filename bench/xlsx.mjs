// `npm run build && node bench/xlsx.mjs`: times the Excel deliverable (issue 6) on 100,000 items.
//   write   — the library: 100,000 items (20 catalogues of 5,000, one publisher) streamed as one styled
//             standard workbook, as `gkml render xlsx` writes it (goal: under 6 s, under 500 MB peak RSS);
//   import  — the library: that workbook read back into catalogues and checked against the schema (goal: under 10 s);
//   cli-*   — the same two steps end to end through bin/gkml.js, YAML files in and out.
// Each step runs in a child process (bench/measure.mjs gives wall time and peak RSS): `wall` is the child's
// whole life (node starting, the items generated, the work), `inner` the work alone, which the goals time.
// GKML_BENCH_MEMORY=1 prints the child's memory every half second. Flags: --quick (one run).
// Writes bench/.work/xlsx/results.json. Fictional place: 示例县.
import { createWriteStream, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureNode, median, rssMethod } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = `${root}bench/.work/xlsx`;
const SCRIPT = 'bench/xlsx.mjs';
const FILES = 20;
const PER_FILE = 5000;
const GOALS = { write: { wall: 6, rssMiB: 500 }, import: { wall: 10 } };

const AREAS = ['社会救助', '养老服务', '就业', '社会保险', '义务教育', '卫生健康', '户籍管理', '涉农补贴', '财政预决算', '公共法律服务'];
const LEVEL1 = ['最低生活保障', '特困人员救助供养', '临时救助', '养老机构管理', '就业创业政策', '职业技能培训', '基本医疗保险', '招生入学', '学生资助', '法律援助'];
const LEVEL2 = ['政策法规文件', '办事指南', '审核信息', '资金发放', '监督检查', '结果公示', '申请条件', '补助标准'];
const ELEMENTS = ['办理事项', '办理条件', '申请材料', '办理流程', '办理时间和地点', '联系方式', '保障标准', '审核确认对象名单（姓名已作脱敏处理）', '资金发放情况', '监督电话'];
const LAWS = ['《中华人民共和国政府信息公开条例》（国务院令第711号）', '《社会救助暂行办法》（国务院令第709号）', '《中华人民共和国预算法》', '《最低生活保障审核确认办法》（民发〔2021〕57号）'];
const CHANNELS = ['政府网站', '政府公报', '两微一端', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)'];
const FIVE = ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'];

/** mulberry32, seeded: the same items on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20 catalogues of one publisher; runs of four items share a 一级事项, so the sheets carry merged cells. */
function catalogues() {
  const next = random(6);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, n) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  return Array.from({ length: FILES }, (_, f) => ({
    catalogueType: '基层政务公开标准目录',
    version: '2024版',
    date: '2024-06-30',
    publisher: { name: '示例县民政局', level: '县级', region: '示例省示例市示例县' },
    items: Array.from({ length: PER_FILE }, (_, i) => ({
      id: `b${f}-${String(i + 1).padStart(5, '0')}`,
      area: AREAS[Math.floor(i / 500) % AREAS.length],
      level1: `${LEVEL1[Math.floor(i / 4) % LEVEL1.length]}${Math.floor(i / 40)}`,
      level2: pick(LEVEL2),
      fiveDisclosures: some(FIVE, 1 + Math.floor(next() * 2)),
      content: some(ELEMENTS, 2 + Math.floor(next() * 4)),
      basis: some(LAWS, 1 + Math.floor(next() * 2)),
      timeLimit: next() < 0.8 ? { workdays: 20, from: '形成或变更' } : { workdays: 10, from: '制作或获取', text: '制定或获取信息之日起10个工作日内' },
      channels: some(CHANNELS, 1 + Math.floor(next() * 3)),
      audience: next() < 0.8 ? '全社会' : '特定群体',
      mode: '主动',
      levels: next() < 0.5 ? ['县级'] : ['县级', '乡级'],
    })),
  }));
}

async function child(step, dir) {
  const { loadVocabulary } = await import(`${root}dist/engine/resources.js`);
  let started = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1e6;
  };
  if (step === 'write') {
    const { toCatalogue } = await import(`${root}dist/model/catalogue.js`);
    const { planWorkbooks, streamWorkbook } = await import(`${root}dist/render/excel/index.js`);
    const vocab = loadVocabulary();
    const list = catalogues().map((doc, f) => toCatalogue(`catalogues/c${f}.yaml`, doc, vocab));
    // Timed from here: the items exist, as they do once gkml has read the catalogues.
    if (process.env.GKML_BENCH_MEMORY) {
      const mib = (n) => (n / 2 ** 20).toFixed(0);
      const show = (label) => {
        const m = process.memoryUsage();
        process.stderr.write(`${label}: rss ${mib(m.rss)} heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} external ${mib(m.external)} arrayBuffers ${mib(m.arrayBuffers)} MiB\n`);
      };
      show('after generation');
      setInterval(() => show('during'), 500).unref();
    }
    started = process.hrtime.bigint();
    cpu = process.cpuUsage();
    const options = { vocab, split: 'publisher', channels: 'checklist' };
    const [plan] = planWorkbooks(list, options);
    await streamWorkbook(plan, options, createWriteStream(`${dir}/${plan.fileName}`));
    process.stdout.write(JSON.stringify({ seconds: seconds(), cpuSeconds: cpuSeconds(), sheets: plan.sheets.length }));
  } else {
    const { importFile } = await import(`${root}dist/engine/import.js`);
    const result = importFile(readdirSync(dir).find((f) => f.endsWith('.xlsx')), { cwd: dir, lang: 'zh' });
    const items = result.catalogues.reduce((n, c) => n + c.document.items.length, 0);
    process.stdout.write(JSON.stringify({ seconds: seconds(), cpuSeconds: cpuSeconds(), items, catalogues: result.catalogues.length, valid: result.valid, guesses: result.diagnostics.length }));
  }
}

function yamlWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/catalogues`, { recursive: true });
  writeFileSync(`${dir}/gkml.config.yaml`, 'catalogues:\n  - catalogues/*.yaml\n');
  // JSON is YAML: the files are read by the same parser as hand-written ones.
  catalogues().forEach((doc, f) => writeFileSync(`${dir}/catalogues/c${String(f).padStart(2, '0')}.yaml`, JSON.stringify(doc)));
}

function measure(label, script, args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const result = measureNode(script, args, { cwd: root });
    if (result.exitCode !== 0) throw new Error(`${label} exited ${result.exitCode}\n${result.stderr.slice(0, 2000)}`);
    const inner = script === SCRIPT ? JSON.parse(result.stdout) : {};
    samples.push({ wall: result.wall, rssMiB: result.rssMiB, ...inner });
    process.stderr.write(`  ${label}: ${result.wall.toFixed(2)} s, ${result.rssMiB.toFixed(0)} MiB\n`);
  }
  return { label, wall: median(samples.map((s) => s.wall)), rssMiB: median(samples.map((s) => s.rssMiB)), inner: samples.at(-1), samples };
}

async function parent() {
  const runs = process.argv.includes('--quick') ? 1 : 3;
  const lib = `${work}/lib`;
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  const write = measure('write', SCRIPT, ['--child', 'write', lib], runs);
  const read = measure('import', SCRIPT, ['--child', 'import', lib], runs);
  const cli = `${work}/cli`;
  yamlWorkspace(cli);
  const cliWrite = measure('cli render xlsx', 'bin/gkml.js', ['render', 'xlsx', cli, '--out', `${cli}/out`], runs);
  const cliImport = measure('cli import', 'bin/gkml.js', ['import', `${cli}/out/示例县民政局.xlsx`, '--out', `${cli}/imported`, '--force'], runs);
  const steps = [write, read, cliWrite, cliImport];
  const lines = [
    `${'step'.padEnd(18)}${'wall s'.padStart(8)}${'inner s'.padStart(9)}${'peak RSS MiB'.padStart(14)}`,
    ...steps.map((s) => `${s.label.padEnd(18)}${s.wall.toFixed(2).padStart(8)}${(s.inner.seconds === undefined ? '–' : median(s.samples.map((x) => x.seconds)).toFixed(2)).padStart(9)}${s.rssMiB.toFixed(0).padStart(14)}`),
  ];
  console.log(lines.join('\n'));
  // The goals time the work itself (inner: from items in memory to the last byte of the workbook; from the
  // file's bytes to checked catalogues); peak RSS is the whole process's, the 100,000 items included.
  const inner = (step) => median(step.samples.map((s) => s.seconds));
  const goals = {
    'write 100k under 6 s': inner(write) < GOALS.write.wall,
    'write 100k under 500 MB peak RSS': write.rssMiB < GOALS.write.rssMiB,
    'import 100k under 10 s': inner(read) < GOALS.import.wall,
  };
  for (const [goal, met] of Object.entries(goals)) console.log(`${met ? '✔' : '✖'} ${goal}`);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), loadavg: loadavg(), rssMethod };
  writeFileSync(`${work}/results.json`, `${JSON.stringify({ items: FILES * PER_FILE, machine, steps, goals }, null, 2)}\n`);
  if (!Object.values(goals).every(Boolean)) process.exitCode = 1;
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await parent();
