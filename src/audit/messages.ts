import type { MessageTable } from '../core/messages.js';

/** Findings of `gkml audit`: publications judged against their items' time limits, and log rows that cannot be read. */
export const auditMessages: MessageTable = {
  late: {
    zh: '事项 {item}（{publisher}）于 {event} 形成或变更，截止日期为 {due}，实际 {published} 才公开，逾期 {lateBy} 个工作日。时限：{limit}。如果日期记错了，请更正公开记录。',
    en: 'Item {item} ({publisher}) was formed or changed on {event} and was due by {due}, but was published on {published}: {lateBy} working day(s) late. Time limit: {limit}. If a date is recorded wrongly, correct the log.',
  },
  missing: {
    zh: '事项 {item}（{publisher}）于 {event} 形成或变更，截止日期为 {due}，到 {asOf} 仍没有公开日期，已超过 {lateBy} 个工作日。已经公开的，请补填公开日期和链接；还没公开的，请尽快公开。',
    en: 'Item {item} ({publisher}) was formed or changed on {event} and was due by {due}, but has no publication date as of {asOf}: {lateBy} working day(s) overdue. If it was published, fill in the date and link; if not, publish it now.',
  },
  publishedBeforeEvent: {
    zh: '公开日期 {published} 早于形成或变更日期 {event}。请核对这两个日期是否填反了。',
    en: 'The publication date {published} is before the event date {event}. Check whether the two dates are swapped.',
  },
  periodicNoDueDate: {
    zh: '事项 {item} 是{periodic}更新的事项，没有从某一事件起算的截止日期，本行没有核对是否按时。如需核对，请把时限写成 { periodic: {periodic}, workdays: 天数 }，并以周期最后一天为事件日期。',
    en: 'Item {item} is updated {periodic} and has no due date counted from an event, so this row was not checked. To check it, write the limit as { periodic: {periodic}, workdays: N } and use the last day of the period as the event date.',
  },
  unknownTimeLimit: {
    zh: '事项 {item} 的时限无法算出截止日期，本行没有核对。请在目录中改用结构化写法，如 { workdays: 20, from: 形成或变更 }。',
    en: 'The time limit of item {item} gives no due date, so this row was not checked. Use the structured form in the catalogue, such as { workdays: 20, from: 形成或变更 }.',
  },
  missingColumn: {
    zh: '公开记录缺少“{field}”列，表头可以写作：{aliases}。请在第一行加上这一列。',
    en: 'The log has no "{field}" column; its header may be any of: {aliases}. Add the column to the first row.',
  },
  unknownColumn: {
    zh: '不认识的列“{name}”，已忽略。认识的列有：{known}。',
    en: 'Unknown column "{name}", ignored. Known columns: {known}.',
  },
  missingItemId: {
    zh: '这一行没有事项编号，无法核对。请填写目录中事项的 id。',
    en: 'This row has no item id, so it cannot be checked. Fill in the id of the catalogue item.',
  },
  unknownItem: {
    zh: '目录中没有编号为“{id}”的事项。请核对编号，或先把该事项加入目录。',
    en: 'No catalogue item has the id "{id}". Check the id, or add the item to a catalogue first.',
  },
  unknownItemSuggest: {
    zh: '目录中没有编号为“{id}”的事项。是不是“{suggestion}”？',
    en: 'No catalogue item has the id "{id}". Did you mean "{suggestion}"?',
  },
  ambiguousItem: {
    zh: '编号“{id}”在多个目录中都有（{publishers}）。请在“公开主体”或“目录文件”列写明是哪一个。',
    en: 'The id "{id}" is in several catalogues ({publishers}). Name the one meant in a "publisher" or "file" column.',
  },
  itemMismatch: {
    zh: '编号“{id}”的事项属于 {publishers}，与本行写的“{hint}”不符。请核对公开主体或目录文件。',
    en: 'The item "{id}" belongs to {publishers}, not to "{hint}" as this row says. Check the publisher or file.',
  },
  missingEventDate: {
    zh: '这一行没有形成或变更日期，无法计算截止日期。请填写日期，如 2024-05-17。',
    en: 'This row has no event date, so no due date can be computed. Fill in a date such as 2024-05-17.',
  },
  badDate: {
    zh: '“{value}”不是有效日期（{column}列）。请写成 YYYY-MM-DD，如 2024-05-17。',
    en: '"{value}" is not a valid date (column {column}). Write it as YYYY-MM-DD, such as 2024-05-17.',
  },
};
