import type { Rule } from './types.js';

/**
 * 公开对象 and 公开方式 are one tick each; imported tables sometimes tick both (alignment lost in an HTML export).
 * 公开层级 may go down from the publisher's level (a county catalogue lists what townships publish), never up.
 */
export const audienceModeLevel: Rule = {
  meta: {
    id: 'audience-mode-level',
    severity: 'warning',
    description: { zh: '公开对象、公开方式各选一项，公开层级不高于公开主体', en: 'One audience, one mode, and no level above the publisher’s' },
    messages: {
      bothAudiences: {
        zh: '公开对象同时选了{values}。一个事项只有一个公开对象：面向所有人的选“全社会”，只告知当事人或特定人群的选“特定群体”，请只保留一项。',
        en: 'Both audiences are ticked ({values}). Keep one: 全社会 for everyone, 特定群体 when only the parties concerned are told.',
      },
      bothModes: {
        zh: '公开方式同时选了{values}。一个事项只有一种公开方式，请只保留“主动”或“依申请”中的一项；两类信息都有时请拆成两个事项。',
        en: 'Both modes are ticked ({values}). Keep either 主动 or 依申请; split the item in two if it really holds both.',
      },
      levelAbove: {
        zh: '公开层级“{level}”高于公开主体的层级“{publisherLevel}”。本目录只能列本级及以下承担的公开义务，请删去“{level}”或改为“{publisherLevel}”。',
        en: 'Level {level} is above the publisher’s level {publisherLevel}. A catalogue lists duties of its own level and below: remove {level} or use {publisherLevel}.',
      },
    },
  },
  check(ctx) {
    const order = ctx.vocab.terms.levels.values; // 省级 … 村级, highest first
    const publisherLevel = ctx.catalogue.publisher.level;
    const publisherRank = order.indexOf(publisherLevel);
    for (const item of ctx.catalogue.items) {
      if (item.audience.length > 1) ctx.report({ path: ['items', item.index, 'audience'], messageId: 'bothAudiences', data: { values: item.audience.join('、') } });
      if (item.mode.length > 1) ctx.report({ path: ['items', item.index, 'mode'], messageId: 'bothModes', data: { values: item.mode.join('、') } });
      item.levels.forEach((level, k) => {
        const rank = order.indexOf(level);
        if (rank >= 0 && publisherRank >= 0 && rank < publisherRank) {
          ctx.report({ path: ['items', item.index, 'levels', k], messageId: 'levelAbove', data: { level, publisherLevel } });
        }
      });
    }
  },
};
