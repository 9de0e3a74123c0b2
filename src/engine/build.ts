import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { createReport, type Report } from '../core/report.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Profile } from '../rules/types.js';
import { BuildCache, type CacheStore } from './build-cache.js';
import { environmentKey, fileKey, inputsKey, runKey } from './build-inputs.js';
import { readShared } from './read-shared.js';
import { type Config } from './config.js';
import { findRegisterFiles } from './register.js';
import type { RegisterReading } from './register-thread.js';
import { runRegisterDiff, type DiffRun } from './register-diff.js';
import { validate, type ValidateOptions } from './validate.js';
import { KEEPING_HELPERS } from './validate-threads.js';
import { resolveWorkspace, type Workspace, type WorkspaceOptions } from './workspace.js';

/** The file in a build's output folder that says what the build was made from, and what each file's fingerprint is. */
export const MANIFEST = '.gkml-build.json';

export interface BuildManifest {
  format: 1;
  /** inputsKey of the run that wrote the folder. */
  inputs: string;
  /** Every output file, by path, with the fingerprint of what it was made from. */
  files: Record<string, string>;
}

export interface BuildSettings extends WorkspaceOptions, Pick<ValidateOptions, 'threads' | 'threadsFrom'> {
  /** Output folder (relative to cwd); the config's build.out, or `public` beside the config. */
  out?: string;
  /** Cache folder (relative to cwd); the config's build.cache, or `.gkml-cache` beside the config. */
  cacheDir?: string;
  /** Publishers (by name or file name) to build alone. */
  only?: string[];
  profile?: Profile;
  /** Use and update the cache (default true). */
  useCache?: boolean;
  /** Where new cache entries go as they are made (the CLI writes them); else they wait in the cache's `pending`. */
  cacheStore?: CacheStore;
  /** Told when a stage starts, for the progress bar. */
  onStage?: (stage: 'validate' | 'diff') => void;
  /** Told after each catalogue file is checked (from the cache or not). */
  onFile?: (done: number, total: number) => void;
  /** Anything else that changes the outputs (format options, the date), part of the inputs key. */
  variant: unknown;
  /** gkml's version and the runtime's (the cache holds V8's serialisation: another Node.js starts afresh). */
  version: string;
}

/** First look: which files, which config, where the output goes, and whether anything changed since the last build. */
export interface BuildScan {
  workspace: Workspace;
  out: string;
  cacheDir: string;
  templateDir?: string;
  environment: string;
  inputs: string;
  previous?: BuildManifest;
  registerFiles: string[];
  /** Each catalogue file's content hash under the environment, by the name reports give it: what an output made from it depends on. */
  fileHashes: ReadonlyMap<string, string>;
}

/** Reads what the build depends on (cheaply: bytes and hashes, no parsing) and the previous output's manifest. */
export async function scanBuild(settings: BuildSettings): Promise<BuildScan> {
  const workspace = await resolveWorkspace(settings);
  const { config } = workspace;
  const out = settings.out ? resolve(settings.cwd, settings.out) : resolve(config.root, config.build?.out ?? 'public');
  const outFor = settings.only && settings.only.length > 0 && !settings.out ? `${out}-only` : out;
  const cacheDir = settings.cacheDir ? resolve(settings.cwd, settings.cacheDir) : resolve(config.root, config.build?.cache ?? '.gkml-cache');
  const templateDir = config.site?.templates ? resolve(config.root, config.site.templates) : undefined;
  const registerFiles = config.register?.files ? await discoverRegisters(config) : [];
  const calendarFile = config.calendar?.override ? [resolve(config.root, config.calendar.override)] : [];
  const environment = environmentKey({
    version: settings.version,
    ...(config.file ? { configFile: config.file } : {}),
    extraFiles: calendarFile,
    options: { profile: settings.profile ?? null, lang: workspace.lang },
  });
  const run = runKey(environment, {
    ...(templateDir ? { templateDir } : {}),
    extraFiles: registerFiles,
    options: { variant: settings.variant, only: settings.only ?? [], failLevel: workspace.failLevel },
  });
  // Each file is read into one shared buffer and hashed at once, not held: the checks read it again, which costs
  // less than keeping 74 MB of a 100,000-item workspace in fresh buffers (engine/read-shared.ts).
  const inputs = inputsKey(run);
  const fileHashes = new Map<string, string>();
  for (const file of workspace.files) {
    const name = workspace.display(file);
    const key = fileKey(environment, name, readShared(file));
    inputs.add(name, key);
    fileHashes.set(name, key);
  }
  return {
    workspace,
    out: outFor,
    cacheDir,
    ...(templateDir ? { templateDir } : {}),
    environment,
    inputs: inputs.digest(),
    fileHashes,
    ...readManifest(outFor),
    registerFiles,
  };
}

function readManifest(out: string): { previous?: BuildManifest } {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return {};
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as BuildManifest;
    return manifest.format === 1 && typeof manifest.files === 'object' ? { previous: manifest } : {};
  } catch {
    return {}; // unreadable: everything is built again
  }
}

async function discoverRegisters(config: Config): Promise<string[]> {
  try {
    return await findRegisterFiles(config.register!.files!, config.root, 'zh');
  } catch {
    return []; // the diff stage reports a missing register in the user's language
  }
}

/** What the checks found: the catalogues to publish and the report of everything. */
export interface BuildCheck {
  catalogues: Catalogue[];
  report: Report;
  diff?: DiffRun;
  cache?: BuildCache;
  /** Files parsed and checked in this run (the rest came from the cache). */
  checked: number;
  /** Of those, how many helper threads checked. */
  helped: number;
}

/** Validates (schema and rules; unchanged files from the cache), picks --only's publishers, diffs the register. */
export async function checkBuild(scan: BuildScan, settings: BuildSettings): Promise<BuildCheck> {
  const checked = await checkCatalogues(scan, settings);
  return checked.register ? diffBuild(checked, settings) : checked;
}

/** The catalogues checked, before the register diff; `register` when the config names a register. */
export interface CatalogueCheck extends BuildCheck {
  register: boolean;
  texts?: ReadonlyMap<string, string>;
}

/** Validates (schema and rules; unchanged files from the cache) and picks --only's publishers. */
export async function checkCatalogues(scan: BuildScan, settings: BuildSettings): Promise<CatalogueCheck> {
  const cache = settings.useCache === false ? undefined : new BuildCache(scan.cacheDir, scan.environment, settings.cacheStore);
  const options = stageOptions(settings);
  const register = scan.workspace.config.register?.files !== undefined;
  settings.onStage?.('validate');
  // Not beside a register read on a second thread: it slowed the checks (the policy rules allocate as fast as
  // parsing does) by as much as it saved (bench/README.md). `gkml build` reads it beside the outputs instead.
  const validation = await validate({ threads: KEEPING_HELPERS, ...options, keepCatalogues: true, keepTexts: register, ...(cache ? { cache } : {}) });
  const only = selectPublishers(validation.catalogues, settings.only, scan.workspace.lang);
  const kept = only ? new Set(only.map((c) => c.file)) : undefined;
  const report = kept ? narrowReport(validation.report, kept) : validation.report;
  const catalogues = only ?? validation.catalogues;
  const checked = cache ? cache.misses : scan.workspace.files.length;
  return { catalogues, report, checked, helped: validation.helped, register, ...(validation.texts ? { texts: validation.texts } : {}), ...(cache ? { cache } : {}) };
}

/**
 * Diffs the register against the checked catalogues; `reading` is the register already being read (on another
 * thread, see startRegisterReadOf), else it is read here.
 */
export async function diffBuild(checked: CatalogueCheck, settings: BuildSettings, reading?: RegisterReading): Promise<BuildCheck> {
  const options = stageOptions(settings);
  const { register: _register, texts, ...check } = checked;
  settings.onStage?.('diff');
  const diff = await runRegisterDiff({ ...options, validation: { catalogues: check.catalogues, report: check.report, ...(texts ? { texts } : {}) }, ...(reading ? { reading } : {}) });
  const combined: Report = { ...diff.report, ...(check.report.disclosures ? { disclosures: check.report.disclosures } : {}) };
  return { ...check, report: combined, diff };
}

/** What validate and the diff are given of the build's settings: all but the cache's and the progress bar's. */
function stageOptions({ useCache: _cache, cacheStore: _store, onStage: _stage, ...options }: BuildSettings): Omit<BuildSettings, 'useCache' | 'cacheStore' | 'onStage'> {
  return options;
}

/** --only: the catalogues whose publisher or file name is given; an unknown name is a usage error. */
function selectPublishers(catalogues: readonly Catalogue[], only: readonly string[] | undefined, lang: 'zh' | 'en'): Catalogue[] | undefined {
  if (!only || only.length === 0) return undefined;
  const wanted = new Set(only);
  const matches = (c: Catalogue) => wanted.has(c.publisher.name) || wanted.has(basename(c.file).replace(/\.ya?ml$/, '')) || wanted.has(c.file);
  const found = catalogues.filter(matches);
  const missing = only.filter((name) => !found.some((c) => c.publisher.name === name || c.file === name || basename(c.file).replace(/\.ya?ml$/, '') === name));
  if (missing.length > 0) {
    const known = [...new Set(catalogues.map((c) => c.publisher.name))].sort().join(lang === 'zh' ? '、' : ', ');
    throw new UsageError(lang === 'zh' ? `--only：没有找到公开主体“${missing.join('、')}”（或其目录有错误）。已有：${known}` : `--only: no publisher "${missing.join(', ')}" (or its catalogue has errors). Known: ${known}`);
  }
  return found;
}

function narrowReport(report: Report, files: ReadonlySet<string>): Report {
  const narrowed = createReport(
    report.files.filter((f) => files.has(f)),
    report.diagnostics.filter((d) => files.has(d.location.file)),
    Object.fromEntries(Object.entries(report.sources).filter(([f]) => files.has(f))),
  );
  return report.disclosures ? { ...narrowed, disclosures: report.disclosures } : narrowed;
}
