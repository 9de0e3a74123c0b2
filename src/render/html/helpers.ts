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
  env.registerHelper('each', arrayEach(env.helpers['each']!));
}

/**
 * `{{#each}}` over an array, for templates compiled without @data: the block's text for each element, or its
 * `{{else}}` when there is none. Handlebars' own each gives every element an options object, two arrays and a
 * context path (a string made from the index) that such a block never reads unless it declares parameters
 * (`as |item|`): some 2 million of each on a 100,000-row site. Anything else (an object, an iterable, a
 * function, block parameters, @data) goes to handlebars' own each.
 */
function arrayEach(builtIn: Handlebars.HelperDelegate): Handlebars.HelperDelegate {
  return function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const block = options.fn as ((context: unknown) => string) & { blockParams?: number };
    if (!Array.isArray(context) || options.data || typeof block !== 'function' || block.blockParams) return builtIn.call(this, context, options);
    return eachElement(context, block) ?? options.inverse(this);
  };
}

/** The block's text for each element of an array, holes skipped as handlebars skips them; undefined when there is none. */
export function eachElement(list: readonly unknown[], block: (element: unknown) => string): string | undefined {
  let text = '';
  let any = false;
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue;
    any = true;
    text += block(list[i]);
  }
  return any ? text : undefined;
}

/**
 * The partials a template set holds, compiled: `partials/footer.hbs` → `footer`, in the same strict mode as the pages.
 */
export function compilePartials(partials: Record<string, string>, compile: (source: string, name: string) => Handlebars.TemplateDelegate): Map<string, Handlebars.TemplateDelegate> {
  return new Map(Object.entries(partials).map(([path, source]) => [path.replace(/^partials\//, '').replace(/\.hbs$/, ''), compile(source, path)]));
}
