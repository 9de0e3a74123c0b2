import type { JsonPath, MessageData, Severity } from '../core/diagnostic.js';
import type { MessageTable, MessageText } from '../core/messages.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Vocabulary } from '../model/vocab.js';

/** A rule's severity in a run: a Severity, or 'off'. */
export type RuleLevel = Severity | 'off';

/** The two profiles: `publish` (the default, what a publishable catalogue must meet) and `draft`. */
export type Profile = 'draft' | 'publish';

export interface RuleMeta {
  /** kebab-case; equals the file name and docs/rules/<id>.md. */
  id: string;
  /** Severity under the `publish` profile. */
  severity: Severity;
  /** Severity under the `draft` profile, when it differs (work in progress is allowed to be incomplete). */
  draft?: RuleLevel;
  description: MessageText;
  messages: MessageTable;
  /**
   * Messages milder than the rule: their findings take this severity when it is below the run's level
   * (a rule turned down to 'warning' turns them down too, never up).
   */
  messageSeverity?: Record<string, Severity>;
  /** Default options; the config's `rules.<id>.options` are merged over them. */
  options?: Record<string, unknown>;
}

export interface Report {
  /** Where: a path in the catalogue (items[3].channels[1]); [] for the whole file. */
  path: JsonPath;
  messageId: string;
  data?: MessageData;
  /** Point at the key (a field that should not be there) rather than its value. */
  on?: 'key' | 'value';
}

/** What a rule sees of one catalogue. */
export interface RuleContext {
  catalogue: Catalogue;
  vocab: Vocabulary;
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Reads a typed option with its default (rules' options are validated loosely: a wrong type falls back). */
export function option<T>(ctx: RuleContext, name: string, fallback: T): T {
  const value = ctx.options[name];
  return value === undefined || (fallback !== null && typeof value !== typeof fallback) ? fallback : (value as T);
}
