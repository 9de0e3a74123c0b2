import type { Item } from '../model/catalogue.js';
import { resolveArea } from '../model/vocab.js';
import { isRecord, stringList } from './_options.js';
import type { Rule, RuleContext } from './types.js';

const BUDGET_AREA = '财政预决算';
const BUDGET_WORDS = /预算|决算/;

/**
 * Key-area information must be in the catalogue (2018 work points): 财政预决算 for every budget unit, and the
 * areas the config declares for this publisher (重大建设项目, 公共资源配置, 社会公益事业建设 …).
 */
export const keyAreas: Rule = {
  meta: {
    id: 'key-areas',
    severity: 'error',
    draft: 'warning',
    description: { zh: '重点领域信息列入目录（预算单位须有财政预决算）', en: 'Key-area information is in the catalogue (budget units publish their budgets)' },
    messages: {
      budgetMissing: {
        zh: '“{publisher}”是预算单位，但目录中没有财政预决算事项。预算单位须公开部门预算、决算和“三公”经费，请添加 area: 财政预决算 的事项（如部门预算、部门决算）。',
        en: '"{publisher}" is a budget unit but its catalogue has no 财政预决算 item. Add items with area: 财政预决算 (部门预算, 部门决算).',
      },
      areaMissing: {
        zh: '配置要求“{publisher}”公开“{area}”领域信息，但目录中没有该领域的事项。请添加 area: {area} 的事项；如本主体不承担该领域，请修改配置。',
        en: 'The config requires "{publisher}" to publish the {area} area, but the catalogue has no item in it. Add items with area: {area}, or correct the config.',
      },
      unknownArea: {
        zh: '配置为“{publisher}”声明的领域“{area}”不是 gkml 认识的领域名称。请改用 vocab/areas.yaml 中的名称或别名。',
        en: 'The config declares the area "{area}" for "{publisher}", which gkml does not know. Use a name or alias from vocab/areas.yaml.',
      },
    },
    options: { publishers: {} },
  },
  check(ctx) {
    const { publisher, items } = ctx.catalogue;
    const areas = new Set(items.map((item) => item.area));
    if (publisher.budgetUnit === true && !hasBudget(ctx, items, areas)) {
      ctx.report({ path: ['publisher', 'budgetUnit'], messageId: 'budgetMissing', data: { publisher: publisher.name } });
    }
    const publishers = ctx.options.publishers;
    for (const declared of isRecord(publishers) ? stringList(publishers[publisher.name]) : []) {
      const area = resolveArea(ctx.vocab, declared);
      const data = { publisher: publisher.name, area: area?.name ?? declared };
      if (!area) ctx.report({ path: ['publisher', 'name'], messageId: 'unknownArea', data });
      else if (!areas.has(area.name)) ctx.report({ path: ['publisher', 'name'], messageId: 'areaMissing', data });
    }
  },
};

/** An item in 财政预决算; in a 主动公开基本目录, an item without an area named for 预算/决算 also counts. */
function hasBudget(ctx: RuleContext, items: readonly Item[], areas: Set<string | undefined>): boolean {
  if (areas.has(resolveArea(ctx.vocab, BUDGET_AREA)?.name ?? BUDGET_AREA)) return true;
  if (ctx.catalogue.catalogueType !== '主动公开基本目录') return false;
  return items.some((item) => item.area === undefined && [item.category, item.level1, item.level2, item.level3].some((name) => name !== undefined && BUDGET_WORDS.test(name)));
}
