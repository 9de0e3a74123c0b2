import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Severity } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { CONFIG_FILE, findConfig, readConfig, type Config } from './config.js';
import { discoverFiles, displayPath } from './discover.js';

export interface WorkspaceOptions {
  cwd: string;
  /** Files, folders or globs; a folder holding gkml.config.yaml is a workspace and uses its `catalogues`. */
  patterns?: string[];
  /** An explicit config file; otherwise the nearest gkml.config.yaml above cwd. */
  configFile?: string;
  lang?: Lang;
  failLevel?: Severity;
}

export interface Workspace {
  config: Config;
  files: string[];
  lang: Lang;
  failLevel: Severity;
  display: (file: string) => string;
}

/** Decides which config applies and which files a run covers. */
export async function resolveWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const cwd = resolve(options.cwd);
  const patterns = options.patterns ?? [];
  const lang0 = options.lang ?? 'zh';
  const workspaceDir = patterns.length === 1 ? workspaceFolder(resolve(cwd, patterns[0]!)) : undefined;
  const configFile = options.configFile ? resolve(cwd, options.configFile) : workspaceDir ? join(workspaceDir, CONFIG_FILE) : findConfig(cwd);
  if (options.configFile && !existsSync(configFile!)) {
    throw new UsageError(lang0 === 'zh' ? `找不到配置文件：${options.configFile}` : `Config file not found: ${options.configFile}`);
  }
  const display = (file: string) => displayPath(file, cwd);
  const config: Config = configFile ? readConfig(configFile, lang0, display(configFile)) : { root: cwd, ignore: [] };
  const lang = options.lang ?? config.lang ?? 'zh';
  const failLevel = options.failLevel ?? config.failLevel ?? 'error';
  let files: string[];
  if (workspaceDir || patterns.length === 0) {
    if (!config.catalogues) {
      throw new UsageError(
        lang === 'zh'
          ? '没有指定要检查的目录文件。请在命令后写出文件或文件夹，或在 gkml.config.yaml 中设置 catalogues。'
          : 'No catalogue files given. Name files or folders on the command line, or set catalogues in gkml.config.yaml.',
      );
    }
    files = await discoverFiles(config.catalogues, config.root, config.ignore, lang);
  } else {
    files = await discoverFiles(patterns, cwd, config.ignore, lang);
  }
  return { config, files, lang, failLevel, display };
}

function workspaceFolder(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isDirectory() && existsSync(join(path, CONFIG_FILE)) ? path : undefined;
}
