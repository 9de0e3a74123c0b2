import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs gkml in-process with fake streams, from `cwd`. */
export async function gkml(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main({
    argv,
    cwd,
    env: { NO_COLOR: '1' },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { exitCode, stdout, stderr };
}

/** Writes files into a fresh temporary folder and returns it. */
export function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-due-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** One catalogue item in YAML with the given id and time limit (flow YAML or a plain word). */
export function itemYaml(id: string, timeLimit: string): string {
  return `  - id: ${id}
    area: 社会救助
    level1: 最低生活保障
    level2: 办事指南
    fiveDisclosures: [服务公开]
    content: [办理条件]
    timeLimit: ${timeLimit}
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
}

/** A catalogue of a fictional publisher holding `items` (from itemYaml). */
export function catalogueYaml(publisher: string, items: string[]): string {
  return `catalogueType: 基层政务公开标准目录
publisher:
  name: ${publisher}
  level: 县级
items:
${items.join('')}`;
}

/** A small workspace: two publishers, one id shared by both, one item of each kind of time limit. */
export function smallWorkspace(extra: Record<string, string | Uint8Array> = {}): string {
  return tempDir({
    'gkml.config.yaml': 'catalogues:\n  - catalogues/*.yaml\n',
    'catalogues/civil.yaml': catalogueYaml('示例县民政局', [
      itemYaml('mz-020', '{ workdays: 20, from: 形成或变更 }'),
      itemYaml('mz-007', '{ workdays: 7, from: 作出决定 }'),
      itemYaml('mz-rt', '实时'),
      itemYaml('mz-js', '及时'),
      itemYaml('mz-month', '{ periodic: 每月 }'),
      itemYaml('mz-days', '{ days: 20, from: 批复 }'),
      itemYaml('mz-year', '{ deadline: 01-31 }'),
      itemYaml('shared-1', '{ workdays: 5 }'),
    ]),
    'catalogues/ecology.yaml': catalogueYaml('示例县生态环境局', [itemYaml('shared-1', '{ workdays: 10 }')]),
    ...extra,
  });
}
