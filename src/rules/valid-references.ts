import type { Rule } from './types.js';

/** `interprets` and `timeLimit.syncWith` name other items by id; a name that leads nowhere is an error. */
export const validReferences: Rule = {
  meta: {
    id: 'valid-references',
    severity: 'error',
    description: { zh: '引用的事项编号必须存在', en: 'Referenced item ids exist' },
    messages: {
      dangling: {
        zh: '{field} 引用的事项编号“{id}”在本目录中不存在。请检查编号是否写错，或补上被引用的事项。',
        en: '{field} refers to item id "{id}", which this catalogue does not have. Check the id or add the item.',
      },
      self: {
        zh: '事项“{id}”在 {field} 中引用了它自己。请改为它所对应的政策文件事项编号。',
        en: 'Item "{id}" refers to itself in {field}. Name the policy document item it belongs to.',
      },
    },
  },
  check(ctx) {
    const ids = new Set(ctx.catalogue.items.map((item) => item.id));
    for (const item of ctx.catalogue.items) {
      // Most items refer to nothing: skip them before building anything.
      if (item.interprets === undefined && (typeof item.timeLimit !== 'object' || item.timeLimit.syncWith === undefined)) continue;
      const references: { path: (string | number)[]; field: string; id: string }[] = (item.interprets ?? []).map((id, k) => ({
        path: ['items', item.index, 'interprets', k],
        field: 'interprets',
        id,
      }));
      const timeLimit = item.timeLimit;
      if (typeof timeLimit === 'object' && timeLimit.syncWith !== undefined) {
        references.push({ path: ['items', item.index, 'timeLimit', 'syncWith'], field: 'timeLimit.syncWith', id: timeLimit.syncWith });
      }
      for (const reference of references) {
        if (reference.id === item.id) ctx.report({ path: reference.path, messageId: 'self', data: { id: item.id, field: reference.field } });
        else if (!ids.has(reference.id)) ctx.report({ path: reference.path, messageId: 'dangling', data: { id: reference.id, field: reference.field } });
      }
    }
  },
};
