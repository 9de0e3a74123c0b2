import type { MessageTable } from '../core/messages.js';

/** What the calendar says about its data, and what applies to each kind of time limit. */
export const calendarMessages: MessageTable = {
  notCovered: {
    zh: '计算用到了 {years} 年，但节假日数据只覆盖 {covered}：这些年份只能按周一至周五推算，没有计入放假和调休，日期可能不对。请把该年的放假安排（国务院办公厅通知）写进 calendar.override 指定的文件，或升级 chinese-days。',
    en: 'This computation reaches {years}, but the holiday data covers only {covered}: those years can only be counted Monday to Friday, without holidays or make-up workdays, so the date may be wrong. Add the year’s arrangement (the State Council General Office notice) to the file named by calendar.override, or upgrade chinese-days.',
  },
  holidayDataNotObject: {
    zh: '{at} 应是一个对象，形如 {"2027-01-01": "New Year\'s Day,元旦,1"}。',
    en: '{at} must be an object such as {"2027-01-01": "New Year\'s Day,元旦,1"}.',
  },
  holidayDataUnknownKey: {
    zh: '不认识的键“{key}”。节假日文件只能有 {allowed}。',
    en: 'Unknown key "{key}". A holiday file may only have {allowed}.',
  },
  holidayDataBadDate: {
    zh: '{at}：“{date}”不是有效日期，请写成 YYYY-MM-DD，如 2027-01-01。',
    en: '{at}: "{date}" is not a valid date; write it as YYYY-MM-DD, such as 2027-01-01.',
  },
  holidayDataBadName: {
    zh: '{at} 的值应是文字，如 "New Year\'s Day,元旦,1"。',
    en: 'The value of {at} must be text, such as "New Year\'s Day,元旦,1".',
  },
  ruleWorkdays: {
    zh: '{limit}：自{start}起第 {n} 个工作日。',
    en: '{limit}: working day number {n} counted from {start}.',
  },
  ruleSync: {
    zh: '与关联政策文件（{syncWith}）同步公开，最迟 {n} 个工作日：事件日期应填政策文件的公开日期。',
    en: 'In step with the related policy document ({syncWith}), at most {n} working days: the event date is the day the policy was published.',
  },
  rulePeriodicWorkdays: {
    zh: '{periodic}更新，周期结束后 {n} 个工作日内公开：事件日期应填周期的最后一天。',
    en: 'Updated {periodic}, published within {n} working days after each period: the event date is the last day of the period.',
  },
  ruleDays: {
    zh: '{limit}：按自然日计，自{start}起第 {n} 日。',
    en: '{limit}: counted in calendar days, day number {n} from {start}.',
  },
  ruleDaysRolled: {
    zh: '{limit}：按自然日计，第 {n} 日 {last} 是休息日，顺延到其后第一个工作日（民法典第二百零三条）。',
    en: '{limit}: counted in calendar days; day number {n}, {last}, is a rest day, so the period ends on the next working day (Civil Code Art. 203).',
  },
  ruleDeadline: {
    zh: '{limit}：取事件日期当天或之后的第一个每年截止日。',
    en: '{limit}: the first yearly deadline on or after the event date.',
  },
  ruleRealtime: {
    zh: '实时公开：应在信息形成或变更的当天公开。',
    en: 'Real-time (实时): publish on the day the information is formed or changed.',
  },
  ruleTimely: {
    zh: '及时公开：没有写明天数，按《政府信息公开条例》第二十六条，最迟为信息形成或变更之日起 20 个工作日内。',
    en: 'Timely (及时): no number of days is set, so the statutory longest applies: 20 working days from formation or change (Regulations Art. 26).',
  },
  rulePeriodic: {
    zh: '{periodic}更新：定期更新的事项没有从某一事件起算的截止日期，请逐个周期核对是否按时更新。',
    en: 'Updated {periodic}: a periodic item has no due date counted from an event; check that each period was updated on time.',
  },
  ruleUnknown: {
    zh: '这个时限写法无法算出截止日期，请改用结构化写法，如 { workdays: 20, from: 形成或变更 }。',
    en: 'This time limit cannot give a due date; use the structured form, such as { workdays: 20, from: 形成或变更 }.',
  },
  startNextDay: { zh: '事件次日', en: 'the day after the event' },
  startSameDay: { zh: '事件当日', en: 'the day of the event' },
};
