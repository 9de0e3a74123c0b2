import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every output format by name; the CLI looks formats up here, never in a switch. */
export const formatters: Readonly<Record<string, Formatter>> = { github, json, junit, sarif, stylish };

export type { Formatter, FormatOptions, RuleDescription } from './types.js';
