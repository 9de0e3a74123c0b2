import type { ItemDocument } from '../model/catalogue.js';
import type { PeriodValue, TimeLimitValue } from '../model/time-limit.js';
import type { Grid } from './grid.js';
import type { Guesses } from './guesses.js';
import type { Header } from './header.js';
import type { Block } from './sheet.js';
import type { Field, ImportVocabulary } from './vocab.js';

/** What gkml's hidden column says about a row (see src/render/excel/cells.ts metaText). */
export interface RowMeta {
  c?: number;
  /** The item's place in its catalogue's YAML. */
  i?: number;
  id?: string;
  fiveDisclosures?: string[];
  kind?: string;
  timeLimit?: TimeLimitValue;
  postingPeriod?: PeriodValue;
  channels?: string[];
  channelsOther?: string[];
  audience?: string[];
  mode?: string[];
  levels?: string[];
  [field: string]: unknown;
}

/** An item as read from one row, before the catalogue it belongs to is known. */
export interface Draft {
  sheet: string;
  row: number;
  block: Block;
  /** Cell text per field, after 同上 was resolved; and where each field was read. */
  cells: Partial<Record<Field, string>>;
  at: Partial<Record<Field, number>>;
  item: DraftItem;
  meta?: RowMeta;
  /** 与政策文件同步…: the document it follows is found once ids exist. */
  pendingSync?: { workdays: number; text?: string };
}

/** An item's fields as they are filled: ItemDocument's, lists kept as lists, and `notes` that become its note, joined. */
export interface DraftItem extends Omit<ItemDocument, 'id' | 'fiveDisclosures' | 'content' | 'basis' | 'timeLimit' | 'channelsOther' | 'audience' | 'mode' | 'note'> {
  id?: string;
  fiveDisclosures?: string[];
  content: string[];
  basis: string[];
  timeLimit?: TimeLimitValue;
  channelsOther: string[];
  audience: string[];
  mode: string[];
  notes: string[];
}

export interface RowContext {
  v: ImportVocabulary;
  grid: Grid;
  guesses: Guesses;
  header: Header;
  block: Block;
  /** The sheet was written by gkml: names are read as written, 同上 and numbering are not looked for. */
  literal: boolean;
  previous?: Draft;
  /** A 一级事项 heading line above, for rows that leave 一级事项 empty. */
  heading?: { row: number; text: string; used?: boolean };
}
