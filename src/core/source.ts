import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import type { JsonPath, Position } from './diagnostic.js';

/**
 * `yaml`, loaded on first use: only a file with findings (or a holiday override file) needs the exact parser, and
 * loading it took 40 ms of every run.
 */
export const loadYaml = (): typeof import('yaml') => (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
let loaded: typeof import('yaml') | undefined;

/** A place in the source: 1-based start and end, and how much of the requested path was found. */
export interface SourceRange {
  start: Position;
  end: Position;
  /** The longest prefix of the requested path that exists in the document. */
  resolved: JsonPath;
}

/** A YAML syntax problem as the `yaml` parser reports it. */
export interface SyntaxProblem {
  code: string;
  detail: string;
  start: Position;
  end: Position;
}

/**
 * A YAML text parsed with `yaml` and its LineCounter: the exact parser. It answers
 * "where is this path?" for every stage, so all positions come from one place.
 */
export class SourceDocument {
  readonly document: Document.Parsed;
  private readonly lines: LineCounter;

  constructor(readonly text: string) {
    this.lines = new (loadYaml().LineCounter)();
    this.document = loadYaml().parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, strict: true, prettyErrors: true, stringKeys: true, logLevel: 'error' });
  }

  /** Syntax errors (duplicate keys included), in source order. */
  syntaxProblems(): SyntaxProblem[] {
    return this.document.errors.map((error) => ({
      code: error.code,
      detail: firstLine(error.message),
      start: this.position(error.pos[0]),
      end: this.position(Math.max(error.pos[1], error.pos[0] + 1)),
    }));
  }

  /** The plain value, aliases resolved to shared objects (never copied). */
  toValue(): unknown {
    return this.document.toJS({ maxAliasCount: -1 });
  }

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.min(offset, this.text.length));
    return { line, column: col };
  }

  /** The path of the deepest node at `position` (a duplicate key's own path, say). */
  pathAt(position: Position): JsonPath {
    const offset = this.offset(position);
    const path: (string | number)[] = [];
    let node: Node | null = this.document.contents;
    for (;;) {
      let next: { segment: string | number; node: Node | null } | undefined;
      if (loadYaml().isMap(node)) {
        for (const pair of node.items) {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          const end = value?.range?.[2] ?? key?.range?.[2] ?? -1;
          if (loadYaml().isScalar(key) && key.range && key.range[0] <= offset && offset < end) next = { segment: String(key.value), node: value };
        }
      } else if (loadYaml().isSeq(node)) {
        node.items.forEach((item, index) => {
          const range = (item as Node | null)?.range;
          if (range && range[0] <= offset && offset < range[2]) next = { segment: index, node: item as Node };
        });
      }
      if (!next) return path;
      path.push(next.segment);
      node = next.node;
    }
  }

  /** The source text between two positions (on one line: the value as written). */
  slice(start: Position, end: Position): string {
    return this.text.slice(this.offset(start), this.offset(end));
  }

  private offset(position: Position): number {
    let offset = 0;
    for (let line = 1; line < position.line; line++) offset = this.text.indexOf('\n', offset) + 1;
    return offset + position.column - 1;
  }

  /** Finds `path`; `on: 'key'` points at the mapping key instead of its value. Falls back to the nearest ancestor. */
  locate(path: JsonPath, on: 'key' | 'value' = 'value'): SourceRange {
    let node: Node | null = this.document.contents;
    let keyNode: Node | null = null;
    const resolved: (string | number)[] = [];
    for (const segment of path) {
      if (loadYaml().isAlias(node)) node = node.resolve(this.document) ?? null;
      const step = child(node, segment);
      if (!step) break;
      node = step.value;
      keyNode = step.key;
      resolved.push(segment);
    }
    const complete = resolved.length === path.length;
    const target = on === 'key' && complete && keyNode ? keyNode : (node ?? keyNode);
    const range = target?.range ?? [0, 0, 0];
    return { start: this.position(range[0]), end: this.position(Math.max(range[1], range[0] + 1)), resolved };
  }
}

function child(node: Node | null, segment: string | number): { key: Node | null; value: Node | null } | undefined {
  if (loadYaml().isMap(node)) {
    for (const pair of node.items) {
      if (!loadYaml().isPair(pair)) continue;
      const key = pair.key as Node | null;
      const name = loadYaml().isScalar(key) ? String(key.value) : undefined;
      if (name === String(segment)) return { key, value: (pair.value as Node | null) ?? key };
    }
    return undefined;
  }
  if (loadYaml().isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item === undefined ? undefined : { key: null, value: item };
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
