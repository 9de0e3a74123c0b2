import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

/** A fixed date on the pages, so two builds of the same input give the same bytes. */
export const ENV = { SOURCE_DATE_EPOCH: '1719792000' };

/** `gkml init` twice: a workspace with two publishers (民政局, 教育局), ready for `gkml build`. */
export async function twoPublisherWorkspace(): Promise<string> {
  const dir = tempFiles({});
  await runCli(['init', 'ws', '--publisher', '示例县民政局', '--area', '社会救助', '--level', '县级'], { cwd: dir });
  await runCli(['init', 'other', '--publisher', '示例县教育局', '--area', '义务教育', '--level', '县级'], { cwd: dir });
  const ws = join(dir, 'ws');
  const other = join(dir, 'other', 'catalogues');
  for (const name of readdirSync(other)) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(ws, 'catalogues', name), readFileSync(join(other, name)));
  }
  return ws;
}

/** Every file under a folder (dot files included) with its inode and content, by POSIX path. */
export function snapshot(dir: string): Record<string, { ino: number; mtimeMs: number; content: string }> {
  const out: Record<string, { ino: number; mtimeMs: number; content: string }> = {};
  for (const path of readdirSync(dir, { recursive: true }) as string[]) {
    const full = join(dir, path);
    const stat = statSync(full);
    if (stat.isFile()) out[relative(dir, full).split(sep).join('/')] = { ino: stat.ino, mtimeMs: stat.mtimeMs, content: readFileSync(full).toString('base64') };
  }
  return out;
}

export function contents(snap: ReturnType<typeof snapshot>): Record<string, string> {
  return Object.fromEntries(Object.entries(snap).map(([path, file]) => [path, file.content]));
}
