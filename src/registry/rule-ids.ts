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

export const DIFF_RULE_IDS: ReadonlySet<string> = new Set(Object.keys(DIFF_RULES));
