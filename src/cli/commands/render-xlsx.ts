import { UsageError } from '../../core/errors.js';
import type { CliIo } from '../io.js';

/** `gkml render xlsx` — written by the Excel deliverable work (issue 6). */
export async function runRenderXlsx(_io: CliIo, _paths: string[], flags: { lang?: string }): Promise<number> {
  throw new UsageError(flags.lang === 'en' ? 'gkml render xlsx is not available yet.' : 'gkml render xlsx 尚未提供。');
}
