import { listForCatalogueType, type PerCatalogueType } from './_options.js';
import type { Rule } from './types.js';

const require: PerCatalogueType = { 主动公开基本目录: ['舆情回应', '公众参与'], 基层政务公开标准目录: [] };

/** The 2018 work points: a 主动公开基本目录 must reflect 舆情回应 and 公众参与; which kinds are required is set per type. */
export const responseAndParticipation: Rule = {
  meta: {
    id: 'response-and-participation',
    severity: 'error',
    draft: 'warning',
    description: { zh: '目录体现舆情回应和公众参与', en: 'A catalogue has its public-opinion response and public-participation items' },
    messages: {
      missing: {
        zh: '本{type}没有“{kind}”事项。目录编制须体现政策解读、舆情回应、公众参与，请添加一项 kind: {kind} 的事项（舆情回应如“回应关切”，公众参与如“意见征集”“政民互动”）。',
        en: 'This {type} has no {kind} item. A catalogue must reflect interpretation, response and participation: add an item with kind: {kind} (回应关切 for a response, 意见征集 or 政民互动 for participation).',
      },
    },
    options: { require },
  },
  check(ctx) {
    const kinds = new Set(ctx.catalogue.items.map((item) => item.kind));
    for (const kind of listForCatalogueType(ctx, 'require', require)) {
      if (!kinds.has(kind)) ctx.report({ path: ['catalogueType'], messageId: 'missing', data: { type: ctx.catalogue.catalogueType, kind } });
    }
  },
};
