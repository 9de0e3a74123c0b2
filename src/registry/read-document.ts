import type { JsonPath, Position } from '../core/diagnostic.js';
import type { PowerTypeTable } from './power-types.js';
import type { Power, ReadFinding, RegisterField, RegisterFile } from './types.js';

/** A register kept as YAML or JSON (schemas/register.schema.json), once it has passed the schema. */
export interface RegisterDocument {
  title?: string;
  department?: string;
  version?: string;
  date?: string;
  powers: PowerDocument[];
}

type Text = string | string[];

export interface PowerDocument {
  /** A number when written without quotes (110101). */
  code?: string | number;
  name: string;
  /** A number when a national code is written without quotes (05 → 5). */
  type?: string | number;
  basis?: Text;
  owner?: string;
  office?: string;
  level?: string;
  responsibilities?: Text;
  accountability?: Text;
  note?: string;
  subItems?: Omit<PowerDocument, 'subItems'>[];
}

/** Where a path of the file is (the engine answers with the `yaml` parser's positions). */
export type Locate = (path: JsonPath) => { start: Position; end: Position };

const FIELDS = ['code', 'name', 'type', 'basis', 'owner', 'office', 'level', 'responsibilities', 'accountability', 'note'] as const;
const TEXT_FIELDS = ['basis', 'owner', 'office', 'level', 'responsibilities', 'accountability', 'note'] as const;

/** The powers of a register document: each entry, or each of its 子项 (which inherit the entry's fields). */
export function readDocument(document: RegisterDocument, file: string, types: PowerTypeTable, locate: Locate): RegisterFile {
  const findings: ReadFinding[] = [];
  const powers: Power[] = [];
  const read: Reader = { file, department: document.department, types, locate, findings };
  document.powers.forEach((entry, index) => {
    const path = ['powers', index];
    if (!entry.subItems || entry.subItems.length === 0) {
      powers.push(toPower(read, entry, path, []));
      return;
    }
    entry.subItems.forEach((sub, k) => powers.push(toPower(read, sub, [...path, 'subItems', k], [{ entry, path }])));
  });
  return { file, powers, findings, ...(document.department ? { department: document.department } : {}) };
}

interface Reader {
  file: string;
  department: string | undefined;
  types: PowerTypeTable;
  locate: Locate;
  findings: ReadFinding[];
}

type Layer = { entry: Omit<PowerDocument, 'subItems'>; path: JsonPath };

/** One power from an entry (or a 子项 and the 主项 it inherits from, in `outer`). */
function toPower(read: Reader, entry: Omit<PowerDocument, 'subItems'>, path: JsonPath, outer: Layer[]): Power {
  const layers: Layer[] = [{ entry, path }, ...outer];
  /** The innermost layer that sets a field: its value and its path. */
  const find = (field: (typeof FIELDS)[number]) => {
    const layer = layers.find((l) => l.entry[field] !== undefined);
    return layer ? { value: layer.entry[field]!, path: [...layer.path, field] } : undefined;
  };
  const fields: Partial<Record<RegisterField, { start: Position; end: Position }>> = {};
  for (const field of FIELDS) {
    const found = field === 'name' || field === 'code' ? (entry[field] !== undefined ? { path: [...path, field] } : undefined) : find(field);
    if (found) fields[field] = read.locate(found.path);
  }
  const at = read.locate(path);
  const power: Power = { code: String(entry.code ?? '').trim(), name: entry.name.trim(), origin: { kind: 'yaml', file: read.file, path, start: at.start, end: at.end, fields } };
  if (outer[0]) power.mainItem = outer[0].entry.name.trim();
  for (const field of TEXT_FIELDS) {
    const value = find(field)?.value;
    const text = Array.isArray(value) ? value.join('\n') : value === undefined ? undefined : String(value);
    if (text !== undefined && text.trim() !== '') power[field] = text.trim();
  }
  if (!power.owner && read.department) power.owner = read.department;
  readType(read, power, find('type'), path);
  return power;
}

function readType(read: Reader, power: Power, found: { value: string | number | string[]; path: JsonPath } | undefined, path: JsonPath): void {
  const written = typeof found?.value === 'string' || typeof found?.value === 'number' ? String(found.value).trim() : '';
  const report = (messageId: string, data: ReadFinding['data'], at: JsonPath) =>
    read.findings.push({ ruleId: 'register-input', severity: 'warning', messageId, data, file: read.file, path: at });
  if (!found || written === '') {
    report('missingType', { name: power.name }, path);
    return;
  }
  const type = read.types.resolve(written);
  if (type) {
    power.type = type.name;
    if (written !== type.name) power.typeAsWritten = written;
    return;
  }
  const data = { value: written, name: power.name, known: read.types.names().join('、') };
  const suggestion = read.types.suggest(written)[0];
  if (suggestion) report('unknownTypeSuggestion', { ...data, suggestion }, found.path);
  else report('unknownType', data, found.path);
  power.typeAsWritten = written;
}
