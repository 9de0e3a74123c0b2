import type Handlebars from 'handlebars';

type Env = typeof Handlebars;

/**
 * The few helpers a template may call. None returns HTML: output stays escaped, so a value from a
 * catalogue can only ever be text. `eq` lets a branded header vary by page kind; `formatNumber` groups digits.
 */
const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
  formatNumber: (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value)),
};

/** The helper names templates compile against (knownHelpersOnly: any other name is a compile error). */
export const KNOWN_HELPERS: Record<string, boolean> = Object.fromEntries(Object.keys(helpers).map((name) => [name, true]));

export function registerHelpers(env: Env): void {
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper);
}

/**
 * `partials/footer.hbs` → `footer`; partials compile in the same strict mode as the pages. Each
 * partial's output is flattened before the page appends it: a page built from millions of small
 * string pieces keeps them all alive until the end, and the garbage collector copies them over and
 * over (on a 100,000-item site that cost more than the rendering).
 */
export function registerPartials(env: Env, partials: Record<string, string>, compile: (source: string, name: string) => Handlebars.TemplateDelegate): void {
  for (const [path, source] of Object.entries(partials)) {
    const name = path.replace(/^partials\//, '').replace(/\.hbs$/, '');
    const template = compile(source, path);
    env.registerPartial(name, ((context: unknown, options?: Handlebars.RuntimeOptions) => flatten(template(context, options))) as Handlebars.TemplateDelegate);
  }
}

/**
 * V8 turns a string built by concatenation into one flat string when code reads a character of it.
 * Small outputs (an item row) are left as they are: copying each of 100,000 rows once more cost more than
 * the few pieces they add to their table's string, which is flattened in turn.
 */
function flatten(text: string): string {
  if (text.length > 4096) text.charCodeAt(0);
  return text;
}
