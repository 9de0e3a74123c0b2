import { UsageError } from '../../core/errors.js';
import type { CliIo } from '../io.js';

/** `gkml render html` — written by the HTML site work (issue 5). */
export async function runRenderHtml(_io: CliIo, _paths: string[], flags: { lang?: string }): Promise<number> {
  throw new UsageError(flags.lang === 'en' ? 'gkml render html is not available yet.' : 'gkml render html 尚未提供。');
}
