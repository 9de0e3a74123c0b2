import type { MessageTable } from '../core/messages.js';

/** Messages about a file as a whole and about YAML syntax. */
export const inputMessages: MessageTable = {
  tooLarge: {
    zh: '文件有 {size}，超过了 {limit} 的上限，没有处理。请把目录拆成几个文件，或在 gkml.config.yaml 中调整 maxFileSize。',
    en: 'The file is {size}, over the {limit} limit, so it was not read. Split the catalogue into several files or raise maxFileSize in gkml.config.yaml.',
  },
  gbk: {
    zh: '文件不是 UTF-8 编码（看起来是 GBK/GB18030，常见于 Windows 记事本或 Excel 另存的文件）。请在编辑器中用“UTF-8”编码重新保存后再检查。',
    en: 'The file is not UTF-8 (it looks like GBK/GB18030, as saved by many Windows editors). Save it again as UTF-8 and run the check again.',
  },
  notUtf8: {
    zh: '文件不是 UTF-8 编码的文本（第 {line} 行有无法识别的字节）。请用“UTF-8”编码重新保存。',
    en: 'The file is not UTF-8 text (unreadable bytes on line {line}). Save it again as UTF-8.',
  },
  utf16: {
    zh: '文件是 UTF-16 编码。请用“UTF-8”编码重新保存。',
    en: 'The file is UTF-16. Save it again as UTF-8.',
  },
  binary: {
    zh: '这是一个二进制文件（{kind}），不是 YAML 目录。Excel 目录请先用 gkml import 转换。',
    en: 'This is a binary file ({kind}), not a YAML catalogue. Convert Excel catalogues with gkml import first.',
  },
  emptyFile: {
    zh: '文件里没有任何字段（只有空白或注释）。目录文件至少需要 catalogueType、publisher 和 items。',
    en: 'The file holds no fields (only blanks or comments). A catalogue needs at least catalogueType, publisher and items.',
  },
  topLevelList: {
    zh: '文件最外层是一个列表（以“- ”开头）。目录文件的最外层应是字段：catalogueType、publisher、items；事项列表写在 items: 下面。',
    en: 'The file is a list at the top level (it starts with "- "). A catalogue has fields at the top level: catalogueType, publisher, items; put the list of items under items:.',
  },
  topLevelScalar: {
    zh: '文件最外层只有一个值（{value}），不是目录。目录文件的最外层应是字段：catalogueType、publisher、items。',
    en: 'The file holds a single value ({value}), not a catalogue. A catalogue has fields at the top level: catalogueType, publisher, items.',
  },
  aliasBomb: {
    zh: '别名（*引用）展开后超过 {limit} 个节点，像是“别名炸弹”，已拒绝处理。请直接写出内容，少用锚点和别名。',
    en: 'Aliases (*references) expand to more than {limit} nodes, which looks like an alias bomb; the file was refused. Write the content out instead of nesting anchors.',
  },
  aliasCycle: {
    zh: '别名（*引用）引用了它自己，无法展开。请直接写出内容。',
    en: 'An alias (*reference) refers to itself and cannot be expanded. Write the content out instead.',
  },
  duplicateKey: {
    zh: '字段“{key}”在同一处出现了两次。请删除或合并其中一个。',
    en: 'The key "{key}" appears twice in the same mapping. Remove or merge one of them.',
  },
  multipleDocuments: {
    zh: '一个文件里有多个 YAML 文档（用“---”分隔）。每个公开主体的目录请单独存为一个文件。',
    en: 'The file holds several YAML documents (separated by "---"). Keep one catalogue per file.',
  },
  tab: {
    zh: 'YAML 不允许用 Tab 键缩进。请把这一行开头的 Tab 换成空格。',
    en: 'YAML does not allow tabs for indentation. Replace the tab at the start of this line with spaces.',
  },
  badIndent: {
    zh: '缩进不对：这一行的缩进与上下文不一致。同一层的字段要对齐，列表项“- ”要比上级字段多缩进。',
    en: 'Bad indentation: this line does not line up with its context. Keys at one level must line up; list items go one step deeper than their key.',
  },
  unclosedQuote: {
    zh: '引号或括号没有闭合。请检查这里的引号、[ ] 和 { } 是否成对。',
    en: 'A quote or bracket is not closed. Check that quotes, [ ] and { } come in pairs here.',
  },
  undefinedAlias: {
    zh: '引用了不存在的锚点：{detail}',
    en: 'An alias refers to an anchor that does not exist: {detail}',
  },
  nestedKey: {
    zh: '这个值后面又出现了“字段: 值”：可能是下一行多缩进了，或者值里含有英文冒号加空格（“: ”），需要给整个值加上引号。',
    en: 'Another "key: value" follows this value: the next line may be indented too far, or the value contains ": " and needs quotes.',
  },
  missingColon: {
    zh: '这一行缺少冒号：字段名和值之间要写英文冒号加空格（“: ”），如 name: 示例县民政局。',
    en: 'This line is missing a colon: write ": " between the key and its value, as in name: 示例县民政局.',
  },
  syntax: {
    zh: 'YAML 语法错误：{detail}。请检查这一行的冒号、缩进和引号。',
    en: 'YAML syntax error: {detail}. Check the colons, indentation and quotes on this line.',
  },
};

/** Which message a `yaml` error code gets; anything else is the generic syntax message. */
export const syntaxMessageIds: Record<string, string> = {
  DUPLICATE_KEY: 'duplicateKey',
  MULTIPLE_DOCS: 'multipleDocuments',
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'unclosedQuote',
  BAD_ALIAS: 'undefinedAlias',
  BLOCK_AS_IMPLICIT_KEY: 'nestedKey',
  MULTILINE_IMPLICIT_KEY: 'missingColon',
};
