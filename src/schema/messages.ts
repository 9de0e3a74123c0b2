import type { MessageTable } from '../core/messages.js';

/** Schema findings, rewritten into sentences a clerk understands. `{title}` is the field's Chinese title. */
export const schemaMessages: MessageTable = {
  required: {
    zh: '缺少必填字段 {field}（{title}）。',
    en: 'Missing required field {field}.',
  },
  unknownKey: {
    zh: '不认识的字段“{field}”。这里可以写的字段有：{allowed}。',
    en: 'Unknown field "{field}". Fields allowed here: {allowed}.',
  },
  unknownKeySuggestion: {
    zh: '不认识的字段“{field}”。您是不是想写 {suggestion}（{title}）？',
    en: 'Unknown field "{field}". Did you mean {suggestion}?',
  },
  enum: {
    zh: '{title}“{value}”不是规定的取值。可选：{allowed}。',
    en: '{title} "{value}" is not an allowed value. Allowed: {allowed}.',
  },
  enumSuggestion: {
    zh: '{title}“{value}”不是规定的取值。您是不是想写“{suggestion}”？',
    en: '{title} "{value}" is not an allowed value. Did you mean "{suggestion}"?',
  },
  enumSuggestions: {
    zh: '{title}“{value}”不是规定的取值。您是不是想写{suggestions}？',
    en: '{title} "{value}" is not an allowed value. Did you mean {suggestions}?',
  },
  enumVariant: {
    zh: '{title}“{value}”是非规范叫法，请改用规定名称“{suggestion}”。',
    en: '{title} "{value}" is a non-standard label; use the official name "{suggestion}".',
  },
  timeLimitPhrase: {
    zh: '公开时限“{value}”是一段文字，gkml 需要结构化写法才能计算期限。请改为：{suggestion}（原文可放在 text 中）。',
    en: 'The time limit "{value}" is free text; gkml needs the structured form to compute deadlines. Write: {suggestion} (keep the wording in text).',
  },
  timeLimitText: {
    zh: '公开时限“{value}”无法识别。请写“实时”“及时”，或结构化写法，如 {example}。',
    en: 'The time limit "{value}" is not recognised. Write 实时, 及时 or the structured form, such as {example}.',
  },
  type: {
    zh: '{title}应为{expected}，这里写的是{actual}。',
    en: '{title} should be {expected}; here it is {actual}.',
  },
  typeQuote: {
    zh: '{title}应为文本，这里写的是{actual}“{value}”。请给它加上引号，如 "{value}"。',
    en: '{title} should be text; here it is {actual} {value}. Put it in quotes: "{value}".',
  },
  typeList: {
    zh: '{title}应为列表：每项单独一行，以“- ”开头。',
    en: '{title} should be a list: one entry per line, each starting with "- ".',
  },
  typeListSuggestion: {
    zh: '{title}应为列表。请写成 {suggestion}，或每项单独一行，以“- ”开头。',
    en: '{title} should be a list. Write {suggestion}, or one entry per line starting with "- ".',
  },
  empty: {
    zh: '{title}不能为空。',
    en: '{title} must not be empty.',
  },
  minItems: {
    zh: '{title}至少要有 {limit} 项。',
    en: '{title} needs at least {limit} entries.',
  },
  duplicate: {
    zh: '{title}中有重复的值“{value}”（第 {first} 项和第 {second} 项）。',
    en: '{title} repeats "{value}" (entries {first} and {second}).',
  },
  range: {
    zh: '{title}应在 {min} 到 {max} 之间，这里是 {value}。',
    en: '{title} should be between {min} and {max}; here it is {value}.',
  },
  anyOf: {
    zh: '{title}不完整：请写出以下之一：{options}。',
    en: '{title} is incomplete: give one of {options}.',
  },
  timeLimitTextOnly: {
    zh: '公开时限只有原文“{value}”，还缺少期限。请补上：{suggestion}。',
    en: 'The time limit has only its wording "{value}" and no period. Add: {suggestion}.',
  },
  dependency: {
    zh: '写了 {field} 时还需要写 {missing}（{title}）。',
    en: '{field} also needs {missing} ({title}).',
  },
  patternId: {
    zh: '{title}“{value}”只能由字母、数字、点、横线和下划线组成，且以字母或数字开头，如 shjz-001。',
    en: '{title} "{value}" may only contain letters, digits, dots, dashes and underscores, starting with a letter or digit, such as shjz-001.',
  },
  patternUrl: {
    zh: '链接“{value}”不安全或格式不对：只能是 http:// 或 https:// 开头的地址，或站内相对地址。',
    en: 'The link "{value}" is unsafe or malformed: use an http:// or https:// address or a relative path.',
  },
  patternCreditCode: {
    zh: '统一社会信用代码“{value}”格式不对：应为18位（数字和大写字母，不含 I、O、Z、S、V）。',
    en: 'The unified social credit code "{value}" is malformed: it has 18 characters (digits and capitals, no I, O, Z, S, V).',
  },
  patternDate: {
    zh: '{title}“{value}”格式不对，应为 YYYY-MM-DD，如 2024-06-30。',
    en: '{title} "{value}" should be a date YYYY-MM-DD, such as 2024-06-30.',
  },
  patternDeadline: {
    zh: '{title}“{value}”格式不对，应为 MM-DD，如 01-31。',
    en: '{title} "{value}" should be MM-DD, such as 01-31.',
  },
  invalid: {
    zh: '{title}不符合要求：{detail}。',
    en: '{title} is not valid: {detail}.',
  },
};

/** How each JSON type is named in messages. */
export const typeNames: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否（true/false）', en: 'true/false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a set of fields' },
  null: { zh: '空值', en: 'empty' },
};
