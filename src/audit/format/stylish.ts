import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { sayer, type Say } from '../../core/messages.js';
import { stylish } from '../../formatters/stylish.js';
import type { AuditEntry } from '../audit.js';
import type { AuditResult, StatusCounts } from '../report.js';
import type { AuditFormatter } from './types.js';
import { auditText } from './text.js';

/** Human output: each publisher, its items and their rows with due dates and results, then the findings. */
export const auditStylish: AuditFormatter = (result, { color, lang }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const say = sayer(auditText, lang);
  const blocks = [c.bold(title(result, say))];
  if (result.entries.length === 0) blocks.push(say('nothing'));
  for (const { publisher, counts } of result.byPublisher) {
    const entries = result.entries.filter((e) => e.publisher === publisher);
    blocks.push([c.underline(publisher), ...itemBlocks(entries, say, c), `  ${c.dim(say('subtotal', { counts: countsText(counts, say) }))}`].join('\n'));
  }
  const findings = result.report.diagnostics.length > 0 ? stylish(result.report, { color, lang }).trimEnd() : '';
  if (findings) blocks.push(findings);
  const total = say('total', { publishers: result.byPublisher.length, rows: result.entries.length, counts: countsText(result.totals, say) });
  blocks.push(result.totals.late + result.totals.missing > 0 ? c.red.bold(total) : c.green(total));
  return `${blocks.join('\n\n')}\n`;
};


function title(result: AuditResult, say: Say): string {
  const countFrom = say(result.calendar.countFrom === 'next-day' ? 'countNextDay' : 'countSameDay');
  return say('title', { log: result.log.file, asOf: result.asOf, sources: result.calendar.sources.join(' + '), covered: result.calendar.covered, countFrom });
}

function itemBlocks(entries: AuditEntry[], say: Say, c: ChalkInstance): string[] {
  const rows = entries.map((e) => [say('row', { row: e.row }), `${e.event} → ${e.due ?? say('noDue')}`, e.published ? say('published', { date: e.published }) : say('notPublished'), status(e, say, c)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i]!))));
  const out: string[] = [];
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    if (!previous || previous.itemId !== entry.itemId || previous.catalogue !== entry.catalogue) {
      out.push(`  ${c.bold(entry.itemId)}  ${entry.heading}  ${c.dim(say('limit', { limit: entry.limit }))}`);
    }
    const cells = rows[i]!.map((cell, k) => (k === rows[i]!.length - 1 ? cell : pad(cell, widths[k]!)));
    const note = entry.uncoveredYears.length > 0 ? `  ${c.yellow(say('uncovered', { years: entry.uncoveredYears.join('、') }))}` : '';
    out.push(`    ${cells.join('  ')}${note}`);
  });
  return out;
}

function status(entry: AuditEntry, say: Say, c: ChalkInstance): string {
  switch (entry.status) {
    case 'on-time':
      return c.green(say('on-time'));
    case 'late':
      return c.red(say('late', { n: entry.lateBy ?? 0 }));
    case 'missing':
      return c.red.bold(say('missing', { n: entry.lateBy ?? 0 }));
    case 'pending':
      return c.blue(say('pending'));
    case 'unchecked':
      return c.dim(say('unchecked'));
  }
}

export function countsText(counts: StatusCounts, say: Say): string {
  return say('counts', { on: counts['on-time'], late: counts.late, missing: counts.missing, pending: counts.pending, unchecked: counts.unchecked });
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

