import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every output format by name; the CLI looks formats up here, never in a switch. */
export const formatters: Readonly<Record<string, Formatter>> = { json, stylish };

export type { Formatter, FormatOptions } from './types.js';
