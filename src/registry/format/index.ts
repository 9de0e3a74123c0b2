import { diffJson } from './json.js';
import { diffMarkdown } from './markdown.js';
import { diffStylish } from './stylish.js';
import type { DiffFormatter } from './types.js';

/** The diff's text formats by name. `xlsx` is binary and goes to a file (diffWorkbook). */
export const diffFormatters: Readonly<Record<string, DiffFormatter>> = { json: diffJson, markdown: diffMarkdown, stylish: diffStylish };

export { diffWorkbook } from './xlsx.js';
export { diffMarkdownPieces } from './markdown.js';
export type { DiffFormatter, DiffResult } from './types.js';
