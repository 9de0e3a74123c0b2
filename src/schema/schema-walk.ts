import type { JsonPath } from '../core/diagnostic.js';

export type SchemaNode = Record<string, unknown>;

/** Follows a local `$ref` (`#/definitions/x`) to its schema. */
export function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    const target = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as SchemaNode | undefined)?.[key], root);
    current = (target as SchemaNode | undefined) ?? {};
  }
  return current;
}

/** The subschema for one step down: a property or an array entry, looking into `else` of union types. */
export function childSchema(root: SchemaNode, node: SchemaNode, segment: string | number): SchemaNode | undefined {
  const s = deref(root, node);
  const branches = [s, ...(s.else ? [deref(root, s.else as SchemaNode)] : [])];
  for (const branch of branches) {
    if (typeof segment === 'number' && branch.items) return branch.items as SchemaNode;
    const properties = branch.properties as Record<string, SchemaNode> | undefined;
    if (typeof segment === 'string' && properties?.[segment]) return properties[segment];
    if (typeof segment === 'string' && typeof branch.additionalProperties === 'object') return branch.additionalProperties as SchemaNode;
  }
  return undefined;
}

/** The schema at `path` and the nearest title on the way down (the field a clerk recognises). */
export function schemaAt(root: SchemaNode, path: JsonPath): { schema: SchemaNode | undefined; title: string | undefined } {
  let node: SchemaNode | undefined = root;
  let title = root.title as string | undefined;
  for (const segment of path) {
    node = node && childSchema(root, node, segment);
    if (!node) break;
    const resolved = deref(root, node);
    if (typeof resolved.title === 'string') title = resolved.title;
  }
  return { schema: node && deref(root, node), title };
}

/** The properties a schema allows at `path`, in schema order. */
export function propertiesAt(root: SchemaNode, path: JsonPath): Record<string, SchemaNode> {
  const { schema } = schemaAt(root, path);
  if (!schema) return {};
  const own = schema.properties as Record<string, SchemaNode> | undefined;
  const other = schema.else ? (deref(root, schema.else as SchemaNode).properties as Record<string, SchemaNode> | undefined) : undefined;
  return { ...own, ...other };
}

export function titleOf(root: SchemaNode, node: SchemaNode | undefined): string | undefined {
  const title = node && deref(root, node).title;
  return typeof title === 'string' ? title : undefined;
}
