import type { JsonPath } from '../core/diagnostic.js';
import { resolveArea } from '../model/vocab.js';
import { stringList } from './_options.js';
import type { Rule } from './types.js';

/** Areas that were renamed (扶贫 → 乡村振兴, 环境保护 → 生态环境 …): a catalogue should use the current name. */
export const outdatedAreaName: Rule = {
  meta: {
    id: 'outdated-area-name',
    severity: 'warning',
    description: { zh: '领域使用现行名称', en: 'Areas use their current names' },
    messages: {
      outdated: {
        zh: '领域名称“{written}”是旧称，现行名称为“{current}”。请改为 area: {current}。',
        en: 'The area name "{written}" is outdated; the current name is "{current}". Write area: {current}.',
      },
    },
  },
  check(ctx) {
    // Option `names`: the outdated names to flag; by default every `outdated` name in vocab/areas.yaml.
    const configured = ctx.options.names;
    const flagged = new Set(Array.isArray(configured) ? stringList(configured) : ctx.vocab.areas.flatMap((area) => area.outdated ?? []));
    const check = (written: string, path: JsonPath) => {
      const area = resolveArea(ctx.vocab, written);
      if (area && area.name !== written && area.outdated?.includes(written) && flagged.has(written)) {
        ctx.report({ path, messageId: 'outdated', data: { written, current: area.name } });
      }
    };
    for (const item of ctx.catalogue.items) if (item.areaAsWritten !== undefined) check(item.areaAsWritten, ['items', item.index, 'area']);
    (ctx.catalogue.notApplicableAreas ?? []).forEach((entry, i) => check(entry.area, ['notApplicableAreas', i, 'area']));
  },
};
