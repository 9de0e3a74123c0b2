import type { Severity } from '../core/diagnostic.js';
import type { Lang, MessageText } from '../core/messages.js';
import type { Report } from '../core/report.js';

/** What a format that describes rules (SARIF) needs of one; the CLI fills it from the rule registry. */
export interface RuleDescription {
  id: string;
  description: MessageText;
}

export interface FormatOptions {
  color: boolean;
  lang: Lang;
  /** The severity at which the run fails; JUnit reports findings at or above it as <failure>s. Default 'error'. */
  failLevel?: Severity;
  /** Metadata of the rules that may appear in the report (formatters may not import src/rules). */
  rules?: readonly RuleDescription[];
  /**
   * gkml itself, for formats that name the tool (SARIF). `docsUri` is an absolute base under which
   * `<rule-id>.md` is a rule's page; without it SARIF names the page as docs/rules/<id>.md in `help`.
   */
  tool?: { version?: string; informationUri?: string; docsUri?: string };
}

/** A formatter turns a finished report into text; it never writes anything itself. */
export type Formatter = (report: Report, options: FormatOptions) => string;
