import type { MessageTable } from '../../core/messages.js';

/** What `gkml due` and `gkml audit` say about their arguments (usage errors, exit 2). */
export const timeCliMessages: MessageTable = {
  badDate: {
    zh: '{flag} 需要一个日期，写成 YYYY-MM-DD，如 2024-05-17（这里是“{value}”）。',
    en: '{flag} takes a date written YYYY-MM-DD, such as 2024-05-17 (got "{value}").',
  },
  badCount: {
    zh: '{flag} 需要一个 0 到 3660 之间的整数（这里是“{value}”）。',
    en: '{flag} takes a whole number from 0 to 3660 (got "{value}").',
  },
  oneMode: {
    zh: '请在 --workdays、--days、--item、--items 中选用一个（这里用了 {given}）。例如：gkml due --from 2024-05-17 --workdays 20',
    en: 'Use exactly one of --workdays, --days, --item and --items (got {given}). For example: gkml due --from 2024-05-17 --workdays 20',
  },
  needFrom: {
    zh: '{flag} 需要同时用 --from 给出事件日期（信息形成或变更的日期），如 --from 2024-05-17。',
    en: '{flag} needs the event date (when the information was formed or changed) from --from, such as --from 2024-05-17.',
  },
  fromWithItems: {
    zh: '--items 的每一行自带事件日期，不能再用 --from。',
    en: '--items gives each row its own event date; do not use --from with it.',
  },
  itemNotFound: {
    zh: '目录中没有编号为“{id}”的事项{hint}。{broken}',
    en: 'No catalogue item has the id "{id}"{hint}.{broken}',
  },
  didYouMean: { zh: '（是不是“{suggestion}”？）', en: ' (did you mean "{suggestion}"?)' },
  ofPublisher: { zh: '（公开主体 {publisher}）', en: ' (publisher {publisher})' },
  itemAmbiguous: {
    zh: '编号“{id}”在多个目录中都有（{publishers}）。请用 --publisher 指明公开主体。',
    en: 'The id "{id}" is in several catalogues ({publishers}). Name the publisher with --publisher.',
  },
  brokenCatalogues: {
    zh: '另有 {n} 个目录文件有错误、没有载入，请先运行 gkml validate 查看。',
    en: ' {n} catalogue file(s) have errors and were not loaded; run gkml validate to see them.',
  },
  badItemsRows: {
    zh: '{file} 中有 {n} 行无法计算，见上。',
    en: '{n} row(s) of {file} could not be computed; see above.',
  },
  xlsxNeedsFile: {
    zh: 'xlsx 是工作簿格式，不能输出到终端。请用 -o xlsx:路径，如 -o xlsx:reports/audit.xlsx。',
    en: 'xlsx is a workbook and cannot go to the terminal. Use -o xlsx:path, such as -o xlsx:reports/audit.xlsx.',
  },
  warning: { zh: '警告：', en: 'Warning: ' },
  eventLabel: { zh: '事件 {date}', en: 'event {date}' },
  uncoveredMark: { zh: '⚠ {years} 年不在节假日数据内', en: '⚠ {years} not in the holiday data' },
};
