import type { Rule } from './types.js';
import { audienceModeLevel } from './audience-mode-level.js';
import { basisCitation } from './basis-citation.js';
import { creditCode } from './credit-code.js';
import { fiveDisclosuresCoverage } from './five-disclosures-coverage.js';
import { keyAreas } from './key-areas.js';
import { officialChannels } from './official-channels.js';
import { outdatedAreaName } from './outdated-area-name.js';
import { personalData } from './personal-data.js';
import { policyInterpretation } from './policy-interpretation.js';
import { responseAndParticipation } from './response-and-participation.js';
import { supersededLaw } from './superseded-law.js';
import { timeLimit } from './time-limit.js';
import { traditionalChars } from './traditional-chars.js';
import { uniqueItemId } from './unique-item-id.js';
import { uniqueItemName } from './unique-item-name.js';
import { validReferences } from './valid-references.js';

/** Every rule, sorted by id (test/meta/rules.test.ts checks the order, files, tests and docs). */
export const rules: readonly Rule[] = [
  audienceModeLevel,
  basisCitation,
  creditCode,
  fiveDisclosuresCoverage,
  keyAreas,
  officialChannels,
  outdatedAreaName,
  personalData,
  policyInterpretation,
  responseAndParticipation,
  supersededLaw,
  timeLimit,
  traditionalChars,
  uniqueItemId,
  uniqueItemName,
  validReferences,
];

export type { Rule, RuleContext, RuleMeta, RuleLevel, Profile } from './types.js';
