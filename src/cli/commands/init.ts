import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { loadVocabulary, resourcePath } from '../../engine/resources.js';
import { resolveArea } from '../../model/vocab.js';
import { scaffold, type StarterArea } from '../../init/scaffold.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../write-output.js';

interface InitFlags {
  publisher: string;
  area: string;
  level: string;
  type: string;
  lang?: Lang;
}

/** `gkml init [dir]`: asks nothing; refuses to overwrite any file that is already there. */
export async function runInit(io: CliIo, dir: string, flags: InitFlags): Promise<number> {
  const lang = flags.lang ?? 'zh';
  const target = resolve(io.cwd, dir);
  const area = resolveArea(loadVocabulary(), flags.area);
  if (!area) throw new UsageError(lang === 'zh' ? `不认识的领域“${flags.area}”。领域名称见 docs/format.md。` : `Unknown area "${flags.area}". See docs/format.md for the areas.`);
  const starters = (parse(readFileSync(resourcePath('vocab/standard-items.yaml'), 'utf8')) as { areas: Record<string, StarterArea> }).areas;
  const starter = starters[area.name] ?? starters['政府信息']!;
  const schemaPath = (name: string) => posix(relative(target, resourcePath(`schemas/${name}`)));
  const files = scaffold(
    {
      publisher: flags.publisher,
      level: flags.level,
      area: area.name,
      catalogueType: flags.type,
      catalogueSchema: posix(relative(join(target, 'catalogues'), resourcePath('schemas/catalogue.schema.json'))),
      catalogueSchemaFromRoot: schemaPath('catalogue.schema.json'),
      configSchema: schemaPath('config.schema.json'),
      date: new Date().toISOString().slice(0, 10),
    },
    starter,
    `${starter.prefix}.yaml`,
  );
  const existing = Object.keys(files).filter((name) => existsSync(join(target, name)));
  if (existing.length > 0) {
    throw new UsageError(lang === 'zh' ? `${dir} 中已有 ${existing.join('、')}，gkml init 不会覆盖。请换一个空文件夹。` : `${dir} already has ${existing.join(', ')}; gkml init does not overwrite. Choose an empty folder.`);
  }
  for (const [name, content] of Object.entries(files)) writeFileAtomic(join(target, name), content);
  io.stdout.write(
    lang === 'zh'
      ? `已在 ${dir} 新建工作区：${Object.keys(files).join('、')}。\n下一步：cd ${dir} && npx gkml build\n`
      : `Created a workspace in ${dir}: ${Object.keys(files).join(', ')}.\nNext: cd ${dir} && npx gkml build\n`,
  );
  return EXIT.clean;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}
