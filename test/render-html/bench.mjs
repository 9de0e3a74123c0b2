// Render benchmark for `gkml render html` (not part of `npm test`): node test/render-html/bench.mjs [--files 500] [--cli]
// Generates the synthetic workspace of bench/generate.mjs (100,000 items in 500 files by default) in a
// temporary folder, then times the render stage in-process (catalogues loaded once, no validation) and,
// with --cli, the whole command (validation included) with its peak RSS. Needs `npm run build` first.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { generateWorkspace } from '../../bench/generate.mjs';
import { measureNode } from '../../bench/measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (path) => import(`${root}dist/${path}`);
const { loadVocabulary } = await dist('engine/resources.js');
const { toCatalogue } = await dist('model/catalogue.js');
const { renderSite } = await dist('render/html/render.js');
const { readTemplateSet, writeSite } = await dist('cli/commands/render-html.js');

const argv = process.argv.slice(2);
const files = Number(argv[argv.indexOf('--files') + 1] || 500) || 500;
const work = mkdtempSync(join(tmpdir(), 'gkml-render-bench-'));
const workspace = generateWorkspace(join(work, 'ws'), { files, itemsPerFile: 200 });
const vocab = loadVocabulary();

const t0 = performance.now();
const dir = join(workspace.dir, 'catalogues');
const catalogues = readdirSync(dir).sort().map((name) => toCatalogue(name, jsYaml.load(readFileSync(join(dir, name), 'utf8')), vocab));
const t1 = performance.now();
const cpu1 = process.cpuUsage();
const set = readTemplateSet(join(root, 'templates/html'), undefined, 'zh');
const out = join(work, 'site');
const count = writeSite(out, renderSite(catalogues, set, { vocab, generatedAt: '2024-07-01' }), 'zh');
const t2 = performance.now();
const cpu = process.cpuUsage(cpu1);

let bytes = 0;
const walk = (d) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : (bytes += statSync(join(d, n)).size)));
walk(out);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`${workspace.items.toLocaleString('en-US')} items in ${files} files (${mb(workspace.bytes)} of YAML)`);
console.log(`load (js-yaml, no validation): ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`render + write: ${((t2 - t1) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), ${count} files, ${mb(bytes)}, in-process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (argv.includes('--cli')) {
  const run = measureNode(join(root, 'bin/gkml.js'), ['render', 'html', workspace.dir, '--out', join(work, 'site-cli')], { cwd: root });
  if (run.exitCode !== 0) throw new Error(`gkml render html exited ${run.exitCode}\n${run.stderr.slice(0, 2000)}`);
  console.log(`gkml render html (validation included): ${run.wall.toFixed(2)} s, peak RSS ${run.rssMiB.toFixed(0)} MiB`);
}
rmSync(work, { recursive: true, force: true });
