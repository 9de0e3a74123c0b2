import type { DisclosureRow } from '../core/report.js';

/** The five disclosures in their official order (vocab/terms.yaml; the stats test keeps them equal). */
export const CATEGORIES = ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'] as const;

export interface StatsTable {
  /** One row per publisher and area, then a subtotal per publisher; sorted. */
  rows: { publisher: string; area: string; counts: number[]; items: number; subtotal: boolean }[];
  totals: number[];
  /** Distinct items (an item tagged with two categories counts once here, twice in the columns). */
  items: number;
}

/** Counts per publisher × five-disclosure category × area, with subtotals — the 主动公开 part of the annual report. */
export function statsTable(rows: readonly DisclosureRow[], itemsByPublisher: ReadonlyMap<string, Map<string, number>>): StatsTable {
  const out: StatsTable['rows'] = [];
  const totals = CATEGORIES.map(() => 0);
  let items = 0;
  const publishers = [...new Set(rows.map((r) => r.publisher))];
  for (const publisher of publishers) {
    const own = rows.filter((r) => r.publisher === publisher);
    const subtotal = CATEGORIES.map(() => 0);
    let publisherItems = 0;
    for (const row of own) {
      const counts = CATEGORIES.map((c) => row.counts[c] ?? 0);
      counts.forEach((n, i) => {
        subtotal[i] = subtotal[i]! + n;
        totals[i] = totals[i]! + n;
      });
      const n = itemsByPublisher.get(publisher)?.get(row.area) ?? 0;
      publisherItems += n;
      out.push({ publisher, area: row.area, counts, items: n, subtotal: false });
    }
    items += publisherItems;
    if (own.length > 1) out.push({ publisher, area: '', counts: subtotal, items: publisherItems, subtotal: true });
  }
  return { rows: out, totals, items };
}

/** Plain text for a terminal: aligned columns measured by the caller's width function. */
export function statsText(table: StatsTable, width: (s: string) => number, lang: 'zh' | 'en'): string {
  const head = lang === 'zh' ? ['公开主体', '领域', ...CATEGORIES, '事项数'] : ['publisher', 'area', 'decision', 'execution', 'management', 'service', 'result', 'items'];
  const subtotalLabel = lang === 'zh' ? '小计' : 'subtotal';
  const body = table.rows.map((r) => [r.publisher, r.subtotal ? subtotalLabel : r.area || '—', ...r.counts.map(String), String(r.items)]);
  const total = [lang === 'zh' ? '合计' : 'total', '', ...table.totals.map(String), String(table.items)];
  const lines = [head, ...body, total];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => width(l[i]!))));
  const pad = (s: string, i: number) => (i >= 2 ? ' '.repeat(widths[i]! - width(s)) + s : s + ' '.repeat(widths[i]! - width(s)));
  return `${lines.map((l) => l.map(pad).join('  ').trimEnd()).join('\n')}\n`;
}

/** CSV (UTF-8 with BOM so Excel opens it); a cell that could start a formula is quoted and prefixed. */
export function statsCsv(table: StatsTable, lang: 'zh' | 'en'): string {
  const cell = (s: string) => {
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const head = lang === 'zh' ? ['公开主体', '领域', ...CATEGORIES, '事项数'] : ['publisher', 'area', ...CATEGORIES, 'items'];
  const lines = [head, ...table.rows.map((r) => [r.publisher, r.subtotal ? (lang === 'zh' ? '小计' : 'subtotal') : r.area, ...r.counts.map(String), String(r.items)])];
  lines.push([lang === 'zh' ? '合计' : 'total', '', ...table.totals.map(String), String(table.items)]);
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
