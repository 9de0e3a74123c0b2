import type { Item } from '../model/catalogue.js';
import { option, type Rule } from './types.js';

/**
 * 谁起草、谁解读: every 政策文件 item has a 政策解读 item that names it in `interprets`, published in sync with it
 * (`timeLimit: { syncWith: <policy id>, workdays: N }`, N ≤ maxWorkdays). Dangling ids are valid-references' job.
 */
export const policyInterpretation: Rule = {
  meta: {
    id: 'policy-interpretation',
    severity: 'error',
    draft: 'warning',
    description: { zh: '政策文件有同步发布的政策解读', en: 'Every policy document has an interpretation published in sync with it' },
    messages: {
      noInterpretation: {
        zh: '政策文件事项“{id}”没有对应的政策解读事项。按“谁起草、谁解读”，请添加 kind: 政策解读 的事项，写 interprets: [{id}]，时限写 { syncWith: {id}, workdays: {maxWorkdays} }。',
        en: 'Policy document item "{id}" has no interpretation. Add a kind: 政策解读 item with interprets: [{id}] and timeLimit { syncWith: {id}, workdays: {maxWorkdays} }.',
      },
      notInSync: {
        zh: '政策解读事项“{id}”的公开时限没有与所解读的政策文件同步。解读材料应与文件同步发布，请写成 { syncWith: {policy}, workdays: {maxWorkdays} }。',
        en: 'Interpretation item "{id}" is not published in sync with the policy it interprets. Write timeLimit { syncWith: {policy}, workdays: {maxWorkdays} }.',
      },
      syncWithOther: {
        zh: '政策解读事项“{id}”与“{syncWith}”同步，但它解读的是{policy}。请把 syncWith 改为所解读的政策文件编号。',
        en: 'Interpretation item "{id}" is synced with "{syncWith}" but interprets {policy}. Set syncWith to the policy it interprets.',
      },
      tooSlow: {
        zh: '政策解读事项“{id}”在政策文件公开后 {workdays} 个工作日内发布，超过了 {maxWorkdays} 个工作日。请改为不超过 {maxWorkdays} 个工作日。',
        en: 'Interpretation item "{id}" follows its policy within {workdays} working days, more than {maxWorkdays}. Shorten it to at most {maxWorkdays}.',
      },
    },
    options: { maxWorkdays: 5 },
  },
  check(ctx) {
    const maxWorkdays = option(ctx, 'maxWorkdays', 5);
    const items = ctx.catalogue.items;
    const ids = new Set(items.map((item) => item.id));
    const policies = new Set(items.filter((item) => item.kind === '政策文件').map((item) => item.id));
    const interpretations = items.filter((item) => item.kind === '政策解读' && (item.interprets ?? []).some((id) => policies.has(id)));
    const interpreted = new Set(interpretations.flatMap((item) => item.interprets ?? []));

    for (const item of items) {
      if (item.kind === '政策文件' && !interpreted.has(item.id)) {
        ctx.report({ path: ['items', item.index], messageId: 'noInterpretation', data: { id: item.id, maxWorkdays } });
      }
    }
    for (const item of interpretations) checkTimeLimit(item);

    function checkTimeLimit(item: Item) {
      const targets = (item.interprets ?? []).filter((id) => policies.has(id));
      const timeLimit = item.timeLimit;
      const data = { id: item.id, policy: targets.join('、'), maxWorkdays };
      if (typeof timeLimit !== 'object' || timeLimit.syncWith === undefined) {
        ctx.report({ path: ['items', item.index, 'timeLimit'], messageId: 'notInSync', data: { ...data, policy: targets[0]! } });
      } else if (!targets.includes(timeLimit.syncWith)) {
        // A syncWith that leads nowhere is reported by valid-references.
        if (ids.has(timeLimit.syncWith)) {
          const policy = targets.map((id) => `“${id}”`).join('、');
          ctx.report({ path: ['items', item.index, 'timeLimit', 'syncWith'], messageId: 'syncWithOther', data: { ...data, policy, syncWith: timeLimit.syncWith } });
        }
      } else if (timeLimit.workdays !== undefined && timeLimit.workdays > maxWorkdays) {
        ctx.report({ path: ['items', item.index, 'timeLimit', 'workdays'], messageId: 'tooSlow', data: { ...data, workdays: timeLimit.workdays } });
      }
    }
  },
};
