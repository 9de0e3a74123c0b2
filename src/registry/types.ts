import type { JsonPath, Location, MessageData, Position, Severity } from '../core/diagnostic.js';
import type { MessageText } from '../core/messages.js';

/** The columns of a 权责清单 gkml knows (vocab/register-columns.yaml). */
export type RegisterField =
  | 'seq'
  | 'code'
  | 'name'
  | 'subItem'
  | 'type'
  | 'basis'
  | 'owner'
  | 'office'
  | 'level'
  | 'responsibilities'
  | 'accountability'
  | 'note';

/** One power type of vocab/power-types.yaml. */
export interface PowerType {
  /** The official name: 行政许可 … 其他行政权力, 公共服务. */
  name: string;
  /** National type codes; the first is the one shown (01 … 10, 20). */
  codes: string[];
  letters: string[];
  aliases: string[];
}

/** What the items linked to a power of one type must disclose (vocab/power-expectations.yaml, config). */
export interface Expectation {
  /** 五公开 categories each linked item set must include. */
  disclosures: string[];
  /** The 结果公开 item's time limit must be at most this many working days. */
  withinWorkdays?: number;
  why?: MessageText;
}

/** The register vocabularies, as the engine reads them from vocab/ and passes in. */
export interface RegisterVocabulary {
  types: PowerType[];
  columns: Record<RegisterField, string[]>;
  multiple: RegisterField[];
  required: RegisterField[];
  sameAsAbove: string[];
  titleSuffixes: string[];
  names: { levelWords: string[]; headingSuffixes: string[]; candidateSimilarity: number; driftSimilarity: number };
  /** By the type's official name. */
  expectations: Record<string, Expectation>;
}

/** `register:` in gkml.config.yaml. */
export interface RegisterConfig {
  /** Register files or globs, relative to the config, read when `gkml diff` is given no --register. */
  files?: string[];
  /** `--fail-under` when the command line gives none: the least coverage (%) that passes. */
  failUnder?: number;
  /** Per power type (name, code, letter code or alias): the 五公开 categories, or { disclosures, withinWorkdays }. */
  expectations?: Record<string, string[] | { disclosures?: string[]; withinWorkdays?: number }>;
}

/** A table as a reader found it: text cells by 1-based row and column, and the merged ranges. */
export interface SheetGrid {
  /** The worksheet's name; for a CSV file, the file's base name. */
  name: string;
  /** Rows with at least one non-empty cell, in order. `cells[0]` is column A. Merged cells other than the top-left are ''. */
  rows: { row: number; cells: string[] }[];
  merges: CellRange[];
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where a power came from: a row of a sheet (with the column of each field) or an entry of a YAML/JSON register. */
export type RowOrigin =
  | { kind: 'sheet'; file: string; sheet: string; row: number; columns: Partial<Record<RegisterField, number>> }
  | { kind: 'yaml'; file: string; path: JsonPath; start: Position; end: Position; fields: Partial<Record<RegisterField, { start: Position; end: Position }>> };

/** One power of a register, normalised. A 子项 is a power of its own that knows its 主项. */
export interface Power {
  /** The code as written, trimmed; '' when the list gives none. */
  code: string;
  /** The 子项's name for a sub-item, otherwise the power's name. */
  name: string;
  /** The 主项's name, for a sub-item. */
  mainItem?: string;
  /** The official type name (行政许可 …), undefined when the cell could not be read. */
  type?: string;
  /** The type as written, when it was a code, a letter code or a local word. */
  typeAsWritten?: string;
  /** 实施主体: the row's own, or the department the title row names. */
  owner?: string;
  office?: string;
  basis?: string;
  level?: string;
  responsibilities?: string;
  accountability?: string;
  note?: string;
  origin: RowOrigin;
}

/** A problem reading a register, at a cell, a YAML path or the whole file. */
export interface ReadFinding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  file: string;
  /** A cell (1-based); absent for the whole file. */
  at?: { sheet: string; row: number; column: number };
  /** A place in a YAML/JSON register, and where it is when already known. */
  path?: JsonPath;
  range?: { start: Position; end: Position };
  /** Another place the finding refers to (the first row with a duplicate code). */
  related?: Location;
}

/** One register file, read. */
export interface RegisterFile {
  file: string;
  /** The department the title row (or the YAML `department`) names, if any. */
  department?: string;
  powers: Power[];
  findings: ReadFinding[];
}
