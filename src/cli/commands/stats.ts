import stringWidth from 'string-width';
import { EXIT } from '../../core/errors.js';
import type { Lang } from '../../core/messages.js';
import { validate } from '../../engine/validate.js';
import { formatters } from '../../formatters/index.js';
import { statsCsv, statsTable, statsText } from '../../stats/stats.js';
import { useColor, type CliIo } from '../io.js';
import { writeReportFile } from '../report-output.js';

interface StatsFlags {
  format: 'text' | 'json' | 'csv';
  output?: string;
  config?: string;
  lang?: Lang;
}

/**
 * `gkml stats`: counts the items of the catalogues that pass the schema. Files that do not are named on
 * stderr and left out (exit 1), so a count is never silently short.
 */
export async function runStats(io: CliIo, paths: string[], flags: StatsFlags): Promise<number> {
  const result = await validate({ cwd: io.cwd, patterns: paths, rules: false, ...(flags.config ? { configFile: flags.config } : {}), ...(flags.lang ? { lang: flags.lang } : {}) });
  const { lang, report } = result;
  const itemsByPublisher = new Map<string, Map<string, number>>();
  for (const catalogue of result.catalogues) {
    const areas = itemsByPublisher.get(catalogue.publisher.name) ?? new Map<string, number>();
    for (const item of catalogue.items) areas.set(item.area ?? '', (areas.get(item.area ?? '') ?? 0) + 1);
    itemsByPublisher.set(catalogue.publisher.name, areas);
  }
  const table = statsTable(report.disclosures ?? [], itemsByPublisher);
  const text =
    flags.format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : flags.format === 'csv' ? statsCsv(table, lang) : statsText(table, stringWidth, lang);
  if (flags.output) writeReportFile(io, flags.output, text, lang);
  else io.stdout.write(text);
  if (report.counts.error > 0) {
    io.stderr.write(formatters.stylish!(report, { color: useColor(io, io.stderr, undefined), lang }));
    io.stderr.write(lang === 'zh' ? '以上文件未通过检查，没有计入统计。\n' : 'The files above did not pass the schema and are not counted.\n');
    return EXIT.findings;
  }
  return EXIT.clean;
}
