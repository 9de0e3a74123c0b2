import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes files into a fresh temporary folder and returns the folder. */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Removes the common indentation of a template literal and its first newline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A small catalogue that passes the schema; tests change one thing in it. */
export const validCatalogue = yaml`
  catalogueType: 基层政务公开标准目录
  version: 2024版
  publisher:
    name: 示例县民政局
    level: 县级
  items:
    - id: shjz-001
      area: 社会救助
      level1: 最低生活保障
      level2: 办事指南
      fiveDisclosures: [服务公开]
      content: [办理条件, 申请材料]
      basis: [《社会救助暂行办法》]
      timeLimit: { workdays: 20, from: 形成或变更 }
      channels: [政府网站, 便民服务站]
      audience: 全社会
      mode: 主动
      levels: [县级, 乡级]
`;
