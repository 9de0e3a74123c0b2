import { watch, type FSWatcher } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isUserError } from '../../core/errors.js';
import { scanBuild } from '../../engine/build.js';
import { runBuild, buildSettings, type BuildFlags } from '../commands/build.js';
import type { CliIo } from '../io.js';

const text = {
  watching: { zh: (dir: string) => `正在监视 ${dir}，保存后自动重新构建。按 Ctrl+C 结束。`, en: (dir: string) => `Watching ${dir}; saving a file rebuilds. Press Ctrl+C to stop.` },
  changed: { zh: (file: string) => `\n${file} 已改动，重新构建…`, en: (file: string) => `\n${file} changed; building again…` },
};

/**
 * `gkml build --watch`: builds, then builds again whenever a file under the workspace changes (not the
 * output or the cache). A broken save prints its findings and keeps the last good output (a held build
 * never replaces the site); a config that cannot be read is reported and watching goes on. Resolves with
 * 0 when `stop` is aborted (Ctrl+C in the CLI).
 */
export async function watchBuild(io: CliIo, workspace: string | undefined, flags: BuildFlags, stop?: AbortSignal): Promise<number> {
  const scan = await scanBuild(buildSettings(io, workspace, flags));
  const lang = scan.workspace.lang;
  const root = scan.workspace.config.root;
  const skipped = [scan.out, scan.cacheDir];
  const once = async () => {
    try {
      await runBuild(io, workspace, { ...flags, quiet: true });
    } catch (error) {
      if (!isUserError(error)) throw error;
      io.stderr.write(`${error.message}\n`);
    }
  };
  await once();
  io.stderr.write(`${text.watching[lang](relative(io.cwd, root) || '.')}\n`);
  const signal = stop ?? interrupted();
  return new Promise<number>((done, fail) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    let changedFile = '';
    const watcher: FSWatcher = watch(root, { recursive: true }, (_event, name) => {
      if (!name) return;
      const file = resolve(root, name.toString());
      if (skipped.some((dir) => file === dir || file.startsWith(`${dir}${sep}`)) || file.split(sep).some((part) => part.startsWith('.') && part !== '.' && part !== '..')) return;
      changedFile = relative(io.cwd, file);
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          io.stderr.write(`${text.changed[lang](changedFile)}\n`);
          await once();
        }).catch(fail);
      }, 150);
    });
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      watcher.close();
      void running.then(() => done(0));
    }, { once: true });
  });
}

function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
