import type { FormatOptions } from '../../formatters/types.js';
import type { AuditResult } from '../report.js';

/** Turns an audit result into text; never writes anything itself. */
export type AuditFormatter = (result: AuditResult, options: FormatOptions) => string;
