import type { Writable } from 'node:stream';
import type { Catalogue } from '../../model/catalogue.js';
import { planWorkbooks, type ExcelOptions, type WorkbookPlan } from './plan.js';
import { writeWorkbook } from './write.js';

export { planWorkbooks, countyOf, type ChannelStyle, type ExcelOptions, type SplitMode, type WorkbookPlan, type SheetPlan } from './plan.js';
export { columnsFor, META_HEADER, type Column } from './layout.js';
export { channelText, timeLimitText, periodText } from './cells.js';
export { META_SHEET, META_FORMAT, type CatalogueMeta } from './meta.js';
export { FIRST_ROW, SUMMARY_SHEET, NOT_APPLICABLE_SHEET } from './write.js';

export interface RenderedWorkbook {
  fileName: string;
  bytes: Uint8Array;
}

/** One workbook's bytes: the same plan gives the same bytes. */
export async function renderWorkbook(plan: WorkbookPlan, options: ExcelOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeWorkbook(plan, options, (bytes) => {
    chunks.push(bytes);
  });
  const whole = Buffer.concat(chunks);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}

/** Every workbook of the catalogues (one per publisher, or one per county with `split: 'area'`), one at a time. */
export async function* renderWorkbooks(catalogues: readonly Catalogue[], options: ExcelOptions): AsyncGenerator<RenderedWorkbook> {
  for (const plan of planWorkbooks(catalogues, options)) yield { fileName: plan.fileName, bytes: await renderWorkbook(plan, options) };
}

/** Streams one workbook into `sink` (a file the caller renames into place when done), and ends it. */
export async function streamWorkbook(plan: WorkbookPlan, options: ExcelOptions, sink: Writable): Promise<void> {
  const failed = new Promise<never>((_, reject) => sink.once('error', reject));
  failed.catch(() => undefined);
  await writeWorkbook(plan, options, async (bytes) => {
    if (!sink.write(bytes)) await Promise.race([new Promise((resolve) => sink.once('drain', resolve)), failed]);
  });
  await Promise.race([new Promise((resolve) => sink.end(resolve)), failed]);
}
