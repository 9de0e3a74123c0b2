import { areasIn, type ImportVocabulary } from './vocab.js';

/** What the lines above a table (or between its parts) say about the catalogue. */
export interface TitleInfo {
  catalogueType?: string;
  area?: string;
  publisher?: string;
  version?: string;
  date?: string;
  /** The title line as written, when it names a catalogue. */
  title?: string;
}

/**
 * Reads a title line: 示例县民政局社会救助领域基层政务公开标准目录, （二）凤屯镇政府文件信息领域基层政务公开标准目录,
 * 示例县人民政府办公室主动公开基本目录（2024版）, or a line of fields such as 公开主体：…　　版本：…　　日期：….
 */
export function readTitle(v: ImportVocabulary, text: string): TitleInfo {
  const info: TitleInfo = {};
  const fields = readFields(v, text);
  if (fields) return fields;
  const plain = text.replace(/\s+/g, '');
  const typed = Object.entries(v.headers.titleWords).find(([, words]) => words.some((w) => plain.includes(w)));
  const areas = areasIn(v, plain);
  const area = areas.length === 1 ? areas[0] : undefined;
  if (area) info.area = area;
  if (!typed && !(areas.length > 0 && /领域/.test(plain))) return info;
  if (typed) {
    info.catalogueType = typed[0];
    info.title = plain;
  }
  const version = /[（(]?(\d{4}(?:年)?版)[）)]?/.exec(plain);
  if (version) info.version = version[1]!;
  const cut = cutPoint(v, plain, typed?.[1] ?? [], typed?.[0] === '主动公开基本目录');
  let publisher = plain.slice(0, cut).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '').replace(/[《“"]/g, '');
  const filler = v.headers.titleFillers.find((word) => publisher.endsWith(word));
  if (filler) publisher = publisher.slice(0, -filler.length);
  if (publisher.length >= 2 && !/^(?:基层|政务|标准|领域)/.test(publisher)) info.publisher = publisher;
  return info;
}

/** Where the publisher's name ends: before the area's name, 领域, or the catalogue words. */
function cutPoint(v: ImportVocabulary, plain: string, words: string[], departmental: boolean): number {
  const areas = departmental ? [] : v.areaNames.filter(([name]) => plain.includes(name)).map(([name]) => plain.indexOf(name));
  const candidates = [...areas, departmental ? -1 : plain.indexOf('领域'), ...words.map((w) => plain.indexOf(w))].filter((i) => i >= 0);
  return candidates.length > 0 ? Math.min(...candidates) : 0;
}

/** 公开主体：示例县民政局　　版本：2024版　　日期：2024-06-30 (any order, any of the known keys). */
function readFields(v: ImportVocabulary, text: string): TitleInfo | undefined {
  const keys = Object.entries(v.headers.titleFields).flatMap(([field, words]) => words.map((word) => [word, field] as const)).sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(`(${keys.map(([word]) => word).join('|')})\\s*[:：]\\s*`, 'g');
  const starts = [...text.matchAll(pattern)];
  if (starts.length === 0) return undefined;
  const info: TitleInfo = {};
  starts.forEach((m, i) => {
    const value = text.slice(m.index! + m[0].length, starts[i + 1]?.index ?? text.length).trim();
    const field = keys.find(([word]) => word === m[1])![1];
    if (!value) return;
    if (field === 'publisher') info.publisher = value.split(/[、，,]/)[0]!.trim();
    else if (field === 'version') info.version = value;
    else {
      const date = /(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/.exec(value);
      if (date) info.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    }
  });
  return info;
}

/** A title-like line names a catalogue, an area or the publisher's fields. */
export function hasTitleInfo(info: TitleInfo): boolean {
  return Object.keys(info).length > 0;
}
