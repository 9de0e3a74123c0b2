import type { Severity } from '../core/diagnostic.js';

/**
 * The rules of `gkml diff` and their default severities. The config's `rules:` may change them, and
 * `# gkml-disable-next-line <id> -- reason` in a catalogue suppresses them; `gkml validate` knows these ids
 * so it neither rejects nor reports such settings and comments.
 */
export const DIFF_RULES: Readonly<Record<string, Severity>> = {
  'register-expected-disclosure': 'warning',
  'register-name-drift': 'info',
  'register-owner-drift': 'warning',
  'register-stale-code': 'warning',
  'register-uncovered': 'warning',
  'register-unlinked-code': 'info',
};

/**
 * The rules of `gkml diff-register`, one per kind of change, and their default severities: for a change no
 * catalogue item relates to, and for one that touches items (which staff must then revise). A level set under
 * the config's `rules:` applies to both.
 */
export const ADJUST_RULES: Readonly<Record<string, { untouched: Severity; touched: Severity }>> = {
  'register-power-added': { untouched: 'info', touched: 'info' },
  'register-power-changed': { untouched: 'info', touched: 'warning' },
  'register-power-devolved': { untouched: 'info', touched: 'warning' },
  'register-power-removed': { untouched: 'info', touched: 'warning' },
  'register-power-retyped': { untouched: 'info', touched: 'warning' },
};

export const DIFF_RULE_IDS: ReadonlySet<string> = new Set([...Object.keys(DIFF_RULES), ...Object.keys(ADJUST_RULES)]);
