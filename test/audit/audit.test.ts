import { beforeAll, describe, expect, it } from 'vitest';
import { auditPublications, type AuditOutcome } from '../../src/audit/audit.js';
import type { LogTable } from '../../src/audit/log-table.js';
import { buildAuditResult } from '../../src/audit/report.js';
import { loadCalendar } from '../../src/engine/calendar.js';
import { validate } from '../../src/engine/validate.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { smallWorkspace } from './helpers.js';

const { calendar } = loadCalendar({ cwd: process.cwd(), lang: 'zh' });
let catalogues: Catalogue[];

beforeAll(async () => {
  const dir = smallWorkspace();
  catalogues = (await validate({ cwd: dir, patterns: [] })).catalogues;
});

function log(rows: string[][], header = ['事项编号', '形成或变更日期', '公开日期', '链接']): LogTable {
  return { file: 'log.csv', sheet: 'log.csv', rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) };
}

function audit(table: LogTable, asOf = '2024-12-31'): AuditOutcome {
  return auditPublications({ log: table, catalogues, calendar, countFrom: 'next-day', asOf, lang: 'zh' });
}

describe('judging publications against time limits', () => {
  it('finds on-time, late, missing and not-yet-due rows', () => {
    const { entries, findings } = audit(
      log([
        ['mz-020', '2024-05-17', '2024-06-17', 'https://example.gov.cn/1'],
        ['mz-020', '2024-05-17', '2024-06-19', ''],
        ['mz-007', '2024-12-20', '', ''],
        ['mz-007', '2024-12-02', '', ''],
      ]),
    );
    expect(entries.map((e) => [e.row, e.itemId, e.due, e.status, e.lateBy])).toEqual([
      [5, 'mz-007', '2024-12-11', 'missing', 14],
      [4, 'mz-007', '2024-12-31', 'pending', undefined],
      [2, 'mz-020', '2024-06-17', 'on-time', undefined],
      [3, 'mz-020', '2024-06-17', 'late', 2],
    ]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.row, f.column, f.data.lateBy])).toEqual([
      ['publication-late', 'late', 3, 3, 2],
      ['publication-missing', 'missing', 5, 3, 14],
    ]);
    expect(entries[2]).toMatchObject({ url: 'https://example.gov.cn/1', publisher: '示例县民政局', catalogue: 'catalogues/civil.yaml', limit: '信息形成或者变更之日起20个工作日内' });
  });

  it('counts a publication on a rest day after the due date as late by the next working day', () => {
    // 实时 on Sunday 2024-09-29 (a make-up workday); published Tuesday 10-08 after National Day.
    const { entries } = audit(log([['mz-rt', '2024-09-29', '2024-10-08', ''], ['mz-rt', '2024-09-28', '2024-09-29', '']]));
    expect(entries.map((e) => [e.event, e.status, e.lateBy])).toEqual([
      ['2024-09-28', 'late', 1],
      ['2024-09-29', 'late', 2],
    ]);
  });

  it('leaves periodic items unchecked with an info finding', () => {
    const { entries, findings } = audit(log([['mz-month', '2024-05-31', '2024-06-30', '']]));
    expect(entries[0]).toMatchObject({ status: 'unchecked', rule: 'periodic' });
    expect(findings).toEqual([{ ruleId: 'no-due-date', severity: 'info', messageId: 'periodicNoDueDate', data: { item: 'mz-month', periodic: '每月' }, row: 2, column: 1 }]);
  });

  it('turns malformed rows into findings at their cells and goes on', () => {
    const { entries, findings } = audit(
      log([
        ['mz-020', '2024-02-30', '2024-03-01', ''],
        ['mz-02O', '2024-05-17', '', ''],
        ['', '2024-05-17', '', ''],
        ['mz-020', '', '2024-05-20', ''],
        ['mz-020', '2024-05-17', 'soon', ''],
        ['shared-1', '2024-05-17', '2024-05-20', ''],
        ['mz-020', '2024-05-17', '2024-05-16', ''],
      ]),
    );
    expect(findings.map((f) => [f.row, f.column, f.severity, f.messageId])).toEqual([
      [2, 2, 'error', 'badDate'],
      [4, 1, 'error', 'missingItemId'],
      [5, 2, 'error', 'missingEventDate'],
      [6, 3, 'error', 'badDate'],
      [3, 1, 'error', 'unknownItemSuggest'],
      [7, 1, 'error', 'ambiguousItem'],
      [8, 3, 'warning', 'publishedBeforeEvent'],
    ]);
    expect(findings[0]!.data).toEqual({ value: '2024-02-30', column: '形成或变更日期' });
    expect(findings[4]!.data).toEqual({ id: 'mz-02O', suggestion: 'mz-020' });
    expect(entries.map((e) => e.row)).toEqual([8]);
  });

  it('uses a publisher or file column to tell apart items with the same id', () => {
    const header = ['事项编号', '形成或变更日期', '公开日期', '公开主体', '目录文件'];
    const { entries, findings } = audit(
      log(
        [
          ['shared-1', '2024-04-30', '2024-05-16', '示例县生态环境局', ''],
          ['shared-1', '2024-04-30', '2024-05-16', '', 'civil.yaml'],
          ['shared-1', '2024-04-30', '2024-05-16', '示例县财政局', ''],
        ],
        header,
      ),
    );
    expect(entries.map((e) => [e.publisher, e.due, e.status])).toEqual([
      ['示例县民政局', '2024-05-10', 'late'],
      ['示例县生态环境局', '2024-05-16', 'on-time'],
    ]);
    expect(findings.find((f) => f.messageId === 'itemMismatch')).toMatchObject({ row: 4, data: { hint: '示例县财政局' } });
  });

  it('reports a missing required column on the header row and checks nothing else', () => {
    const { entries, findings } = audit(log([['mz-020', '2024-06-17']], ['事项编号', '公开日期']));
    expect(entries).toEqual([]);
    expect(findings).toEqual([
      { ruleId: 'log-header', severity: 'error', messageId: 'missingColumn', data: { field: '形成或变更日期', aliases: expect.stringContaining('、eventdate、') as string }, row: 1, column: 1 },
    ]);
  });

  it('warns at the event cell when a due date relies on a year beyond the holiday data', () => {
    const { entries, findings } = audit(log([['mz-020', '2026-12-20', '', '']]), '2026-12-21');
    expect(entries[0]).toMatchObject({ due: '2027-01-15', status: 'pending', uncoveredYears: [2027] });
    expect(findings).toEqual([
      { ruleId: 'calendar-coverage', severity: 'warning', messageId: 'notCovered', data: { years: '2027', covered: '2004–2026 年' }, row: 2, column: 2 },
    ]);
  });
});

describe('the audit result', () => {
  it('counts per publisher and per item and puts findings at sheet locations', () => {
    const table = log([
      ['mz-020', '2024-05-17', '2024-06-17', ''],
      ['mz-020', '2024-05-17', '', ''],
      ['shared-1', '2024-04-30', '', ''],
    ]);
    const { table: holidays } = calendar;
    const result = buildAuditResult(audit(table), { log: table, asOf: '2024-12-31', table: holidays, countFrom: 'next-day', lang: 'en' });
    expect(result.totals).toEqual({ 'on-time': 1, late: 0, missing: 1, pending: 0, unchecked: 0 });
    expect(result.byPublisher).toEqual([{ publisher: '示例县民政局', counts: { 'on-time': 1, late: 0, missing: 1, pending: 0, unchecked: 0 } }]);
    expect(result.byItem.map((i) => [i.itemId, i.counts['on-time'], i.counts.missing])).toEqual([['mz-020', 1, 1]]);
    const [missing, ambiguous] = result.report.diagnostics;
    expect(ambiguous!.location).toEqual({ kind: 'sheet', file: 'log.csv', sheet: 'log.csv', row: 4, column: 1 });
    expect(missing).toMatchObject({ ruleId: 'publication-missing', location: { row: 3, column: 3 } });
    expect(missing!.message).toBe(
      'Item mz-020 (示例县民政局) was formed or changed on 2024-05-17 and was due by 2024-06-17, but has no publication date as of 2024-12-31: 137 working day(s) overdue. If it was published, fill in the date and link; if not, publish it now.',
    );
  });
});
