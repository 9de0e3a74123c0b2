import type { Item } from '../model/catalogue.js';
import type { Rule } from './types.js';

/** Two items with the same 一级/二级/三级 names in one area are one duty listed twice (or a copy-paste slip). */
export const uniqueItemName: Rule = {
  meta: {
    id: 'unique-item-name',
    severity: 'warning',
    description: { zh: '同一领域内一级/二级/三级事项名称不重复', en: 'Item name paths (一级/二级/三级) are unique within an area' },
    messages: {
      duplicateInArea: {
        zh: '“{area}”领域中的事项“{name}”与事项“{firstId}”重名。同一事项只应列一次：请合并两项的公开内容，或把事项名称写得能区分开。',
        en: 'Item "{name}" in the area {area} repeats item "{firstId}". List a duty once: merge the two items or give them distinguishable names.',
      },
      duplicate: {
        zh: '事项“{name}”与事项“{firstId}”重名。同一事项只应列一次：请合并两项的公开内容，或把事项名称写得能区分开。',
        en: 'Item "{name}" repeats item "{firstId}". List a duty once: merge the two items or give them distinguishable names.',
      },
    },
  },
  check(ctx) {
    const first = new Map<string, Item>();
    for (const item of ctx.catalogue.items) {
      const key = nameKey(item);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, item);
        continue;
      }
      const path = ['items', item.index, item.level2 === undefined ? 'level1' : 'level2'];
      const names = [item.level1, item.level2, item.level3].filter((name): name is string => name !== undefined);
      const data = { name: names.join('/'), firstId: earlier.id };
      if (item.area) ctx.report({ path, messageId: 'duplicateInArea', data: { ...data, area: item.area } });
      else ctx.report({ path, messageId: 'duplicate', data });
    }
  },
};

/** The area and the item's names without white space, joined by NULs: built without arrays, as it runs for every item. */
function nameKey(item: Item): string {
  let key = `${item.area ?? ''}\u0000${squeeze(item.level1)}`;
  if (item.level2 !== undefined) key += `\u0000${squeeze(item.level2)}`;
  if (item.level3 !== undefined) key += `\u0000${squeeze(item.level3)}`;
  return key;
}

const squeeze = (name: string) => (/\s/.test(name) ? name.replace(/\s+/g, '') : name);
