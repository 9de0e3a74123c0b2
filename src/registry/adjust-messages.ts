import type { MessageTable } from '../core/messages.js';

/** Findings of `gkml diff-register`: one per power the adjustment added, removed, changed, retyped or devolved. */
export const adjustMessages: MessageTable = {
  added: {
    zh: '新增{type}事项“{name}”（{ref}）。目录中还没有引用它的事项：需要公开的，请增加事项并在 powerCodes 中写上编码。',
    en: 'New {type} power "{name}" ({ref}). No catalogue item refers to it yet: if it must be disclosed, add an item and list its code under powerCodes.',
  },
  addedTouched: {
    zh: '新增{type}事项“{name}”（{ref}）。目录中已有相关事项：{items}。请核对这些事项，并在 powerCodes 中写上 {code}。',
    en: 'New {type} power "{name}" ({ref}). Catalogue items already relate to it: {items}. Check them and list {code} under their powerCodes.',
  },
  removed: {
    zh: '取消{type}事项“{name}”（{ref}）。目录中没有引用它的事项，无需修改目录。',
    en: 'The {type} power "{name}" ({ref}) was removed. No catalogue item refers to it; the catalogue needs no change.',
  },
  removedTouched: {
    zh: '取消{type}事项“{name}”（{ref}），但目录事项 {items} 仍对应它。请删除这些事项，或改为引用现行清单中的编码。',
    en: 'The {type} power "{name}" ({ref}) was removed, but catalogue items {items} still relate to it. Remove them, or refer to a code in the current list.',
  },
  changed: {
    zh: '{type}事项“{name}”（{ref}）调整：{fields}。',
    en: 'The {type} power "{name}" ({ref}) was changed: {fields}.',
  },
  changedTouched: {
    zh: '{type}事项“{name}”（{ref}）调整：{fields}。请同步修改目录事项 {items}。',
    en: 'The {type} power "{name}" ({ref}) was changed: {fields}. Revise catalogue items {items} to match.',
  },
  retyped: {
    zh: '“{name}”（{ref}）的权力类型由{before}改为{after}{also}。应有的公开类别随类型变化，运行 gkml diff 核对。',
    en: 'The power "{name}" ({ref}) changed type from {before} to {after}{also}. What it must disclose follows its type; run gkml diff to check.',
  },
  retypedTouched: {
    zh: '“{name}”（{ref}）的权力类型由{before}改为{after}{also}。应有的公开类别随类型变化，请核对目录事项 {items} 的公开类别（gkml diff 会指出缺少的）。',
    en: 'The power "{name}" ({ref}) changed type from {before} to {after}{also}. What it must disclose follows its type; check the disclosure categories of catalogue items {items} (gkml diff names what is missing).',
  },
  devolved: {
    zh: '{type}事项“{name}”（{ref}）下放：{fields}。目录中没有对应事项；请提醒承接单位在其目录中增加。',
    en: 'The {type} power "{name}" ({ref}) was devolved: {fields}. No catalogue item relates to it; remind the receiving body to add one to its catalogue.',
  },
  devolvedNew: {
    zh: '{type}事项“{name}”（{ref}）是新下放的事项：{fields}。目录中还没有对应事项：承接单位需要公开的，请在目录中增加事项并在 powerCodes 中写上编码。',
    en: 'The {type} power "{name}" ({ref}) is newly devolved: {fields}. No catalogue item relates to it yet: if the receiving body must disclose it, add an item and list its code under powerCodes.',
  },
  devolvedNewTouched: {
    zh: '{type}事项“{name}”（{ref}）是新下放的事项：{fields}。目录中已有相关事项：{items}。请核对由谁公开，并在 powerCodes 中写上 {code}。',
    en: 'The {type} power "{name}" ({ref}) is newly devolved: {fields}. Catalogue items already relate to it: {items}. Check who publishes them and list {code} under their powerCodes.',
  },
  devolvedTouched: {
    zh: '{type}事项“{name}”（{ref}）下放：{fields}。目录事项 {items} 应改由承接单位公开：请移到承接单位的目录，或修改责任主体。',
    en: 'The {type} power "{name}" ({ref}) was devolved: {fields}. Catalogue items {items} should now be published by the receiving body: move them to its catalogue, or change their owner.',
  },
};

/** Words of the diff-register outputs: field names, kinds, headings. */
export const adjustText: MessageTable = {
  fieldCode: { zh: '事项编码', en: 'code' },
  fieldName: { zh: '事项名称', en: 'name' },
  fieldMainItem: { zh: '主项', en: 'main item' },
  fieldType: { zh: '权力类型', en: 'type' },
  fieldBasis: { zh: '实施依据', en: 'basis' },
  fieldOwner: { zh: '实施主体', en: 'implementing body' },
  fieldOffice: { zh: '承办机构', en: 'office' },
  fieldLevel: { zh: '行使层级', en: 'level' },
  fieldResponsibilities: { zh: '责任事项', en: 'responsibilities' },
  fieldAccountability: { zh: '追责情形', en: 'accountability' },
  fieldNote: { zh: '备注', en: 'note' },
  fieldChange: { zh: '{field}“{before}”→“{after}”', en: '{field} "{before}" → "{after}"' },
  empty: { zh: '（空）', en: '(empty)' },
  alsoChanged: { zh: '；另有调整：{fields}', en: '; also changed: {fields}' },
  devolvedByNote: { zh: '备注“{note}”', en: 'note "{note}"' },
  kindAdded: { zh: '新增', en: 'Added' },
  kindRemoved: { zh: '取消', en: 'Removed' },
  kindChanged: { zh: '调整', en: 'Changed' },
  kindRetyped: { zh: '类型变化', en: 'Retyped' },
  kindDevolved: { zh: '下放', en: 'Devolved' },
  touchedItems: { zh: '涉及目录事项', en: 'Items to revise' },
  department: { zh: '实施主体', en: 'Department' },
  noDepartment: { zh: '未注明实施主体', en: 'no department given' },
  total: { zh: '合计', en: 'Total' },
  title: {
    zh: '权责清单动态调整：{before}（{beforePowers} 项）→ {after}（{afterPowers} 项）；{catalogues} 个目录文件',
    en: 'Register adjustment: {before} ({beforePowers} powers) → {after} ({afterPowers} powers); {catalogues} catalogue file(s)',
  },
  totalLine: {
    zh: '合计：两版共有 {common} 项，新增 {added}、取消 {removed}、调整 {changed}、类型变化 {retyped}、下放 {devolved}；涉及目录事项 {touched} 个。',
    en: 'Total: {common} powers in both versions; {added} added, {removed} removed, {changed} changed, {retyped} retyped, {devolved} devolved; {touched} catalogue item(s) to revise.',
  },
  noChanges: { zh: '两个版本的权力没有差别。', en: 'The two versions hold the same powers.' },
  byDepartment: { zh: '按实施主体', en: 'By department' },
  changes: { zh: '调整明细', en: 'Changes' },
  colKind: { zh: '调整', en: 'Change' },
  colCode: { zh: '事项编码', en: 'Code' },
  colName: { zh: '事项名称', en: 'Power' },
  colWhere: { zh: '清单位置', en: 'Register location' },
  colDetail: { zh: '说明', en: 'Detail' },
  colItems: { zh: '涉及目录事项', en: 'Items to revise' },
  powerWord: { zh: '权力', en: 'power' },
  noCode: { zh: '无编码', en: 'no code' },
};

/** Bad input to `gkml diff-register`: each one message, then exit 2. */
export const adjustInputText: MessageTable = {
  sameFile: {
    zh: '旧版和新版是同一个文件（{file}）。请写出两个不同版本的清单：gkml diff-register 旧版.xlsx 新版.xlsx',
    en: 'The old and new versions are the same file ({file}). Name two versions of the list: gkml diff-register old.xlsx new.xlsx',
  },
  noPowers: {
    zh: '{side}清单 {file} 中读不出任何权力：{detail}',
    en: 'No powers could be read from the {side} list {file}: {detail}',
  },
  noPowersDetail: {
    zh: '没有可识别的清单行。请确认选对了文件，表头写有事项名称等列（见 docs/register-diff.md）。',
    en: 'no register rows were recognised. Check that this is the right file and that its header names the power and its type (see docs/register-diff.md).',
  },
  sideOld: { zh: '旧版', en: 'old' },
  sideNew: { zh: '新版', en: 'new' },
  nothingInCommon: {
    zh: '旧版 {before}（{beforePowers} 项）和新版 {after}（{afterPowers} 项）没有一项相同的权力（编码和名称都对不上），不像同一份清单的两个版本。请检查是否选错了文件（例如两个不同部门的清单）。',
    en: 'The old list {before} ({beforePowers} powers) and the new list {after} ({afterPowers} powers) have no power in common (neither codes nor names match); they do not look like two versions of one list. Check that the right files were given.',
  },
  needTwo: {
    zh: '请写出旧版和新版两个清单文件：gkml diff-register 旧版.xlsx 新版.xlsx [目录…]',
    en: 'Name the old and the new list: gkml diff-register old.xlsx new.xlsx [catalogues…]',
  },
};
