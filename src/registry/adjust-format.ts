import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { cellRef, type Location } from '../core/diagnostic.js';
import { sayer as sayIn, type Lang, type Say } from '../core/messages.js';
import type { Report } from '../core/report.js';
import { json } from '../formatters/json.js';
import { stylish } from '../formatters/stylish.js';
import type { FormatOptions } from '../formatters/types.js';
import { adjustText } from './adjust-messages.js';
import { CHANGE_KINDS, adjustmentSummary, type Adjustment, type ChangeKind } from './adjust.js';
import { changeDetails } from './adjust-findings.js';
import { powerLocation } from './places.js';

/** What every diff-register output shows: the adjustment, its findings as a report, the catalogue files looked at. */
export interface AdjustResult {
  adjustment: Adjustment;
  report: Report;
  catalogues: string[];
}

export type AdjustFormatter = (result: AdjustResult, options: FormatOptions) => string;

const KIND_WORD: Record<ChangeKind, string> = { added: 'kindAdded', removed: 'kindRemoved', changed: 'kindChanged', retyped: 'kindRetyped', devolved: 'kindDevolved' };

function sayer(lang: Lang): Say {
  return sayIn(adjustText, lang);
}

/** Human output: the findings (each at its row, with the items to revise), then the counts per department. */
export const adjustStylish: AdjustFormatter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const say = sayer(options.lang);
  const blocks = [c.bold(titleLine(result, say)), stylish(result.report, options).trimEnd()];
  if (result.adjustment.changes.length > 0) blocks.push([c.bold(say('byDepartment')), ...aligned(countTable(result, say))].join('\n'));
  blocks.push(c.bold(totalLine(result, say)));
  return `${blocks.join('\n\n')}\n`;
};

/** A Markdown memo of the adjustment: totals, counts per department, then every change with the items to revise. */
export const adjustMarkdown: AdjustFormatter = (result, { lang }) => {
  const say = sayer(lang);
  const out = [`# ${titleLine(result, say)}`, '', totalLine(result, say)];
  const { changes } = result.adjustment;
  if (changes.length === 0) return `${[...out, '', say('noChanges')].join('\n')}\n`;
  out.push('', `## ${say('byDepartment')}`, '', ...markdownTable(countTable(result, say), true));
  const rows = changes.map((ch) => {
    const power = (ch.after ?? ch.before)!;
    const detail = changeDetails(ch, say).join('<br>');
    return [say(KIND_WORD[ch.kind]), power.code, power.name, code(where(powerLocation(power.origin, 'name'))), detail, ch.touched.map((r) => code(`${r.catalogue.file} ${r.item.id}`)).join('<br>')];
  });
  out.push('', `## ${say('changes')}`, '', ...markdownTable([[say('colKind'), say('colCode'), say('colName'), say('colWhere'), say('colDetail'), say('colItems')], ...rows], false));
  return `${out.join('\n')}\n`;
};

/** Machine-readable: the counts, every change with both rows and the items it touches, and the findings. */
export const adjustJson: AdjustFormatter = (result, options) => {
  const findings = JSON.parse(json(result.report, options)) as { files: string[]; counts: unknown; diagnostics: unknown[] };
  const { adjustment } = result;
  const summary = adjustmentSummary(adjustment);
  const row = (p: NonNullable<Adjustment['changes'][number]['before']>) => {
    const at = powerLocation(p.origin, 'name');
    return { code: p.code, name: p.name, ...(p.mainItem ? { mainItem: p.mainItem } : {}), type: p.type ?? null, department: p.owner ?? '', ...(p.note ? { note: p.note } : {}), location: at.kind === 'sheet' ? { file: at.file, sheet: at.sheet, row: at.row, column: at.column } : { file: at.file, line: at.kind === 'yaml' ? at.start.line : 0 } };
  };
  const out = {
    before: adjustment.before,
    after: adjustment.after,
    catalogues: result.catalogues,
    common: adjustment.common,
    counts: summary.total,
    byDepartment: summary.byDepartment,
    changes: adjustment.changes.map((ch) => ({
      kind: ch.kind,
      ...(ch.by ? { matchedBy: ch.by } : {}),
      department: ch.department,
      ...(ch.before ? { before: row(ch.before) } : {}),
      ...(ch.after ? { after: row(ch.after) } : {}),
      fields: ch.fields,
      items: ch.touched.map((r) => ({ catalogue: r.catalogue.file, itemId: r.item.id })),
    })),
    files: findings.files,
    findingCounts: findings.counts,
    diagnostics: findings.diagnostics,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

export const adjustFormatters: Readonly<Record<string, AdjustFormatter>> = { json: adjustJson, markdown: adjustMarkdown, stylish: adjustStylish };

function titleLine(result: AdjustResult, say: Say): string {
  const { before, after } = result.adjustment;
  return say('title', { before: before.files.join('、'), beforePowers: before.powers, after: after.files.join('、'), afterPowers: after.powers, catalogues: result.catalogues.length });
}

function totalLine(result: AdjustResult, say: Say): string {
  const { total } = adjustmentSummary(result.adjustment);
  return say('totalLine', { common: result.adjustment.common, ...total });
}

/** Department | one column per kind | items to revise, with a total row. */
function countTable(result: AdjustResult, say: Say): string[][] {
  const { total, byDepartment } = adjustmentSummary(result.adjustment);
  const head = [say('department'), ...CHANGE_KINDS.map((k) => say(KIND_WORD[k])), say('touchedItems')];
  const rows = byDepartment.map((r) => [r.department || say('noDepartment'), ...CHANGE_KINDS.map((k) => String(r.counts[k])), String(r.touched)]);
  return [head, ...rows, [say('total'), ...CHANGE_KINDS.map((k) => String(total[k])), String(total.touched)]];
}

/** Columns aligned by display width (Chinese characters are two columns); numbers to the right. */
function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i]!))));
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - stringWidth(cell)) : ' '.repeat(widths[i]! - stringWidth(cell)) + cell)).join('  ')}`.trimEnd());
}

function markdownTable(rows: string[][], numeric: boolean): string[] {
  const [head, ...body] = rows;
  const align = head!.map((_, i) => (numeric && i > 0 ? '---:' : '---'));
  return [head!, align, ...body].map((r) => `| ${r.map((t) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')).join(' | ')} |`);
}

function code(text: string): string {
  return `\`${text}\``;
}

function where(location: Location): string {
  if (location.kind === 'sheet') return `${location.file} › ${location.sheet}!${cellRef(location.row, location.column)}`;
  return location.kind === 'yaml' ? `${location.file}:${location.start.line}:${location.start.column}` : location.file;
}
