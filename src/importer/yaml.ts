import { Document, type YAMLMap } from 'yaml';
import type { CatalogueDocument, ItemDocument } from '../model/catalogue.js';

/** Lists written on one line when short (levels, channels …); longer ones get a line per element. */
const FLOW_LIMIT = 60;
/** Maps always written on one line: { workdays: 20, from: 形成或变更 }. */
const FLOW_MAPS = new Set(['timeLimit', 'postingPeriod']);

/**
 * The YAML text of an imported catalogue. The document (schema modeline, the line saying where it came
 * from, the catalogue's own fields) is built with the `yaml` Document API, written as YAML 1.1 so that
 * text a YAML 1.1 reader such as js-yaml would take for something else (2024-06-30, yes) is quoted. The
 * items follow in the same style, written by `itemYaml`: the Document API took about a second per 5,000
 * items, which an import of 100,000 items cannot afford. Both parsers read every item back unchanged
 * (test/importer/round-trip.test.ts).
 */
export function catalogueYaml(document: CatalogueDocument, options: { schemaRef: string; source: string }): string {
  const { items, ...head } = document;
  const doc = new Document(null, { version: '1.1' });
  doc.contents = doc.createNode(head, { aliasDuplicateObjects: false }) as YAMLMap;
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}\n 由 gkml import 从 ${options.source} 导入。导入时的推测见导入报告，请逐条核对。`;
  const parts = [doc.toString({ lineWidth: 0, flowCollectionPadding: false }), 'items:\n'];
  items.forEach((item, i) => parts.push(i > 0 ? `\n${itemYaml(item)}` : itemYaml(item)));
  return parts.join('');
}

/** One item as a block sequence entry, its fields in the order given. */
export function itemYaml(item: ItemDocument): string {
  let out = '';
  let first = true;
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    out += `${first ? '  - ' : '    '}${key}:${valueYaml(key, value)}\n`;
    first = false;
  }
  return out;
}

function valueYaml(key: string, value: unknown): string {
  if (Array.isArray(value)) {
    const scalars = value.map((v) => scalar(v, true));
    if (scalars.reduce((n, s) => n + width(s) + 2, 2) <= FLOW_LIMIT) return ` [${scalars.join(', ')}]`;
    return value.map((v) => `\n      - ${scalar(v, false)}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined);
    if (FLOW_MAPS.has(key)) return ` {${pairs.map(([k, v]) => `${k}: ${scalar(v, true)}`).join(', ')}}`;
    return pairs.map(([k, v]) => `\n      ${k}: ${scalar(v, false)}`).join('');
  }
  return ` ${scalar(value, false)}`;
}

/**
 * A scalar: numbers and booleans as they are; text plain when no YAML 1.1 or 1.2 reader could take it
 * for anything but that text, otherwise double-quoted with JSON's escapes (valid YAML).
 */
function scalar(value: unknown, inFlow: boolean): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return isPlain(text, inFlow) ? text : JSON.stringify(text);
}

const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const LOOKS_TYPED = /^(?:[-+.]?\d|\.(?:inf|nan)|(?:true|false|yes|no|on|off|y|n|null)$|~$)/i;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|: |:$| #|\s$/;
const FLOW_UNSAFE = /[,[\]{}]/;

function isPlain(text: string, inFlow: boolean): boolean {
  return text !== '' && !SPECIAL_START.test(text) && !LOOKS_TYPED.test(text) && !UNSAFE.test(text) && !(inFlow && FLOW_UNSAFE.test(text));
}

/** Display width: a Chinese character counts two. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return n;
}
