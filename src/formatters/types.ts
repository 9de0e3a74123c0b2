import type { Lang } from '../core/messages.js';
import type { Report } from '../core/report.js';

export interface FormatOptions {
  color: boolean;
  lang: Lang;
}

/** A formatter turns a finished report into text; it never writes anything itself. */
export type Formatter = (report: Report, options: FormatOptions) => string;
