import type { MessageTable } from '../core/messages.js';

/**
 * What `gkml import` reports: each guess says what the cell said, what was assumed, and how to correct it
 * (in the YAML, which is the catalogue from now on). Errors name the file and the sheet.
 */
export const importMessages: MessageTable = {
  // The header
  headerSynonym: { zh: '表头“{label}”按“{field}”读取。', en: 'Header "{label}" read as {field}.' },
  headerExtra: { zh: '表头“{label}”不是目录字段，这一列的内容写入了备注（note）。', en: 'Header "{label}" is not a catalogue field; its cells went into the note.' },
  headerLevel: { zh: '层级列“{label}”按“{levels}”读取，请核对。', en: 'Level column "{label}" read as {levels}; please check.' },
  columnMissing: { zh: '表中没有{field}列，本表全部事项的{field}暂按“{value}”导入，请在 YAML 中核对。', en: 'The table has no {field} column; every item of it got "{value}" for now. Please check in the YAML.' },
  // Names and content
  numberingStripped: { zh: '{field}“{text}”去掉了编号，按“{value}”导入（编号由表格的序号表示）。', en: '{field} "{text}" lost its numbering and was imported as "{value}" (the 序号 column numbers the rows).' },
  sameAsAbove: { zh: '“同上”按第 {row} 行的{field}填入：{value}', en: '"同上" (same as above) filled with {field} of row {row}: {value}' },
  sameAsAboveFirst: { zh: '{field}写着“同上”，但上面没有可参照的行，这一格按空白处理。', en: '{field} says "同上" (same as above) but there is no row above; read as empty.' },
  continued: { zh: '{field}为空，按上一行的“{value}”补齐。', en: '{field} is empty; taken from the row above: "{value}".' },
  headingAsLevel1: { zh: '一级事项为空，按第 {row} 行的标题行“{value}”补齐。', en: '一级事项 is empty; taken from the heading line in row {row}: "{value}".' },
  nameEmpty: { zh: '事项名称为空，暂用“{value}”，请在 YAML 中补上名称。', en: 'The item has no name; "{value}" is used for now. Please name it in the YAML.' },
  contentNumbering: { zh: '公开内容各行去掉了编号（1. 2. …），每行作为一项内容。', en: 'The content lines lost their numbers (1. 2. …); each line is one element.' },
  contentEmpty: { zh: '公开内容为空，暂用事项名称“{value}”，请在 YAML 中补上公开内容。', en: 'The content is empty; the item name "{value}" is used for now. Please fill it in the YAML.' },
  rowText: { zh: '这一行不是事项，未导入：“{text}”。如属某个事项，请把它写进该事项的 note。', en: 'This line is not an item and was not imported: "{text}". If it belongs to an item, put it in that item\'s note.' },
  rowAdded: { zh: '这一行不是 gkml 写出的（没有隐藏的 gkml 列），按上一行所属的目录导入，编号、五公开为推测。', en: 'This row was not written by gkml (no hidden gkml cell); it joins the catalogue of the row above, with a guessed id and 五公开.' },
  editedInWorkbook: { zh: '{field}与 gkml 写出时不同，按单元格现在的内容导入。', en: '{field} differs from what gkml wrote; the cell as it is now was imported.' },
  // Codes
  areaUnknown: { zh: '领域“{text}”不在试点领域表中，写入了备注；如属新领域，请先在 vocab/areas.yaml 中加上。', en: 'Area "{text}" is not in the list of areas; it went into the note. Add it to vocab/areas.yaml if it is a new area.' },
  urlNotUrl: { zh: '“{text}”不是网址，写入了备注。', en: '"{text}" is not a web address; it went into the note.' },
  // Time limits
  timeLimitEmpty: { zh: '公开时限为空，暂按条例第二十六条“信息形成或者变更之日起20个工作日内”导入，请核对。', en: 'The time limit is empty; the legal default (20 working days from formation or change, Art. 26) is used for now. Please check.' },
  timeLimitUnread: { zh: '公开时限“{text}”无法识别，暂按“信息形成或者变更之日起20个工作日内”导入，原文写入了备注，请改成结构化写法。', en: 'Time limit "{text}" could not be read; the legal 20 working days is used for now and the wording went into the note. Please write it in the structured form.' },
  timeLimitRetention: { zh: '“{text}”是公开时长（保留多久），写入了 retention；公开时限暂按 20 个工作日导入，请核对。', en: '"{text}" is a retention period; it went into retention and the time limit is the legal 20 working days for now. Please check.' },
  syncGuess: { zh: '“同步发布”按与事项 {id}（{name}）同步读取（syncWith），请核对。', en: '"Published with the policy" read as following item {id} ({name}) (syncWith); please check.' },
  syncUnknown: { zh: '找不到与之同步发布的政策文件事项，只保留了 {workdays} 个工作日；请在 YAML 中补上 syncWith。', en: 'No policy-document item found to follow; only the {workdays} working days were kept. Please add syncWith in the YAML.' },
  // Channels and ticks
  channelGlyph: { zh: '渠道标记“{glyph}”按“{meaning}”读取。', en: 'Channel mark "{glyph}" read as "{meaning}".' },
  channelVariant: { zh: '渠道“{label}”按官方名称“{name}”读取。', en: 'Channel "{label}" read as the official "{name}".' },
  channelOther: { zh: '渠道“{label}”不在官方清单中，写入了 channelsOther（其他渠道）。', en: 'Channel "{label}" is not on the official list; it went into channelsOther.' },
  channelList: { zh: '公开渠道没有 ■/□ 标记，列出的渠道都按已选读取。', en: 'The channels have no ■/□ marks; every channel listed was read as chosen.' },
  channelUnmarked: { zh: '渠道“{label}”前没有标记（勾选符号可能在复制时丢失），按已选读取。', en: 'Channel "{label}" has no mark (the tick may have been lost in copying); read as chosen.' },
  channelsEmpty: { zh: '公开渠道为空，暂按“政府网站”导入，请核对。', en: 'The channel cell is empty; "政府网站" is used for now. Please check.' },
  channelsNone: { zh: '公开渠道“{text}”中认不出任何渠道，暂按“政府网站”导入，原文写入了备注。', en: 'No channel recognised in "{text}"; "政府网站" is used for now and the text went into the note.' },
  tickOdd: { zh: '“{text}”按 √ 读取。', en: '"{text}" read as a tick (√).' },
  tickNone: { zh: '{field}各列都没有打 √，暂按“{value}”导入，请核对。', en: 'No {field} column is ticked; "{value}" is used for now. Please check.' },
  // Guessed from names
  fiveDisclosuresGuess: { zh: '表中没有五公开，按事项名称推测为“{value}”，请核对。', en: 'The table has no 五公开; guessed "{value}" from the item names. Please check.' },
  kindGuess: { zh: '事项性质按名称推测为“{value}”。', en: 'Item kind guessed from the names: "{value}".' },
  idGenerated: { zh: '共 {count} 个事项没有编号，自动编为 {first} 至 {last}；发布后请保持编号不变。', en: '{count} items had no id and were numbered {first} to {last}; keep these ids stable once published.' },
  idDuplicate: { zh: '编号 {id} 重复，这一行另行编号。', en: 'Id {id} is used twice; this row got a new id.' },
  // The catalogue
  publisherGuess: { zh: '标题中没有公开主体，暂定为“{name}”；可用 --publisher 指定。', en: 'No publisher in the titles; "{name}" is used for now. Use --publisher to set it.' },
  levelGuess: { zh: '公开主体“{name}”的层级按名称推测为“{level}”；可用 --level 指定。', en: 'The level of "{name}" was guessed from its name: {level}. Use --level to set it.' },
  typeGuess: { zh: '标题中没有目录类型，按表头推测为“{type}”；可用 --type 指定。', en: 'No catalogue type in the titles; guessed "{type}" from the header. Use --type to set it.' },
  // Sheets
  sheetEmpty: { zh: '工作表是空的，已跳过。', en: 'The sheet is empty; skipped.' },
  sheetNoHeader: { zh: '找不到目录表头，已跳过（表头要有“公开事项”“公开内容”“公开时限”“公开渠道和载体”等列名中的至少三个）。', en: 'No catalogue header found; skipped (a header names at least three of 公开事项, 公开内容, 公开时限, 公开渠道和载体 …).' },
  sheetNoRows: { zh: '表头下面没有事项行，已跳过。', en: 'The header has no item rows under it; skipped.' },
  sheetHidden: { zh: '隐藏的工作表，已跳过。', en: 'Hidden sheet; skipped.' },
};

/** Whole-file problems: the import stops and writes nothing. */
export const importErrors = {
  notCatalogue: { zh: '{file} 中没有可导入的目录表：{reasons}', en: '{file} holds no catalogue table to import: {reasons}' },
  sheetReason: { zh: '工作表“{sheet}”：{reason}', en: 'sheet "{sheet}": {reason}' },
  corrupt: { zh: '无法读取 {file}：文件已损坏，或不是 .xlsx 工作簿（{detail}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。', en: 'Cannot read {file}: the file is damaged or not an .xlsx workbook ({detail}). Open it in Excel or WPS, save it as .xlsx and import again.' },
  oldXls: { zh: '{file} 是旧的 .xls 格式，请用 Excel 或 WPS 另存为 .xlsx（或 CSV UTF-8）再导入。', en: '{file} is an old .xls workbook; save it as .xlsx (or CSV UTF-8) and import again.' },
  notText: { zh: '{file} 既不是 .xlsx 工作簿，也不是 UTF-8 或 GBK 编码的 CSV 文本。', en: '{file} is neither an .xlsx workbook nor CSV text in UTF-8 or GBK.' },
  badCsv: { zh: '{file} 第 {line} 行附近的 CSV 格式有误（引号不成对？）。', en: '{file}: malformed CSV near line {line} (unbalanced quotes?).' },
} satisfies MessageTable;
