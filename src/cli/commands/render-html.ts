import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { hasFailures } from '../../core/report.js';
import { resolveWorkspace } from '../../engine/workspace.js';
import { loadVocabulary, resourcePath } from '../../engine/resources.js';
import { validate } from '../../engine/validate.js';
import { formatters } from '../../formatters/index.js';
import type { ChannelStyle } from '../../render/html/cells.js';
import { PAGE_TEMPLATES, renderSite, TemplateError, type SiteFile, type TemplateSet } from '../../render/html/render.js';
import { buildDate } from '../build/date.js';
import { useColor, type CliIo } from '../io.js';
import { writeTree } from '../write-tree.js';

interface RenderHtmlFlags {
  out: string;
  config?: string;
  templates?: string;
  channels: ChannelStyle;
  lang?: Lang;
}

/** A file in a finished site: a folder holding it may be replaced by the next build. */
const MARKER = '.gkml-site';

const text = {
  notRendered: { zh: '目录有错误，没有生成网站。请先修正上面的问题。', en: 'The catalogues have errors; the site was not written. Fix the problems above first.' },
  done: {
    zh: (out: string, publishers: number, files: number) => `已生成网站 ${out}：${publishers} 个公开主体，${files} 个文件。`,
    en: (out: string, publishers: number, files: number) => `Wrote the site to ${out}: ${publishers} publishers, ${files} files.`,
  },
  noTemplates: { zh: (dir: string) => `找不到模板文件夹：${dir}`, en: (dir: string) => `Template folder not found: ${dir}` },
  strayTemplate: {
    zh: (file: string) => `模板文件夹中的 ${file} 不是可覆盖的模板。可以覆盖 partials/*.hbs、${PAGE_TEMPLATES.join('、')}，以及 assets/ 中的任何文件。`,
    en: (file: string) => `${file} in the template folder is not a template gkml uses. Override partials/*.hbs, ${PAGE_TEMPLATES.join(', ')}, or any file under assets/.`,
  },
  templateFailed: {
    zh: (template: string, reason: string, out: string) => `模板出错（${template}）：${reason}\n网站没有更新，${out} 保持原样。`,
    en: (template: string, reason: string, out: string) => `Template error (${template}): ${reason}\nThe site was not updated; ${out} is unchanged.`,
  },
};

/** `gkml render html`: checks the schema, then writes the site into a fresh folder that replaces `--out` only when complete. */
export async function runRenderHtml(io: CliIo, paths: string[], flags: RenderHtmlFlags): Promise<number> {
  const options = { cwd: io.cwd, patterns: paths, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}) };
  const { config } = await resolveWorkspace(options);
  // What rendering needs: readable YAML that passes the schema (as `gkml render xlsx`). The policy rules are
  // `gkml validate`'s to report; the catalogues are kept from the check rather than read a second time.
  const result = await validate({ ...options, rules: false, keepCatalogues: true });
  const lang = result.lang;
  if (result.report.diagnostics.length > 0) io.stderr.write(formatters.stylish!(result.report, { color: useColor(io, io.stderr, undefined), lang }));
  if (hasFailures(result.report, result.failLevel)) {
    io.stderr.write(`${text.notRendered[lang]}\n`);
    return EXIT.findings;
  }
  const overrideDir = flags.templates ? resolve(io.cwd, flags.templates) : config.site?.templates ? resolve(config.root, config.site.templates) : undefined;
  const set = readTemplateSet(resourcePath('templates/html'), overrideDir, lang);
  const out = resolve(io.cwd, flags.out);
  const site = renderSite(result.catalogues, set, {
    vocab: loadVocabulary(),
    generatedAt: buildDate(io.env),
    channelStyle: flags.channels,
    ...(config.site?.title ? { title: config.site.title } : {}),
  });
  let written: number;
  try {
    written = writeSite(out, site, lang);
  } catch (error) {
    if (error instanceof TemplateError && overrideDir) throw new UsageError(text.templateFailed[lang](error.template, error.reason, flags.out));
    throw error;
  }
  const publishers = new Set(result.catalogues.map((c) => c.publisher.name)).size;
  io.stdout.write(`${text.done[lang](flags.out, publishers, written)}\n`);
  return EXIT.clean;
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => !path.split(sep).some((part) => part.startsWith('.')) && statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** The shipped templates, with the files of an override folder in place of those of the same name. */
export function readTemplateSet(defaultDir: string, overrideDir: string | undefined, lang: Lang): TemplateSet {
  const set: TemplateSet = { templates: {}, assets: {} };
  const add = (dir: string, path: string) => {
    if (path.startsWith('assets/')) set.assets[path] = readFileSync(join(dir, path));
    else set.templates[path] = readFileSync(join(dir, path), 'utf8');
  };
  for (const path of filesUnder(defaultDir)) add(defaultDir, path);
  if (!overrideDir) return set;
  if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) throw new UsageError(text.noTemplates[lang](overrideDir));
  for (const path of filesUnder(overrideDir)) {
    const known = path.startsWith('assets/') || /^partials\/[^/]+\.hbs$/.test(path) || set.templates[path] !== undefined;
    if (!known) throw new UsageError(text.strayTemplate[lang](path));
    add(overrideDir, path);
  }
  return set;
}

/** Writes the site through writeTree: into a new folder, swapped in only when complete. */
export function writeSite(out: string, files: Iterable<SiteFile>, lang: Lang): number {
  return writeTree(out, files, { marker: MARKER, markerText: 'Written by gkml render html. This folder is replaced by the next build.\n', lang });
}
