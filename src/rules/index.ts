import type { Rule } from './types.js';
import { uniqueItemId } from './unique-item-id.js';
import { validReferences } from './valid-references.js';

/** Every rule, sorted by id (test/meta/rules.test.ts checks the order, files, tests and docs). */
export const rules: readonly Rule[] = [uniqueItemId, validReferences];

export type { Rule, RuleContext, RuleMeta, RuleLevel, Profile } from './types.js';
