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
 * The partials a template set holds, compiled: `partials/footer.hbs` → `footer`, in the same strict mode as the pages.
 */
export function compilePartials(partials: Record<string, string>, compile: (source: string, name: string) => Handlebars.TemplateDelegate): Map<string, Handlebars.TemplateDelegate> {
  return new Map(Object.entries(partials).map(([path, source]) => [path.replace(/^partials\//, '').replace(/\.hbs$/, ''), compile(source, path)]));
}
