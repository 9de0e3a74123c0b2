export interface Expansion {
  /** Nodes in the value as written. */
  written: number;
  /** Nodes the value would have if every alias were copied out. */
  expanded: number;
  cycle: boolean;
}

/**
 * Measures what aliases add to a value, without copying anything: parsers hand aliases over as
 * shared objects, so one memo per object keeps this linear in the size of the file.
 */
export function measureExpansion(value: unknown): Expansion {
  const memo = new Map<object, number>();
  const active = new Set<object>();
  let written = 0;
  let cycle = false;
  const visit = (node: unknown): number => {
    if (node === null || typeof node !== 'object') {
      written++;
      return 1;
    }
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (active.has(node)) {
      cycle = true;
      return 1;
    }
    active.add(node);
    written++;
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) total += visit(child);
    active.delete(node);
    memo.set(node, total);
    return total;
  };
  const expanded = visit(value);
  return { written, expanded, cycle };
}
