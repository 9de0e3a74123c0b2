import type { Rule } from './types.js';
import { audienceModeLevel } from './audience-mode-level.js';
import { fiveDisclosuresCoverage } from './five-disclosures-coverage.js';
import { keyAreas } from './key-areas.js';
import { outdatedAreaName } from './outdated-area-name.js';
import { policyInterpretation } from './policy-interpretation.js';
import { responseAndParticipation } from './response-and-participation.js';
import { uniqueItemId } from './unique-item-id.js';
import { uniqueItemName } from './unique-item-name.js';
import { validReferences } from './valid-references.js';

/** Every rule, sorted by id (test/meta/rules.test.ts checks the order, files, tests and docs). */
export const rules: readonly Rule[] = [
  audienceModeLevel,
  fiveDisclosuresCoverage,
  keyAreas,
  outdatedAreaName,
  policyInterpretation,
  responseAndParticipation,
  uniqueItemId,
  uniqueItemName,
  validReferences,
];

export type { Rule, RuleContext, RuleMeta, RuleLevel, Profile } from './types.js';
