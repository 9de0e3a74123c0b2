import { diffJson, diffJsonPieces } from './json.js';
import { diffMarkdown } from './markdown.js';
import { diffStylish } from './stylish.js';
import type { DiffFormatter, DiffResult } from './types.js';

/** The diff's text formats by name. `xlsx` is binary and goes to a file (diffWorkbook). */
export const diffFormatters: Readonly<Record<string, DiffFormatter>> = { json: diffJson, markdown: diffMarkdown, stylish: diffStylish };

/** Formats that can also be written a piece at a time (a 100,000-power JSON diff is 150 MB). */
export const diffPieces: Readonly<Record<string, (result: DiffResult) => Iterable<string>>> = { json: diffJsonPieces };

export { diffWorkbook } from './xlsx.js';
export { diffMarkdownPieces } from './markdown.js';
export type { DiffFormatter, DiffResult } from './types.js';
