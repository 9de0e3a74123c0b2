import type { MessageData, Severity } from '../core/diagnostic.js';
import { ColumnTable, fillMerges, findHeader, type FilledRow, type Header } from './header.js';
import type { PowerTypeTable } from './power-types.js';
import type { CellRange, Power, ReadFinding, RegisterField, RegisterVocabulary, SheetGrid } from './types.js';

export interface TableContext {
  file: string;
  columns: ColumnTable;
  types: PowerTypeTable;
  vocab: Pick<RegisterVocabulary, 'sameAsAbove' | 'titleSuffixes' | 'required'>;
}

/** One sheet's powers, the department its title names, and the problems found in it. */
export interface SheetResult {
  powers: Power[];
  department?: string;
  findings: ReadFinding[];
  /** False when the sheet could not be read at all (no header, no name column). */
  readable: boolean;
}

const TEXT_FIELDS = ['basis', 'owner', 'office', 'level', 'responsibilities', 'accountability', 'note'] as const;

/**
 * Reads a sheet: title rows, a one- or two-row header, then one power per row. Merged cells and 同上 take the
 * value above; section rows (一、行政许可（12项）) and the sheet's name can give the type; every power keeps the
 * row and the column of each field.
 */
export function readTable(grid: SheetGrid, ctx: TableContext): SheetResult {
  const rows = fillMerges(grid);
  const findings: ReadFinding[] = [];
  const report = (severity: Severity, messageId: string, data: MessageData, row: number, column: number) =>
    findings.push({ ruleId: 'register-input', severity, messageId, data, file: ctx.file, at: { sheet: grid.name, row, column } });
  const header = findHeader(rows, grid.merges, ctx.columns);
  if (!header) {
    const known = ctx.vocab.required.map((f) => ctx.columns.describe(f).name).join('、');
    report('error', 'noHeader', { sheet: grid.name, known }, rows[0]?.row ?? 1, 1);
    return { powers: [], findings, readable: false };
  }
  const headerRow = rows[header.indexes[0]!]!.row;
  const sheetType = ctx.types.inHeading(grid.name);
  const missing = (field: RegisterField) => {
    const { name, aliases } = ctx.columns.describe(field);
    report('error', 'missingColumn', { field: name, aliases: aliases.join('、'), sheet: grid.name }, headerRow, 1);
  };
  // 权力类型 may come from the sheet's name or from section rows instead: judged after reading the rows.
  for (const field of ctx.vocab.required) if (!header.columns[field] && field !== 'type') missing(field);
  if (!header.columns.name) return { powers: [], findings, readable: false };
  const department = departmentOf(header.titles, ctx.vocab.titleSuffixes);
  const reader = new RowReader(grid, header, ctx, report, sheetType?.name);
  const powers: Power[] = [];
  for (const row of rows.slice(header.indexes[header.indexes.length - 1]! + 1)) {
    const power = reader.read(row, department);
    if (power) powers.push(power);
  }
  if (!header.columns.type && !sheetType && powers.length > 0 && powers.every((p) => !p.type)) missing('type');
  return { powers, findings, readable: true, ...(department ? { department } : {}) };
}

type Report = (severity: Severity, messageId: string, data: MessageData, row: number, column: number) => void;

/** Reads data rows one by one, remembering the row above for 同上 and the type a section row announced. */
class RowReader {
  private above = new Map<number, string>();
  private sectionType: string | undefined;
  private readonly sameAsAbove: Set<string>;
  private readonly width: number;
  private readonly columns: Partial<Record<RegisterField, number>> = {};

  constructor(
    private readonly grid: SheetGrid,
    private readonly header: Header,
    private readonly ctx: TableContext,
    private readonly report: Report,
    private readonly sheetType: string | undefined,
  ) {
    this.sameAsAbove = new Set(ctx.vocab.sameAsAbove);
    this.width = Math.max(...Object.values(header.columns).flat());
    for (const [field, columns] of Object.entries(header.columns) as [RegisterField, number[]][]) this.columns[field] = columns[0]!;
  }

  read(row: FilledRow, department: string | undefined): Power | undefined {
    if (this.isSection(row)) {
      const type = this.ctx.types.inHeading(row.cells.find((c) => c.trim() !== '') ?? '');
      if (type) this.sectionType = type.name;
      return undefined;
    }
    const value = (field: RegisterField) => this.value(row, field);
    const name = value('name');
    const subItem = value('subItem');
    const code = value('code');
    if (name === '' && subItem === '' && code === '') return undefined; // a row with only a 序号 or a note
    const column = (field: RegisterField) => this.columns[field] ?? 1;
    const origin = { kind: 'sheet' as const, file: this.ctx.file, sheet: this.grid.name, row: row.row, columns: this.columns };
    if (name === '' && subItem === '') {
      this.report('warning', 'missingName', { code }, row.row, column('name'));
      return undefined;
    }
    // A row without 子项 often has 主项 merged across the 子项 column too.
    const sub = subItem === name ? '' : subItem;
    const power: Power = { code, name: sub || name, origin };
    if (sub && name) power.mainItem = name;
    this.readType(power, value('type'), row.row, column('type'));
    for (const field of TEXT_FIELDS) {
      const text = value(field);
      if (text !== '') power[field] = text;
    }
    if (!power.owner && department) power.owner = department;
    return power;
  }

  private readType(power: Power, written: string, row: number, column: number): void {
    if (written === '') {
      const type = this.sectionType ?? this.sheetType;
      if (type) power.type = type;
      else if (this.header.columns.type) this.report('warning', 'missingType', { name: power.name }, row, column);
      return;
    }
    const type = this.ctx.types.resolve(written);
    if (!type) {
      const suggestions = this.ctx.types.suggest(written);
      const data = { value: written, name: power.name, known: this.ctx.types.names().join('、') };
      if (suggestions.length > 0) this.report('warning', 'unknownTypeSuggestion', { ...data, suggestion: suggestions[0]! }, row, column);
      else this.report('warning', 'unknownType', data, row, column);
      power.typeAsWritten = written;
      return;
    }
    power.type = type.name;
    if (written.trim() !== type.name) power.typeAsWritten = written.trim();
  }

  /** A field's text: the cell (a merged cell's value included), or for 同上 the row above's. */
  private value(row: FilledRow, field: RegisterField): string {
    const columns = this.header.columns[field];
    if (!columns) return '';
    const parts = columns.map((column) => {
      const text = this.cell(row, column);
      return columns.length > 1 && text !== '' && this.header.labels.get(column) ? `${this.header.labels.get(column)}：${text}` : text;
    });
    return parts.filter((p) => p !== '').join('\n');
  }

  private cell(row: FilledRow, column: number): string {
    const text = (row.cells[column - 1] ?? '').trim();
    if (!this.sameAsAbove.has(text)) {
      this.above.set(column, text);
      return text;
    }
    const previous = this.above.get(column);
    if (previous === undefined || previous === '') {
      this.report('warning', 'sameAsAboveAtTop', { value: text }, row.row, column);
      return '';
    }
    return previous;
  }

  /**
   * A row that is not a power: one piece of text across the table (a merged range), or alone in a column that
   * holds neither name nor code — 一、行政许可（12项）, 注：…
   */
  private isSection(row: FilledRow): boolean {
    // The one column written in, if only one is: a power's row is known at its second written cell.
    let column = 0;
    for (let i = 0; i < row.raw.length; i++) {
      if ((row.raw[i] ?? '').trim() === '') continue;
      if (column !== 0) return false;
      column = i + 1;
    }
    if (column === 0) return false;
    const merged = this.grid.merges.some((m: CellRange) => m.top <= row.row && m.bottom >= row.row && m.left === column && m.right > m.left && m.right - m.left + 1 >= Math.min(3, this.width));
    if (merged) return true;
    const keyColumns = [...(this.header.columns.name ?? []), ...(this.header.columns.subItem ?? []), ...(this.header.columns.code ?? [])];
    const vertical = this.grid.merges.some((m) => m.top < row.row && m.bottom >= row.row);
    return !keyColumns.includes(column) && !vertical && !/^\d+$/.test(row.raw[column - 1]!.trim());
  }
}

/** “示例县民政局权责清单（2024年版）” or “填报单位：示例县民政局” → 示例县民政局. */
export function departmentOf(titles: readonly string[], suffixes: readonly string[]): string | undefined {
  for (const title of titles) {
    const unit = /(?:填报|编制|实施|责任)?单位[:：]\s*([^\s:：]+)/.exec(title);
    if (unit) return unit[1];
  }
  const first = titles.find((t) => t !== '');
  if (!first) return undefined;
  let text = first.replace(/[（(][^）)]*[）)]/g, '').replace(/\d{4}\s*年(版|度)?/g, '').replace(/[\s\u3000]+/g, '');
  let stripped = false;
  for (let again = true; again; ) {
    again = false;
    for (const suffix of suffixes) {
      if (text.endsWith(suffix) && text.length > suffix.length) {
        text = text.slice(0, -suffix.length);
        stripped = again = true;
      }
    }
  }
  return stripped && text !== '' ? text : undefined;
}
