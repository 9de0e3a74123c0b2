import { severityRank, type Severity } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import { formatMessage } from '../core/messages.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Vocabulary } from '../model/vocab.js';
import type { Profile, Rule, RuleLevel } from './types.js';

/** How the config sets one rule: a level, or a level and options. */
export type RuleSetting = RuleLevel | { severity?: RuleLevel; options?: Record<string, unknown> };

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The rules a run applies: each rule's profile severity, overridden by the config; 'off' rules dropped. */
export function activeRules(all: readonly Rule[], profile: Profile, settings: Record<string, RuleSetting> = {}): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const setting = settings[rule.meta.id];
    const configured = typeof setting === 'string' ? setting : setting?.severity;
    const level: RuleLevel = configured ?? (profile === 'draft' ? (rule.meta.draft ?? rule.meta.severity) : rule.meta.severity);
    if (level === 'off') continue;
    const options = { ...rule.meta.options, ...(typeof setting === 'object' ? setting.options : undefined) };
    active.push({ rule, severity: level, options });
  }
  return active;
}

/** A rule threw: a bug in gkml, reported with the rule's id rather than swallowed. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'RuleCrash';
  }
}

/** Runs the active rules on one catalogue. The core polices each report: its messageId and placeholders must exist. */
export function runRules(catalogue: Catalogue, active: readonly ActiveRule[], vocab: Vocabulary): Finding[] {
  // Every rule reads most fields of every item: a catalogue's items come in one shape (model/catalogue.ts adoptCatalogue).
  const findings: Finding[] = [];
  for (const { rule, severity, options } of active) {
    try {
      rule.check({
        catalogue,
        vocab,
        options,
        report({ path, messageId, data = {}, on }) {
          const text = rule.meta.messages[messageId];
          if (!text) throw new Error(`unknown messageId "${messageId}"`);
          formatMessage(text.zh, data); // throws when a placeholder has no value
          const own = rule.meta.messageSeverity?.[messageId];
          const level = own !== undefined && severityRank(own) < severityRank(severity) ? own : severity;
          findings.push({ ruleId: rule.meta.id, severity: level, messageId, data, path, ...(on ? { on } : {}) });
        },
      });
    } catch (error) {
      throw new RuleCrash(rule.meta.id, catalogue.file, error);
    }
  }
  return findings;
}
