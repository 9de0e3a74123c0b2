import type { PeriodValue, TimeLimitValue } from './time-limit.js';
import { sameShape } from './same-shape.js';
import { resolveArea, type Vocabulary } from './vocab.js';

/** A catalogue file's content once it has passed the schema: the YAML shape, typed. */
export interface CatalogueDocument {
  catalogueType: string;
  title?: string;
  version?: string;
  date?: string;
  publisher: Publisher;
  levelLabels?: Record<string, string>;
  notApplicableAreas?: { area: string; reason: string }[];
  items: ItemDocument[];
}

export interface Publisher {
  name: string;
  level: string;
  region?: string;
  creditCode?: string;
  budgetUnit?: boolean;
  office?: string;
  contact?: { phone?: string; address?: string; email?: string; hours?: string };
}

export interface ItemDocument {
  id: string;
  area?: string;
  category?: string;
  level1: string;
  level2?: string;
  level3?: string;
  kind?: string;
  fiveDisclosures: string[];
  content: string | string[];
  basis?: string | string[];
  clause?: string;
  timeLimit: TimeLimitValue;
  postingPeriod?: PeriodValue;
  retention?: string;
  owner?: string;
  office?: string;
  channels: string[];
  channelsOther?: string[];
  audience: string | string[];
  mode: string | string[];
  levels: string[];
  interprets?: string[];
  powerCodes?: string[];
  url?: string;
  note?: string;
}

/** An item with defaults applied and aliases resolved; `index` leads back to `items[index]` in the file. */
export interface Item extends Omit<ItemDocument, 'content' | 'basis' | 'audience' | 'mode'> {
  index: number;
  /** The area's official name (an alias such as 环境保护 becomes 生态环境). */
  area?: string;
  /** The area as written, when it was an alias. */
  areaAsWritten?: string;
  kind: string;
  content: string[];
  basis: string[];
  owner: string;
  audience: string[];
  mode: string[];
}

export interface Catalogue extends Omit<CatalogueDocument, 'items'> {
  file: string;
  items: Item[];
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Applies the format's defaults: owner = publisher, kind = 一般, single values as lists, area aliases resolved. */
export function toCatalogue(file: string, document: CatalogueDocument, vocab: Vocabulary): Catalogue {
  return adoptCatalogue(file, { ...document }, vocab);
}

/**
 * toCatalogue for a document nobody else holds (one just parsed): the document itself becomes the catalogue, given
 * its file and new items; the items as written are left as they are. Each item becomes a copy in one shape (model/same-shape.ts: every field in one order, those it leaves out undefined), which
 * the rules, the pages, the CSV and the workbooks read: items as written come in thousands of V8 hidden classes,
 * and each field read or set on them was V8's slow megamorphic lookup.
 */
export function adoptCatalogue(file: string, document: CatalogueDocument, vocab: Vocabulary): Catalogue {
  const owner = document.publisher.name;
  const items = document.items.map((written, index) => {
    const item = sameShape(written as unknown as Item);
    const asWritten = written.area;
    item.index = index;
    item.kind = written.kind ?? '一般';
    item.content = list(written.content);
    item.basis = list(written.basis);
    item.owner = written.owner ?? owner;
    item.audience = list(written.audience);
    item.mode = list(written.mode);
    const area = asWritten === undefined ? undefined : resolveArea(vocab, asWritten);
    if (area) item.area = area.name;
    if (area && area.name !== asWritten) item.areaAsWritten = asWritten;
    return item;
  });
  return Object.assign(document, { file, items }) as unknown as Catalogue;
}
