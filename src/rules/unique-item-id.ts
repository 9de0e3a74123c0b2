import type { Rule } from './types.js';

/** Item ids are anchors in the HTML site and keys for references: each must be unique in its catalogue. */
export const uniqueItemId: Rule = {
  meta: {
    id: 'unique-item-id',
    severity: 'error',
    description: { zh: '事项编号在目录内唯一', en: 'Item ids are unique within a catalogue' },
    messages: {
      duplicate: {
        zh: '事项编号“{id}”与第 {firstLine} 项重复。编号是网页锚点和引用的依据，请改成唯一的编号。',
        en: 'Item id "{id}" repeats item {firstLine}. Ids are page anchors and reference keys; make it unique.',
      },
    },
  },
  check(ctx) {
    const first = new Map<string, number>();
    for (const item of ctx.catalogue.items) {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, item.index);
      else ctx.report({ path: ['items', item.index, 'id'], messageId: 'duplicate', data: { id: item.id, firstLine: seen + 1 } });
    }
  },
};
