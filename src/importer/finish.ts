import type { CatalogueDocument, ItemDocument } from '../model/catalogue.js';
import type { TimeLimitValue } from '../model/time-limit.js';
import type { Draft, DraftItem } from './draft.js';
import type { Guesses } from './guesses.js';
import { firstMatch, type ImportVocabulary } from './vocab.js';

const DEPARTMENTAL = '主动公开基本目录';

/**
 * Completes the drafts of one catalogue: area from the table's title, defaults for what the table did not
 * say (each one reported), 五公开 and 事项性质 guessed from the names, ids, and the policy document a
 * 政策解读 follows. Returns the items in the YAML's field order.
 */
export function finishItems(v: ImportVocabulary, drafts: Draft[], document: CatalogueDocument, guesses: Guesses): ItemDocument[] {
  const said = new Set<string>();
  const once = (draft: Draft, field: string, messageId: string, data: Record<string, string>) => {
    const key = `${draft.sheet}|${draft.block.header.top}|${field}`;
    if (said.has(key)) return;
    said.add(key);
    guesses.warn(draft.sheet, { row: draft.block.header.top, column: 1 }, messageId, data);
  };
  for (const draft of drafts) {
    const { item } = draft;
    const columns = new Set<string>(draft.block.header.columns.map((c) => c.field));
    if (item.area === undefined && draft.block.context.area && document.catalogueType !== DEPARTMENTAL) item.area = draft.block.context.area;
    fill(draft, 'audience', '全社会', columns, guesses, once);
    fill(draft, 'mode', '主动', columns, guesses, once);
    fill(draft, 'levels', document.publisher.level, columns, guesses, once);
    if (item.owner === document.publisher.name) delete item.owner;
    if (!draft.meta) guessKinds(v, draft, guesses);
  }
  assignIds(v, drafts, guesses);
  for (const draft of drafts) if (draft.pendingSync) resolveSync(draft, drafts, guesses);
  return drafts.map(({ item }) => toDocument(item));
}

function fill(draft: Draft, field: 'audience' | 'mode' | 'levels', value: string, columns: Set<string>, guesses: Guesses, once: (d: Draft, f: string, id: string, data: Record<string, string>) => void): void {
  if (draft.item[field].length > 0) return;
  draft.item[field] = [value];
  const words = { audience: '公开对象', mode: '公开方式', levels: '公开层级' };
  if (!columns.has(field)) once(draft, field, 'columnMissing', { field: words[field], value });
  else guesses.warn(draft.sheet, { row: draft.row, column: draft.block.header.columns.find((c) => c.field === field)!.column }, 'tickNone', { field: words[field], value });
}

/** 事项性质 and 五公开 from the item's names, where the table had no column for them. */
function guessKinds(v: ImportVocabulary, draft: Draft, guesses: Guesses): void {
  const { item } = draft;
  const names = [item.level1, item.level2, item.level3].filter(Boolean).join(' ');
  const at = { row: draft.row, column: draft.at.level2 ?? draft.at.level1 ?? 1 };
  if (!item.kind) {
    const kind = firstMatch(v.headers.guesses.kinds, names);
    if (kind) {
      item.kind = kind;
      guesses.add(draft.sheet, at, 'kindGuess', { value: kind });
    }
  }
  if (!item.fiveDisclosures || item.fiveDisclosures.length === 0) {
    const category = firstMatch(v.headers.guesses.fiveDisclosures, names) ?? v.headers.guesses.defaultFiveDisclosure;
    item.fiveDisclosures = [category];
    guesses.add(draft.sheet, at, 'fiveDisclosuresGuess', { value: category });
  }
}

/** Ids for items without one: the area's code (social-assistance-001 …) or item-001, never one already used. */
function assignIds(v: ImportVocabulary, drafts: Draft[], guesses: Guesses): void {
  const used = new Set<string>();
  for (const draft of drafts) {
    const id = draft.item.id;
    if (id === undefined) continue;
    if (used.has(id)) {
      delete draft.item.id;
      guesses.warn(draft.sheet, { row: draft.row, column: 1 }, 'idDuplicate', { id });
    } else used.add(id);
  }
  const counters = new Map<string, number>();
  const generated: Draft[] = [];
  for (const draft of drafts) {
    if (draft.item.id !== undefined) continue;
    const prefix = v.vocab.areas.find((a) => a.name === draft.item.area)?.id ?? 'item';
    let n = counters.get(prefix) ?? 0;
    let id: string;
    do id = `${prefix}-${String(++n).padStart(3, '0')}`;
    while (used.has(id));
    counters.set(prefix, n);
    used.add(id);
    draft.item.id = id;
    generated.push(draft);
  }
  if (generated.length > 0) {
    const first = generated[0]!;
    guesses.add(first.sheet, { row: first.row, column: 1 }, 'idGenerated', { count: generated.length, first: first.item.id!, last: generated.at(-1)!.item.id! });
  }
}

/** 与政策文件同步发布: the nearest 政策文件 item above, in the same 一级事项 if there is one. */
function resolveSync(draft: Draft, drafts: Draft[], guesses: Guesses): void {
  const index = drafts.indexOf(draft);
  const above = drafts.slice(0, index).reverse().filter((d) => d.item.kind === '政策文件');
  const target = above.find((d) => d.item.level1 === draft.item.level1) ?? above[0];
  const limit = draft.item.timeLimit as Exclude<TimeLimitValue, string>;
  const at = { row: draft.row, column: draft.at.timeLimit ?? 1 };
  if (!target) {
    guesses.warn(draft.sheet, at, 'syncUnknown', { workdays: draft.pendingSync!.workdays });
    return;
  }
  const { text, ...rest } = limit;
  draft.item.timeLimit = { syncWith: target.item.id!, ...rest, ...(text ? { text } : {}) };
  guesses.add(draft.sheet, at, 'syncGuess', { id: target.item.id!, name: [target.item.level1, target.item.level2].filter(Boolean).join(' › ') });
}

/** An item's fields after its id, in the YAML's order (ItemDocument's). */
const FIELD_ORDER = [
  'area', 'category', 'level1', 'level2', 'level3', 'kind', 'fiveDisclosures', 'content', 'basis', 'clause', 'timeLimit', 'postingPeriod',
  'retention', 'owner', 'office', 'channels', 'channelsOther', 'audience', 'mode', 'levels', 'interprets', 'powerCodes', 'url', 'note',
] as const satisfies readonly (keyof ItemDocument)[];

/** The item in the YAML's field order; single values as scalars, empty lists and empty text left out. */
function toDocument(item: DraftItem): ItemDocument {
  const one = (list: string[]) => (list.length === 1 ? list[0]! : list);
  const values: Partial<Record<keyof ItemDocument, unknown>> = {
    ...item,
    content: one(item.content),
    basis: item.basis.length > 0 ? one(item.basis) : undefined,
    audience: one(item.audience),
    mode: one(item.mode),
    note: item.notes.length > 0 ? item.notes.join('；') : undefined,
  };
  const doc: Record<string, unknown> = { id: item.id };
  for (const key of FIELD_ORDER) {
    const value = values[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    doc[key] = value;
  }
  return doc as unknown as ItemDocument;
}
