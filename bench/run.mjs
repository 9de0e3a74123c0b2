// `npm run bench`: generates synthetic workspaces in bench/.work/ and times `gkml validate` beside
// ajv-cli on the same files and schema, plus `gkml --help`. Prints a table and writes
// bench/.work/results.json. Flags: --quick (one run of each, for trying the harness); --wait-quiet (on a
// shared machine, first wait up to 10 minutes for the 1-minute load average to fall below 1).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { measureNode, median, rssMethod } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = 'bench/.work';
const quick = process.argv.includes('--quick');
const waitQuiet = process.argv.includes('--wait-quiet');
// gkml runs from a copy of the build taken at the start, so a rebuild in the working tree during the
// (minutes-long) run cannot change what is measured.
const SNAPSHOT = `${work}/gkml`;
const GKML = `${SNAPSHOT}/bin/gkml.js`;
const AJV = 'node_modules/ajv-cli/dist/index.js';

/** The workspaces: 100,000 items in 500 files, the same with 1% of files carrying one error, and 1,000 items. */
const SCENARIOS = [
  { name: '100k', files: 500, itemsPerFile: 200, invalidEvery: 0, runs: 3 },
  { name: '100k-1%-invalid', files: 500, itemsPerFile: 200, invalidEvery: 100, runs: 3 },
  { name: '1k', files: 5, itemsPerFile: 200, invalidEvery: 0, runs: 5 },
];
const HELP_RUNS = 7;

snapshotBuild();
const TOOLS = {
  gkml: (dir) => [GKML, ['validate', dir]],
  ...(hasNoRules() ? { 'gkml --no-rules': (dir) => [GKML, ['validate', '--no-rules', dir]] } : {}),
  'ajv-cli': (dir) => [AJV, ['validate', '--spec=draft7', '--all-errors', '--allow-union-types', '-s', 'schemas/catalogue.schema.json', '-d', `${dir}/catalogues/*.yaml`]],
};

/** `gkml validate --no-rules` (schema only, as ajv-cli) where this build has the flag. */
function hasNoRules() {
  return measureNode(GKML, ['validate', '--help'], { cwd: root }).stdout.includes('--no-rules');
}

function run(tool, dir, expectedExit) {
  const [script, args] = TOOLS[tool](dir);
  const result = measureNode(script, args, { cwd: root });
  if (result.exitCode !== expectedExit) {
    throw new Error(`${tool} on ${dir} exited ${result.exitCode}, expected ${expectedExit}\n${result.stderr.slice(0, 2000)}`);
  }
  return result;
}

/** Untimed: both tools must see exactly the planted errors, and gkml must place each one. */
function checkFindings(dir, invalidFiles) {
  const gkml = measureNode(GKML, ['validate', dir, '--format', 'json'], { cwd: root });
  const diagnostics = JSON.parse(gkml.stdout).diagnostics ?? [];
  const placed = diagnostics.filter((d) => d.line > 0 && d.column > 0);
  const [script, args] = TOOLS['ajv-cli'](dir);
  const ajvInvalid = (measureNode(script, args, { cwd: root }).stderr.match(/ invalid$/gm) ?? []).length;
  if (diagnostics.length !== invalidFiles || placed.length !== invalidFiles || ajvInvalid !== invalidFiles) {
    throw new Error(`expected ${invalidFiles} findings; gkml reported ${diagnostics.length} (${placed.length} with a line), ajv-cli ${ajvInvalid} invalid files`);
  }
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.messageId}`);
}

function measureScenario(scenario) {
  const dir = `${work}/ws-${scenario.name}`;
  const generated = generateWorkspace(`${root}${dir}`, scenario);
  const expectedExit = generated.invalidFiles > 0 ? 1 : 0;
  const findings = generated.invalidFiles > 0 ? checkFindings(dir, generated.invalidFiles) : [];
  const runs = quick ? 1 : scenario.runs;
  const samples = Object.fromEntries(Object.keys(TOOLS).map((tool) => [tool, []]));
  for (const tool of Object.keys(TOOLS)) run(tool, dir, expectedExit); // warm the page cache; not counted
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? Object.keys(TOOLS) : Object.keys(TOOLS).reverse();
    for (const tool of order) {
      const { wall, rssMiB, cpu } = run(tool, dir, expectedExit);
      samples[tool].push({ wall, rssMiB, cpu });
    }
  }
  const tools = Object.entries(samples).map(([tool, list]) => ({
    tool,
    wall: median(list.map((s) => s.wall)),
    itemsPerSecond: generated.items / median(list.map((s) => s.wall)),
    rssMiB: median(list.map((s) => s.rssMiB)),
    cpu: median(list.map((s) => s.cpu)),
    runs: list,
  }));
  return { name: scenario.name, dir, files: generated.files, items: generated.items, bytes: generated.bytes, invalidFiles: generated.invalidFiles, findings, tools };
}

function measureHelp() {
  const runs = quick ? 1 : HELP_RUNS;
  measureNode(GKML, ['--help'], { cwd: root });
  const help = Array.from({ length: runs }, () => measureNode(GKML, ['--help'], { cwd: root }));
  const bare = Array.from({ length: runs }, () => measureNode('-e', ['0'], { cwd: root }));
  return { runs, wall: median(help.map((r) => r.wall)), rssMiB: median(help.map((r) => r.rssMiB)), nodeStartupWall: median(bare.map((r) => r.wall)), samples: help.map((r) => r.wall) };
}

const fmt = (n, digits = 2) => n.toFixed(digits);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function printTable(scenarios, help) {
  const lines = [
    `${pad('workspace', 17)}${pad('tool', 17)}${lpad('wall s', 8)}${lpad('items/s', 10)}${lpad('peak RSS MiB', 14)}${lpad('CPU s', 8)}${lpad('runs', 6)}`,
  ];
  for (const s of scenarios) {
    for (const t of s.tools) {
      lines.push(`${pad(s.name, 17)}${pad(t.tool, 17)}${lpad(fmt(t.wall), 8)}${lpad(Math.round(t.itemsPerSecond).toLocaleString('en'), 10)}${lpad(fmt(t.rssMiB, 0), 14)}${lpad(fmt(t.cpu), 8)}${lpad(t.runs.length, 6)}`);
    }
  }
  lines.push(`gkml --help: ${fmt(help.wall, 3)} s median of ${help.runs} (node -e 0 alone: ${fmt(help.nodeStartupWall, 3)} s), peak RSS ${fmt(help.rssMiB, 0)} MiB`);
  console.log(lines.join('\n'));
}

function goals(scenarios, help) {
  const wall = (name, tool) => scenarios.find((s) => s.name === name)?.tools.find((t) => t.tool === tool)?.wall;
  return {
    '100k: gkml no slower than ajv-cli': wall('100k', 'gkml') <= wall('100k', 'ajv-cli'),
    '1k: gkml faster than ajv-cli': wall('1k', 'gkml') < wall('1k', 'ajv-cli'),
    'gkml --help under 0.15 s': help.wall < 0.15,
  };
}

function gitDescribe() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts', 'bench'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}+uncommitted` : commit;
  } catch {
    return 'unknown';
  }
}

async function waitForQuiet() {
  const until = Date.now() + 10 * 60 * 1000;
  while (loadavg()[0] >= 1 && Date.now() < until) {
    process.stderr.write(`load average ${fmt(loadavg()[0])}; waiting for a quieter machine …\n`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

function snapshotBuild() {
  rmSync(`${root}${SNAPSHOT}`, { recursive: true, force: true });
  for (const entry of ['package.json', 'bin', 'dist', 'schemas', 'vocab', 'templates']) {
    if (existsSync(`${root}${entry}`)) cpSync(`${root}${entry}`, `${root}${SNAPSHOT}/${entry}`, { recursive: true });
  }
}

if (waitQuiet) await waitForQuiet();
const loadBefore = loadavg();
const started = new Date();
const scenarios = SCENARIOS.map((scenario) => {
  process.stderr.write(`measuring ${scenario.name} …\n`);
  return measureScenario(scenario);
});
const help = measureHelp();
const loadAfter = loadavg();
printTable(scenarios, help);
const met = goals(scenarios, help);
for (const [goal, ok] of Object.entries(met)) console.log(`${ok ? 'met   ' : 'MISSED'} ${goal}`);
console.log(`load average before/after (1 min): ${fmt(loadBefore[0])} / ${fmt(loadAfter[0])} on ${cpus().length} cores; peak RSS via ${rssMethod}`);

const results = {
  date: started.toISOString(),
  commit: gitDescribe(),
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${osType()} ${release()}`, node: process.version },
  loadAverage: { before: loadBefore, after: loadAfter },
  rssMethod,
  quick,
  scenarios,
  help,
  goals: met,
};
writeFileSync(`${root}${work}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${work}/results.json`);
