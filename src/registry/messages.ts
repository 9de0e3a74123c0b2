import type { MessageTable } from '../core/messages.js';

/** Problems reading a 权责清单 (ruleId `register-input`). */
export const registerInputMessages: MessageTable = {
  emptyRegister: {
    zh: '权责清单文件是空的。请确认导出时选对了文件，或重新从清单系统导出。',
    en: 'The register file is empty. Check that the right file was exported, or export it again.',
  },
  notWorkbook: {
    zh: '这个文件不是 Excel 工作簿（.xlsx）。如果它是从网页复制的表格或 WPS 的其他格式，请在 Excel 或 WPS 中“另存为 .xlsx”或“CSV（UTF-8）”。',
    en: 'This file is not an Excel workbook (.xlsx). If it is a table copied from a web page or another WPS format, save it as .xlsx or CSV (UTF-8).',
  },
  corruptWorkbook: {
    zh: '工作簿已损坏，无法读取（{detail}）。请用 Excel 或 WPS 打开后重新保存，或重新下载。',
    en: 'The workbook is damaged and cannot be read ({detail}). Open and save it again in Excel or WPS, or download it again.',
  },
  encryptedWorkbook: {
    zh: '工作簿设置了打开密码，gkml 无法读取。请在 Excel 中“文件 › 信息 › 保护工作簿 › 用密码进行加密”里删除密码后另存一份。',
    en: 'The workbook is password-protected and cannot be read. Remove the password (File › Info › Protect Workbook › Encrypt with Password) and save a copy.',
  },
  oldXls: {
    zh: '这是旧的 .xls 格式（Excel 97–2003）。请在 Excel 或 WPS 中另存为 .xlsx 或 CSV（UTF-8）。',
    en: 'This is an old .xls workbook (Excel 97–2003). Save it as .xlsx or CSV (UTF-8).',
  },
  emptySheet: {
    zh: '工作簿中没有任何内容（工作表“{sheet}”是空的）。请确认清单填在这个文件里。',
    en: 'The workbook has no content (sheet "{sheet}" is empty). Check that the list is in this file.',
  },
  badCsv: {
    zh: '第 {line} 行附近的 CSV 格式有误（引号不成对？）：{detail}。请在 Excel 中打开后另存为“CSV（UTF-8）”。',
    en: 'Malformed CSV near line {line} (unbalanced quotes?): {detail}. Open it in Excel and save it as CSV (UTF-8).',
  },
  noHeader: {
    zh: '工作表“{sheet}”中找不到表头：前 30 行中没有一行同时写有事项名称和另一个已知的列名。清单至少要有这些列：{known}。',
    en: 'No header found on sheet "{sheet}": none of the first 30 rows names the power and another known column. A register needs at least: {known}.',
  },
  sheetSkipped: {
    zh: '工作表“{sheet}”没有可识别的表头，已跳过（不是清单的说明页可以不管）。清单至少要有这些列：{known}。',
    en: 'Sheet "{sheet}" has no header gkml knows and was skipped (ignore this for a notes sheet). A register needs at least: {known}.',
  },
  missingColumn: {
    zh: '工作表“{sheet}”缺少“{field}”列，表头可以写作：{aliases}。请在表头中加上这一列。',
    en: 'Sheet "{sheet}" has no "{field}" column; its header may be any of: {aliases}. Add the column to the header.',
  },
  missingName: {
    zh: '这一行有事项编码“{code}”，但没有事项名称。请补填名称，或删除这一行。',
    en: 'This row has the code "{code}" but no name. Fill in the name, or delete the row.',
  },
  missingType: {
    zh: '“{name}”没有写权力类型，无法判断它应当公开哪些信息。请填写行政许可、行政处罚等类型。',
    en: '"{name}" has no power type, so gkml cannot tell what it must disclose. Fill in a type such as 行政许可 or 行政处罚.',
  },
  unknownType: {
    zh: '“{name}”的权力类型“{value}”不是已知的类型。可用的类型：{known}；也可以写全国统一的类型代码（01–10、20）或字母代码（XK、CF……）。',
    en: 'The power type "{value}" of "{name}" is not one gkml knows. Known types: {known}; national codes (01–10, 20) and letter codes (XK, CF …) work too.',
  },
  unknownTypeSuggestion: {
    zh: '“{name}”的权力类型“{value}”不是已知的类型。您是不是想写“{suggestion}”？',
    en: 'The power type "{value}" of "{name}" is not one gkml knows. Did you mean "{suggestion}"?',
  },
  sameAsAboveAtTop: {
    zh: '这里写着“{value}”，但上面没有可以沿用的内容。请填写实际内容。',
    en: 'This cell says "{value}" (same as above), but there is nothing above it to repeat. Fill in the value.',
  },
  duplicateCode: {
    zh: '事项编码“{code}”重复：“{name}”与“{firstName}”（{first}）用了同一个编码，目录中引用这个编码时无法确定指哪一项。请核对清单，给每个事项不同的编码。',
    en: 'The code "{code}" is used twice: "{name}" and "{firstName}" ({first}). A catalogue reference to it is ambiguous. Give each power its own code.',
  },
};

/** Findings of `gkml diff`: the catalogue against the register. */
export const diffMessages: MessageTable = {
  uncovered: {
    zh: '{type}事项“{name}”（{ref}）在公开目录中没有对应事项。{why}：请在目录中增加相应事项，并在 powerCodes 中写上它的编码。',
    en: 'The {type} power "{name}" ({ref}) has no item in the disclosure catalogue. {why}: add an item and list its code under powerCodes.',
  },
  uncoveredCandidates: {
    zh: '{type}事项“{name}”（{ref}）在公开目录中没有对应事项。名称相近的目录事项：{candidates}。如果就是其中之一，请在该事项的 powerCodes 中写上编码；否则请增加事项。',
    en: 'The {type} power "{name}" ({ref}) has no item in the disclosure catalogue. Items with similar headings: {candidates}. If one of them is meant, add the code to its powerCodes; otherwise add an item.',
  },
  missingDisclosure: {
    zh: '{type}事项“{name}”（{code}）关联的目录事项中没有{missing}类的事项。{why}。请增加相应事项并在 powerCodes 中写上 {code}。',
    en: 'The items linked to the {type} power "{name}" ({code}) include no {missing} item. {why}. Add one and list {code} under its powerCodes.',
  },
  resultTooSlow: {
    zh: '事项 {item} 公开{type}结果的时限是 {workdays} 个工作日，长于要求的 {within} 个工作日（{name}）。请把 timeLimit 改为 { workdays: {within}, from: 作出决定 }。',
    en: 'Item {item} publishes the {type} decisions within {workdays} working days, longer than the {within} required ({name}). Change timeLimit to { workdays: {within}, from: 作出决定 }.',
  },
  staleCode: {
    zh: '事项 {item} 引用的编码“{code}”不在权责清单中（清单可能已调整：取消、合并或重新编码）。请核对最新清单，改为现行编码或删除这个引用。',
    en: 'Item {item} refers to the code "{code}", which is not in the register (it may have been cancelled, merged or renumbered). Check the current list and update or remove the reference.',
  },
  staleCodeSuggestion: {
    zh: '事项 {item} 引用的编码“{code}”不在权责清单中（清单可能已调整）。清单中同名的事项“{name}”现在的编码是“{current}”，请改为这个编码。',
    en: 'Item {item} refers to the code "{code}", which is not in the register (it may have been adjusted). The power of the same name, "{name}", now has the code "{current}"; use that code.',
  },
  nameDrift: {
    zh: '事项 {item} 写作“{heading}”，权责清单中 {code} 的名称是“{name}”。如果清单已经改名，请同步修改目录。',
    en: 'Item {item} says "{heading}", but {code} is named "{name}" in the register. If the list renamed it, update the catalogue.',
  },
  ownerDrift: {
    zh: '事项 {item} 的责任主体是“{owner}”，权责清单中 {code}（{name}）的实施主体是“{registerOwner}”。请核对由谁公开，并修改目录的 owner 或清单。',
    en: 'Item {item} is owned by "{owner}", but the register gives "{registerOwner}" as the body exercising {code} ({name}). Check who publishes it, and correct owner or the list.',
  },
  unlinkedCode: {
    zh: '事项 {item} 与权责清单中的“{name}”同名，但没有引用它的编码。请加上 powerCodes: [{code}]，清单调整后也能准确对应。',
    en: 'Item {item} has the same name as "{name}" in the register but does not list its code. Add powerCodes: [{code}] so the link survives adjustments.',
  },
};

/** Words of the diff outputs (not findings): headings, labels, statuses. */
export const diffText: MessageTable = {
  title: { zh: '权责清单比对：{registers} 个清单文件，{powers} 项权力；{catalogues} 个目录文件', en: 'Register diff: {registers} register file(s), {powers} power(s); {catalogues} catalogue file(s)' },
  byDepartment: { zh: '按实施主体', en: 'By department' },
  byType: { zh: '按权力类型', en: 'By power type' },
  department: { zh: '实施主体', en: 'Department' },
  type: { zh: '权力类型', en: 'Power type' },
  powers: { zh: '权力', en: 'Powers' },
  covered: { zh: '有目录事项', en: 'Covered' },
  coverage: { zh: '覆盖率', en: 'Coverage' },
  complete: { zh: '公开齐全', en: 'Complete' },
  completeness: { zh: '齐全率', en: 'Complete %' },
  total: { zh: '合计', en: 'Total' },
  totalLine: { zh: '合计：{covered}/{powers} 项权力有目录事项，覆盖率 {coverage}；公开齐全 {complete} 项（{completeness}）。', en: 'Total: {covered} of {powers} powers have catalogue items, {coverage} coverage; {complete} fully disclosed ({completeness}).' },
  failUnder: { zh: '覆盖率 {coverage} 低于 --fail-under {limit}%。', en: 'Coverage {coverage} is below --fail-under {limit}%.' },
  noDepartment: { zh: '未注明实施主体', en: 'no department given' },
  noType: { zh: '类型不明', en: 'type unknown' },
  statusComplete: { zh: '公开齐全', en: 'complete' },
  statusPartial: { zh: '缺少公开类别', en: 'disclosures missing' },
  statusUncovered: { zh: '没有目录事项', en: 'no catalogue item' },
  statusUnchecked: { zh: '有目录事项（类型不明，未核对）', en: 'covered (type unknown, not checked)' },
  colStatus: { zh: '比对结果', en: 'Result' },
  colCode: { zh: '事项编码', en: 'Code' },
  colName: { zh: '事项名称', en: 'Power' },
  colMainItem: { zh: '主项', en: 'Main item' },
  colExpected: { zh: '应有公开类别', en: 'Expected' },
  colMissing: { zh: '缺少', en: 'Missing' },
  colItems: { zh: '关联目录事项', en: 'Linked items' },
  colCandidates: { zh: '名称相近的目录事项（供参考）', en: 'Similar items (suggestions)' },
  colWhere: { zh: '清单位置', en: 'Register location' },
  colAction: { zh: '处理意见', en: 'Action' },
  colResponsible: { zh: '责任人', en: 'Responsible' },
  colDone: { zh: '完成日期', en: 'Done on' },
  colFile: { zh: '文件', en: 'File' },
  colLocation: { zh: '位置', en: 'Where' },
  colSeverity: { zh: '级别', en: 'Severity' },
  colRule: { zh: '规则', en: 'Rule' },
  colMessage: { zh: '问题', en: 'Message' },
  colRelated: { zh: '相关位置', en: 'Related' },
  sheetWork: { zh: '逐项核对', en: 'Work list' },
  sheetSummary: { zh: '汇总', en: 'Summary' },
  sheetFindings: { zh: '问题', en: 'Findings' },
  findings: { zh: '问题', en: 'Findings' },
  noFindings: { zh: '没有发现问题。', en: 'No problems found.' },
  generated: { zh: '生成日期：{date}', en: 'Generated on {date}' },
  powerWord: { zh: '权力', en: 'power' },
  everyPower: { zh: '每项权力都应在目录中有对应的公开事项', en: 'every power should have a disclosure item' },
  asConfigured: { zh: '这是配置文件 register.expectations 的要求', en: 'the config (register.expectations) requires it' },
  noCode: { zh: '无编码', en: 'no code' },
  byCode: { zh: '按编码', en: 'by code' },
  byName: { zh: '按名称', en: 'by name' },
};
