import type { DiffItem } from './outline.js';
import type { PowerTypeTable } from './power-types.js';
import type { Expectation, RegisterConfig } from './types.js';

/**
 * The expectations of a run: vocab/power-expectations.yaml with the config's `register.expectations` over it.
 * A config key may be any word for a type (行政审批, 01, XK); one naming no type is returned in `unknown`.
 */
export function resolveExpectations(
  base: Readonly<Record<string, Expectation>>,
  overrides: RegisterConfig['expectations'],
  types: PowerTypeTable,
): { expectations: Record<string, Expectation>; unknown: string[] } {
  const expectations: Record<string, Expectation> = { ...base };
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const type = types.resolve(key);
    if (!type) {
      unknown.push(key);
      continue;
    }
    const previous = expectations[type.name];
    if (Array.isArray(value)) {
      expectations[type.name] = { disclosures: value };
      continue;
    }
    const next: Expectation = { disclosures: value.disclosures ?? previous?.disclosures ?? [] };
    const within = 'withinWorkdays' in value ? value.withinWorkdays : previous?.withinWorkdays;
    if (within !== undefined) next.withinWorkdays = within;
    if (previous?.why && value.disclosures === undefined) next.why = previous.why;
    expectations[type.name] = next;
  }
  return { expectations, unknown };
}

/** What the linked items disclose between them, and which expected categories none of them has. */
export function missingDisclosures(expected: readonly string[], items: readonly DiffItem[]): string[] {
  const present = new Set(items.flatMap((item) => item.fiveDisclosures));
  return expected.filter((d) => !present.has(d));
}

/** A 结果公开 item whose time limit, in working days, is longer than the expectation allows. */
export function slowResultItems(expectation: Expectation | undefined, items: readonly DiffItem[]): { item: DiffItem; workdays: number }[] {
  const within = expectation?.withinWorkdays;
  if (within === undefined) return [];
  return items.flatMap((item) => {
    const limit = item.timeLimit;
    const workdays = typeof limit === 'object' ? limit.workdays : undefined;
    return item.fiveDisclosures.includes('结果公开') && workdays !== undefined && workdays > within ? [{ item, workdays }] : [];
  });
}
