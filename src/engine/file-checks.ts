import type { Lang } from '../core/messages.js';
import { ConfigError } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { DIFF_RULE_IDS } from '../registry/rule-ids.js';
import { rules as allRules } from '../rules/index.js';
import { activeRules, type RuleSetting } from '../rules/run.js';
import type { Profile } from '../rules/types.js';
import type { SchemaNode } from '../schema/schema-walk.js';
import { createSchemaValidator, type CheckFunction } from '../schema/validate.js';
import type { FileChecks } from './check-file.js';
import { loadVocabulary } from './resources.js';

/** How a run checks each file; plain data, so helper threads can build the same checks. */
export interface CheckSettings {
  lang: Lang;
  /** false: the schema only (`--schema-only`). */
  rules: boolean;
  profile: Profile;
  settings: Record<string, RuleSetting>;
}

/** The checks for a run: one compiled schema, the active rules, every known rule id. */
export function fileChecks(schema: SchemaNode, check: CheckFunction, settings: CheckSettings): FileChecks {
  return {
    validator: createSchemaValidator(schema, loadVocabulary, check),
    vocab: loadVocabulary,
    rules: settings.rules ? activeRules(allRules, settings.profile, settings.settings) : [],
    knownRuleIds: new Set([...allRules.map((r) => r.meta.id), ...DIFF_RULE_IDS]),
    lang: settings.lang,
  };
}

/** A config that names a rule gkml does not have is a config error (a typo would silently do nothing). */
export function checkRuleSettings(settings: Record<string, RuleSetting>, configFile: string, lang: Lang): void {
  const ids = allRules.map((r) => r.meta.id);
  for (const id of Object.keys(settings)) {
    if (ids.includes(id) || DIFF_RULE_IDS.has(id)) continue; // gkml diff's rules are set here too
    const close = nearest(id, ids);
    throw new ConfigError(
      lang === 'zh'
        ? `${configFile}：rules 中的规则“${id}”不存在。${close ? `您是不是想写“${close}”？` : '全部规则见 docs/rules/README.md。'}`
        : `${configFile}: rules names "${id}", which is not a gkml rule.${close ? ` Did you mean "${close}"?` : ' See docs/rules/README.md.'}`,
    );
  }
}
