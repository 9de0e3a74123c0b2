import { FIVE_DISCLOSURES } from './_matrix.js';
import { listForCatalogueType, type PerCatalogueType } from './_options.js';
import type { Rule } from './types.js';

const ALL_FIVE = [...FIVE_DISCLOSURES];
const required: PerCatalogueType = { 主动公开基本目录: ALL_FIVE, 基层政务公开标准目录: ALL_FIVE };

/** The 2018 work points: a catalogue must reflect all of 五公开. Which ones are required is set per catalogue type. */
export const fiveDisclosuresCoverage: Rule = {
  meta: {
    id: 'five-disclosures-coverage',
    severity: 'error',
    draft: 'warning',
    description: { zh: '目录覆盖五公开（决策、执行、管理、服务、结果公开）', en: 'A catalogue covers each of the five disclosures' },
    messages: {
      missing: {
        zh: '本{type}没有标注为{missing}的事项。目录须体现“五公开”，请补充相应事项（如重大决策预公开、重点工作推进情况、办事指南、结果公开信息），或在已有事项的 fiveDisclosures 中标上。',
        en: 'No item of this {type} is tagged {missing}. A catalogue must cover all five disclosures: add such items or tag existing ones in fiveDisclosures.',
      },
    },
    options: { required },
  },
  check(ctx) {
    const present = new Set<string>();
    for (const item of ctx.catalogue.items) for (const category of item.fiveDisclosures) present.add(category);
    const missing = listForCatalogueType(ctx, 'required', required).filter((category) => !present.has(category));
    if (missing.length === 0) return;
    ctx.report({ path: ['catalogueType'], messageId: 'missing', data: { type: ctx.catalogue.catalogueType, missing: missing.join('、') } });
  },
};
