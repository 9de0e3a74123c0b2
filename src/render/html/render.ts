import Handlebars from 'handlebars';
import type { Catalogue } from '../../model/catalogue.js';
import { fastPartial } from './fast-template.js';
import { bytesFingerprint, commonFingerprint, Fingerprints } from './fingerprint.js';
import { compilePartials, KNOWN_HELPERS, registerHelpers } from './helpers.js';
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

/**
 * One file of the site, not yet made: `gkml build` makes only those whose fingerprint changed since
 * its previous output. Equal fingerprints ⇒ byte-identical content (for the same gkml version).
 */
export interface SitePage {
  path: string;
  /** Equal fingerprints ⇒ byte-identical content. */
  fingerprint: string;
  /**
   * Makes the file; a page or the open data comes in pieces, each made as it is read. Calling it, or reading the
   * pieces, may throw a TemplateError.
   */
  render(): string | Uint8Array | Iterable<string>;
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

/** A template set compiled: each page template renders a page model as a sequence of pieces. */
export interface CompiledTemplates {
  render(page: PageTemplate, model: PageModel): Iterable<string>;
}

/** A partial called by a template, to be rendered when the page's pieces are read. */
interface Deferred {
  partial: Handlebars.TemplateDelegate;
  context: unknown;
  options: (Handlebars.RuntimeOptions & { indent?: string }) | undefined;
}

/** A template's text with a mark where each partial it called goes, and those calls in order. */
interface Skeleton {
  text: string;
  calls: Deferred[];
}

/**
 * Stands in a template's text for a deferred partial. A value from a catalogue can never produce it: handlebars
 * escapes every `<` of a value. (Were one to turn up anyway, that template is rendered in one piece instead.)
 */
const mark = (n: number) => `<\u0000${n}\u0000>`;
const MARKS = /<\u0000(\d+)\u0000>/;

/**
 * Compiles a template set in its own handlebars environment (nothing registered globally), strict:
 * a name the view model does not provide is an error, not an empty cell. Escaping stays on.
 *
 * A page is rendered in pieces: a template runs with each partial it calls (header and footer, a publisher's
 * tables, each table's rows) left as a mark, and each partial is rendered the same way when the writer reaches
 * it. No page is ever one string: a 10 MB string built of a million small pieces is kept alive, copied by the
 * garbage collector and flattened before it can be written, which on a 100,000-item site cost more than making
 * the text; a row's text is small and dies young.
 */
export function compileTemplates(set: TemplateSet, options: { fastPartials?: boolean } = {}): CompiledTemplates {
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
  // While a template runs in pieces, `deferred` collects the partials it calls; when it is undefined, partials run in place.
  let deferred: Deferred[] | undefined;
  const skeleton = (template: Handlebars.TemplateDelegate, context: unknown, options?: Deferred['options']): Skeleton => {
    const outer = deferred;
    const calls: Deferred[] = (deferred = []);
    try {
      return { text: template(context, options), calls };
    } finally {
      deferred = outer;
    }
  };
  const whole = (template: Handlebars.TemplateDelegate, context: unknown, options?: Deferred['options']): string => {
    const outer = deferred;
    deferred = undefined;
    try {
      return template(context, options);
    } finally {
      deferred = outer;
    }
  };
  /** A template's pieces: its text between the marks, and each partial's pieces in its place. */
  function* pieces(template: Handlebars.TemplateDelegate, context: unknown, options: Deferred['options'], made = skeleton(template, context, options)): Generator<string> {
    const { text, calls } = made;
    if (calls.length === 0) {
      if (text) yield text;
      return;
    }
    const parts = text.split(MARKS);
    // split keeps each mark's number: text, 0, text, 1, text …
    if (parts.length !== 2 * calls.length + 1 || !parts.every((part, i) => i % 2 === 0 || part === String((i - 1) / 2))) {
      yield whole(template, context, options);
      return;
    }
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (parts[i]) yield parts[i]!;
        continue;
      }
      const call = calls[(i - 1) / 2]!;
      calls[(i - 1) / 2] = undefined!; // its view model can go once written
      yield* pieces(call.partial, call.context, call.options);
    }
  }
  const partials = compilePartials(Object.fromEntries(Object.entries(set.templates).filter(([path]) => path.startsWith('partials/'))), compile);
  const same = sameOutputForSameContext(env, set.templates);
  for (const [name, compiled] of partials) {
    // Row partials as plain functions where they can be (fast-template.ts): the same text, a fraction of the calls.
    const fast = options.fastPartials === false ? undefined : fastPartial(env, set.templates[`partials/${name}.hbs`]!, compiled, same);
    const partial = fast ?? compiled;
    const made = same.has(name) ? new WeakMap<object, string>() : undefined;
    env.registerPartial(name, ((context: unknown, options?: Deferred['options']) => {
      if (made && typeof context === 'object' && context !== null) {
        // The view model shares one object among the rows it fits (a row's √ cells): rendered once per build.
        let text = made.get(context);
        if (text === undefined) made.set(context, (text = whole(partial, context, options)));
        return text;
      }
      if (deferred === undefined) return partial(context, options);
      // An indented partial (alone on its line, after spaces) has every line of its output indented by handlebars:
      // those (breadcrumb, filters, nav) are small, and rendered in place, whole.
      if (options?.indent) return whole(partial, context, options);
      deferred.push({ partial, context, options });
      return mark(deferred.length - 1);
    }) as Handlebars.TemplateDelegate);
  }
  const pages = {} as Record<PageTemplate, Handlebars.TemplateDelegate>;
  for (const page of PAGE_TEMPLATES) {
    const source = set.templates[page];
    if (source === undefined) throw new TemplateError(page, 'missing');
    pages[page] = compile(source, page);
  }
  const named = (name: PageTemplate, error: unknown) => (error instanceof TemplateError ? error : new TemplateError(name, (error as Error).message));
  return {
    render(name, model) {
      const template = pages[name];
      let made: Skeleton;
      try {
        made = skeleton(template, model); // the page template's own errors now; its partials' as they are read
      } catch (error) {
        throw named(name, error);
      }
      return (function* () {
        try {
          yield* pieces(template, model, undefined, made);
        } catch (error) {
          throw named(name, error);
        }
      })();
    },
  };
}

/**
 * The partials whose text depends on the object they are given and nothing else, so that the same object gives the
 * same text: every call passes the context explicitly (`{{> tick-cells ticks}}`, no hash), and the partial looks
 * nowhere else (no `../`, no `@data`, no partial of its own). Helpers are pure and view-model objects are never
 * changed once made.
 */
function sameOutputForSameContext(env: typeof Handlebars, templates: Record<string, string>): Set<string> {
  type Node = { type?: string; [key: string]: unknown };
  const walk = (node: unknown, visit: (node: Node) => void): void => {
    if (Array.isArray(node)) for (const child of node) walk(child, visit);
    else if (node && typeof node === 'object') {
      visit(node as Node);
      for (const [key, child] of Object.entries(node)) if (key !== 'loc') walk(child, visit);
    }
  };
  const explicit = new Set<string>();
  const bare = new Set<string>();
  const selfContained = new Set<string>();
  for (const [path, source] of Object.entries(templates)) {
    let contained = true;
    walk(env.parse(source), (node) => {
      if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement' || node.type === 'DecoratorBlock' || node.type === 'Decorator') contained = false;
      if (node.type === 'PathExpression' && ((node.depth as number) > 0 || node.data)) contained = false;
      if (node.type === 'PartialStatement') {
        const name = (node.name as Node & { original?: unknown }).original;
        if (typeof name !== 'string') return;
        ((node.params as unknown[]).length === 1 && !node.hash ? explicit : bare).add(name);
      }
    });
    const name = /^partials\/(.+)\.hbs$/.exec(path)?.[1];
    if (name && contained) selfContained.add(name);
  }
  return new Set([...explicit].filter((name) => !bare.has(name) && selfContained.has(name)));
}

/**
 * Every file of the site with its fingerprint, in the order they are written: assets, the open data,
 * the home page, the area and 五公开 pages, then one page per publisher. Nothing is rendered until a
 * page's `render()` is called, and each page's view model is made then and dropped after, so a large
 * site never sits in memory at once. Templates are compiled here: a syntax error throws at once. Pure:
 * the caller writes the files, and passes the date.
 */
export function planSite(catalogues: readonly Catalogue[], set: TemplateSet, options: SiteOptions): SitePage[] {
  const templates = compileTemplates(set, options.plainHandlebars ? { fastPartials: false } : {});
  const model = buildSiteModel(catalogues, options);
  const { map, site } = model;
  const { updated, ...everywhere } = site;
  // Fingerprints are worked out when first read: rendering the whole site (renderSite) never needs them.
  let prints: Fingerprints | undefined;
  const fingerprints = () => (prints ??= new Fingerprints(map, commonFingerprint(set.templates, { site: everywhere, channelStyle: model.options.channelStyle }, options.vocab), options.catalogueKey));
  const page = (path: string, fingerprint: () => string, render: SitePage['render']): SitePage => {
    let value: string | undefined;
    return {
      path,
      get fingerprint() {
        return (value ??= fingerprint());
      },
      render,
    };
  };
  const html = (template: PageTemplate, build: () => PageModel) => () => templates.render(template, build());
  const all = map.publishers;
  const plan: SitePage[] = Object.entries(set.assets)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => page(path, () => bytesFingerprint(content), () => content));
  plan.push(
    page('catalogue.json', () => fingerprints().page('json', [updated], all), () => catalogueJson(map, site)),
    page('catalogue.csv', () => fingerprints().page('csv', [], all), () => catalogueCsv(map)),
    page('index.html', () => fingerprints().page('index', [updated], all), html('pages/index.hbs', () => indexPage(model))),
  );
  for (const area of map.areas) {
    const shown = () => all.filter((entry) => entry.places.has(area.name));
    plan.push(page(area.path, () => fingerprints().page('area', [updated, area.name, area.path], shown()), html('pages/list.hbs', () => areaPage(model, area))));
  }
  for (const category of map.categories) {
    const shown = () => all.filter((entry) => entry.categories.has(category.name));
    plan.push(page(category.path, () => fingerprints().page('category', [updated, category.name, category.path], shown()), html('pages/list.hbs', () => categoryPage(model, category))));
  }
  for (const entry of all) {
    plan.push(page(entry.path, () => fingerprints().page('publisher', [], [entry]), html('pages/publisher.hbs', () => publisherPage(model, entry))));
  }
  return plan;
}

/** The whole site, one file at a time: planSite's pages, each rendered as it is reached. */
export function* renderSite(catalogues: readonly Catalogue[], set: TemplateSet, options: SiteOptions): Generator<SiteFile> {
  for (const page of planSite(catalogues, set, options)) yield { path: page.path, content: page.render() };
}
