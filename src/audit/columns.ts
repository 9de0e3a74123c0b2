/** The fields a publication log (or a `gkml due --items` list) may have. */
export type LogField = 'item' | 'event' | 'published' | 'url' | 'publisher' | 'file' | 'title';

/**
 * Header names each field is recognised by, compared after dropping spaces, punctuation and case.
 * The first is the name gkml writes in its own reports.
 */
export const LOG_COLUMNS: Readonly<Record<LogField, readonly string[]>> = {
  item: ['事项编号', 'item', 'id', 'itemid', '事项id', '编号', '目录事项编号', '事项代码'],
  event: ['形成或变更日期', 'event', 'eventdate', 'formed', 'date', '事件日期', '形成日期', '变更日期', '信息形成或变更日期', '起算日期', '产生日期', '制作日期'],
  published: ['公开日期', 'published', 'publishedat', 'publicationdate', 'publishdate', '发布日期', '公开时间', '发布时间', '上网日期'],
  url: ['链接', 'url', 'link', '网址', '公开网址', '发布网址'],
  publisher: ['公开主体', 'publisher', '发布机关', '发布单位', '公开单位', '单位', '部门'],
  file: ['目录文件', 'file', 'catalogue', '目录'],
  title: ['标题', 'title', '信息名称', '名称', '文件名称'],
};

export const REQUIRED_FIELDS: readonly LogField[] = ['item', 'event'];

/** 1-based column of each field found in the header row. */
export type ColumnMap = Partial<Record<LogField, number>>;

export interface HeaderMatch {
  columns: ColumnMap;
  missing: LogField[];
  /** Header cells that name no field, and their columns, so the user can see a typo. */
  unknown: { name: string; column: number }[];
}

/** Maps a header row to fields; the first column naming a field wins. */
export function matchHeader(header: readonly string[]): HeaderMatch {
  const columns: ColumnMap = {};
  const unknown: { name: string; column: number }[] = [];
  header.forEach((cell, index) => {
    const key = normalise(cell);
    if (key === '') return;
    const field = (Object.keys(LOG_COLUMNS) as LogField[]).find((f) => LOG_COLUMNS[f].some((alias) => normalise(alias) === key));
    if (!field) unknown.push({ name: cell.trim(), column: index + 1 });
    else columns[field] ??= index + 1;
  });
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined), unknown };
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.:：（）()*]/g, '');
}
