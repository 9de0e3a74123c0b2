// `npm run build && node bench/html.mjs`: times `gkml render html` (issue 5) on the 100,000-item synthetic
// workspace of bench/generate.mjs (500 publishers × 200 items), written to bench/.work/html/ws.
//   render — in a child process: the catalogues checked as the command checks them (schema only,
//            `validate({ rules: false, keepCatalogues: true })`), timed apart, then the site rendered and
//            written (`renderSite` → `writeSite`), from catalogues in memory to the last byte on disk
//            (goal: under 3 s); `plan` is planSite alone (the page fingerprints `gkml build` compares);
//   cli    — `gkml render html <ws> --out …` end to end, validation included, with its peak RSS.
// Flags: --runs N (default 3); --quick (one run); --build name=dir (repeatable): other builds to compare
// with this tree's, run interleaved (each a folder with bin/, dist/, templates/, vocab/, schemas/ and
// package.json, e.g. a copy of an older build). This tree's build is measured from a snapshot taken at the
// start, so a rebuild during the run changes nothing. Writes bench/.work/html/results.json.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { measureNode, median, rssMethod } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = `${root}bench/.work/html`;
const SCRIPT = 'bench/html.mjs';
const GOAL_SECONDS = 3;

/** Sizes of the site's files by kind, in bytes. */
function sizes(dir) {
  const bytes = {};
  const walk = (d, rel) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`);
      else {
        const file = `${rel}${name}`;
        const kind = file.startsWith('assets/') ? 'assets' : /^(area|group)-/.test(file) ? 'area pages' : file.startsWith('category-') ? 'category pages' : /^(index\.html|catalogue\.(json|csv)|\..*)$/.test(file) ? file : 'publisher pages';
        bytes[kind] = (bytes[kind] ?? 0) + statSync(path).size;
      }
    }
  };
  walk(dir, '');
  return bytes;
}

async function child(build, ws, out) {
  const dist = (path) => import(`${build}/dist/${path}`);
  const { validate } = await dist('engine/validate.js');
  const { loadVocabulary } = await dist('engine/resources.js');
  const render = await dist('render/html/render.js');
  const { readTemplateSet, writeSite } = await dist('cli/commands/render-html.js');
  const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
  let started = process.hrtime.bigint();
  const result = await validate({ cwd: ws, patterns: [ws], rules: false, keepCatalogues: true });
  const catalogues = result.catalogues;
  const validateSeconds = seconds(started);
  const vocab = loadVocabulary();
  const set = readTemplateSet(`${build}/templates/html`, undefined, 'zh');
  const options = { vocab, generatedAt: '2024-07-01' };
  let planSeconds;
  let planCpu;
  if (render.planSite) {
    started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    // Fingerprints are worked out when read: read them all, as `gkml build` does.
    for (const page of render.planSite(catalogues, set, options)) if (!page.fingerprint) throw new Error(`no fingerprint for ${page.path}`);
    const used = process.cpuUsage(cpu);
    planSeconds = seconds(started);
    planCpu = (used.user + used.system) / 1e6;
  }
  started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const files = writeSite(out, render.renderSite(catalogues, set, options), 'zh');
  const used = process.cpuUsage(cpu);
  const renderSeconds = seconds(started);
  process.stdout.write(JSON.stringify({ items: catalogues.reduce((n, c) => n + c.items.length, 0), validateSeconds, planSeconds, planCpu, renderSeconds, renderCpu: (used.user + used.system) / 1e6, files, bytes: sizes(out) }));
  rmSync(out, { recursive: true, force: true });
}

function snapshot(name) {
  const dir = `${work}/build-${name}`;
  rmSync(dir, { recursive: true, force: true });
  for (const entry of ['package.json', 'bin', 'dist', 'schemas', 'vocab', 'templates']) cpSync(`${root}${entry}`, `${dir}/${entry}`, { recursive: true });
  symlinkSync(`${root}node_modules`, `${dir}/node_modules`);
  return dir;
}

function parent() {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--quick') ? 1 : Number(argv[argv.indexOf('--runs') + 1]) || 3;
  const builds = argv.flatMap((arg, i) => (argv[i - 1] === '--build' ? [arg.split('=')] : [])).map(([name, dir]) => ({ name, dir: resolve(root, dir) }));
  mkdirSync(work, { recursive: true });
  builds.push({ name: 'this', dir: snapshot('this') });
  const ws = `${work}/ws`;
  if (!existsSync(`${ws}/gkml.config.yaml`)) generateWorkspace(ws, { files: 500, itemsPerFile: 200 });
  const samples = builds.map(() => ({ render: [], cli: [] }));
  const loads = [loadavg()];
  for (let run = 0; run < runs; run++) {
    // Interleaved, and the first build alternates, so a change in the machine's load falls on all alike.
    const order = builds.map((_, i) => i);
    if (run % 2) order.reverse();
    for (const b of order) {
      const { name, dir } = builds[b];
      const inner = measureNode(SCRIPT, ['--child', dir, ws, `${work}/site-${name}`], { cwd: root });
      if (inner.exitCode !== 0) throw new Error(`render (${name}) exited ${inner.exitCode}\n${inner.stderr.slice(0, 2000)}`);
      samples[b].render.push({ ...JSON.parse(inner.stdout), wall: inner.wall, rssMiB: inner.rssMiB, load: loadavg()[0] });
      const out = `${work}/site-cli-${name}`;
      const cli = measureNode(`${dir}/bin/gkml.js`, ['render', 'html', ws, '--out', out], { cwd: root });
      if (cli.exitCode !== 0) throw new Error(`gkml render html (${name}) exited ${cli.exitCode}\n${cli.stderr.slice(0, 2000)}`);
      rmSync(out, { recursive: true, force: true });
      samples[b].cli.push({ wall: cli.wall, cpu: cli.cpu, rssMiB: cli.rssMiB, load: loadavg()[0] });
      const last = samples[b].render.at(-1);
      process.stderr.write(`  ${name} run ${run + 1}: render ${last.renderSeconds.toFixed(2)} s (CPU ${last.renderCpu.toFixed(2)} s), validation ${last.validateSeconds.toFixed(2)} s, cli ${cli.wall.toFixed(2)} s ${cli.rssMiB.toFixed(0)} MiB, load ${loadavg()[0].toFixed(2)}\n`);
    }
    loads.push(loadavg());
  }
  const mb = (n) => (n / 1e6).toFixed(1);
  const lines = [`${'build'.padEnd(10)}${'render s'.padStart(10)}${'CPU s'.padStart(8)}${'valid. s'.padStart(10)}${'plan s'.padStart(8)}${'cli s'.padStart(8)}${'cli CPU s'.padStart(11)}${'cli RSS MiB'.padStart(13)}${'output MB'.padStart(11)}`];
  const summary = builds.map(({ name }, b) => {
    const { render, cli } = samples[b];
    const m = (list, key) => median(list.map((s) => s[key]).filter((v) => v !== undefined));
    const bytes = render.at(-1).bytes;
    const row = { name, render: m(render, 'renderSeconds'), renderCpu: m(render, 'renderCpu'), validate: m(render, 'validateSeconds'), plan: m(render, 'planSeconds'), planCpu: m(render, 'planCpu'), cli: m(cli, 'wall'), cliCpu: m(cli, 'cpu'), cliRssMiB: m(cli, 'rssMiB'), bytes, total: Object.values(bytes).reduce((a, n) => a + n, 0) };
    lines.push(`${name.padEnd(10)}${row.render.toFixed(2).padStart(10)}${row.renderCpu.toFixed(2).padStart(8)}${row.validate.toFixed(2).padStart(10)}${(Number.isNaN(row.plan) ? '–' : row.plan.toFixed(2)).padStart(8)}${row.cli.toFixed(2).padStart(8)}${row.cliCpu.toFixed(2).padStart(11)}${row.cliRssMiB.toFixed(0).padStart(13)}${mb(row.total).padStart(11)}`);
    lines.push(`${''.padEnd(10)}runs (render s): ${render.map((s) => s.renderSeconds.toFixed(2)).join(' / ')}; cli s: ${cli.map((s) => s.wall.toFixed(2)).join(' / ')}`);
    lines.push(`${''.padEnd(10)}${Object.entries(bytes).map(([kind, n]) => `${kind} ${mb(n)}`).join(', ')} MB`);
    return row;
  });
  console.log(lines.join('\n'));
  console.log(`load average (1 min) at the start and after each round: ${loads.map((l) => l[0].toFixed(2)).join(' → ')} on ${cpus().length} cores; peak RSS via ${rssMethod}`);
  for (const row of summary) console.log(`${row.render < GOAL_SECONDS ? '✔' : '✖'} ${row.name}: render 100k under ${GOAL_SECONDS} s (validation excluded): ${row.render.toFixed(2)} s`);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), loads, rssMethod };
  writeFileSync(`${work}/results.json`, `${JSON.stringify({ machine, builds, summary, samples }, null, 2)}\n`);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else parent();
