import type { Report } from '../core/report.js';
import { github } from './github.js';
import { json, jsonPieces } from './json.js';
import { junit } from './junit.js';
import { sarif, sarifPieces } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatOptions, Formatter } from './types.js';

/** Every output format by name; the CLI looks formats up here, never in a switch. */
export const formatters: Readonly<Record<string, Formatter>> = { github, json, junit, sarif, stylish };

/** Formats that also come in pieces (the same text), for reports of 100,000 findings: the CLI writes them in batches. */
export const formatterPieces: Readonly<Record<string, (report: Report, options: FormatOptions) => Iterable<string>>> = { json: jsonPieces, sarif: sarifPieces };

export type { Formatter, FormatOptions, RuleDescription } from './types.js';
