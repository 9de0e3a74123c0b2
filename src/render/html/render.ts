import Handlebars from 'handlebars';
import type { Catalogue } from '../../model/catalogue.js';
import { KNOWN_HELPERS, registerHelpers, registerPartials } from './helpers.js';
import { indexPage } from './index-model.js';
import { catalogueCsv, catalogueJson } from './open-data.js';
import type { PageModel } from './types.js';
import { areaPage, buildSiteModel, categoryPage, publisherPage, type SiteOptions } from './view-model.js';

/** The page templates a template set must hold; partials and assets are free. */
export const PAGE_TEMPLATES = ['pages/index.hbs', 'pages/publisher.hbs', 'pages/list.hbs'] as const;

/**
 * A template set, as the CLI read it from templates/html/ (and a --templates folder over it):
 * `pages/*.hbs` and `partials/*.hbs` by path, and `assets/*` copied into the site as they are.
 */
export interface TemplateSet {
  templates: Record<string, string>;
  assets: Record<string, string | Uint8Array>;
}

/** One file of the site, by its path inside the output folder; large files come in pieces, to be written in order. */
export interface SiteFile {
  path: string;
  content: string | Uint8Array | Iterable<string>;
}

/** A template that does not compile, or fails while rendering; names the template file. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly template: string,
    readonly reason: string,
  ) {
    super(`${template}: ${reason}`);
  }
}

type PageTemplate = (typeof PAGE_TEMPLATES)[number];
type Compiled = Record<PageTemplate, Handlebars.TemplateDelegate>;

/**
 * Compiles a template set in its own handlebars environment (nothing registered globally), strict:
 * a name the view model does not provide is an error, not an empty cell. Escaping stays on.
 */
export function compileTemplates(set: TemplateSet): Compiled {
  const env = Handlebars.create();
  registerHelpers(env);
  const compile = (source: string, name: string) => {
    try {
      env.parse(source); // syntax errors now, with the file's name, rather than at first use
    } catch (error) {
      throw new TemplateError(name, (error as Error).message);
    }
    // No @index/@first frames and no helper look-ups for plain values: on a 100,000-row site these cost
    // more than the rows themselves, and the view model already says everything they would.
    return env.compile(source, { strict: true, data: false, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
  };
  const partials = Object.fromEntries(Object.entries(set.templates).filter(([path]) => path.startsWith('partials/')));
  registerPartials(env, partials, compile);
  const compiled = {} as Compiled;
  for (const page of PAGE_TEMPLATES) {
    const source = set.templates[page];
    if (source === undefined) throw new TemplateError(page, 'missing');
    compiled[page] = compile(source, page);
  }
  return compiled;
}

function run(template: Handlebars.TemplateDelegate, name: string, page: PageModel): string {
  try {
    return template(page);
  } catch (error) {
    throw new TemplateError(name, (error as Error).message);
  }
}

/**
 * The whole site, one file at a time (so a large site never sits in memory at once): assets, the
 * open data, the home page, the area and 五公开 pages, then one page per publisher. Pure: the caller
 * writes the files, and passes the date.
 */
export function* renderSite(catalogues: readonly Catalogue[], set: TemplateSet, options: SiteOptions): Generator<SiteFile> {
  const pages = compileTemplates(set);
  const model = buildSiteModel(catalogues, options);
  for (const [path, content] of Object.entries(set.assets).sort(([a], [b]) => (a < b ? -1 : 1))) yield { path, content };
  yield { path: 'catalogue.json', content: catalogueJson(model.map, model.site) };
  yield { path: 'catalogue.csv', content: catalogueCsv(model.map) };
  yield { path: 'index.html', content: run(pages['pages/index.hbs'], 'pages/index.hbs', indexPage(model)) };
  for (const area of model.map.areas) yield { path: area.path, content: run(pages['pages/list.hbs'], 'pages/list.hbs', areaPage(model, area)) };
  for (const category of model.map.categories) {
    yield { path: category.path, content: run(pages['pages/list.hbs'], 'pages/list.hbs', categoryPage(model, category)) };
  }
  for (const entry of model.map.publishers) {
    yield { path: entry.path, content: run(pages['pages/publisher.hbs'], 'pages/publisher.hbs', publisherPage(model, entry)) };
  }
}
