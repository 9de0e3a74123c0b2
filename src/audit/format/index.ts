import { auditJson } from './json.js';
import { auditStylish } from './stylish.js';
import type { AuditFormatter } from './types.js';

/** The audit's text formats by name. `xlsx` is binary and goes to a file (auditWorkbook). */
export const auditFormatters: Readonly<Record<string, AuditFormatter>> = { json: auditJson, stylish: auditStylish };

export { auditWorkbook } from './xlsx.js';
export type { AuditFormatter } from './types.js';
