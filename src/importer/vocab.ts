import type { Vocabulary } from '../model/vocab.js';
import { normaliseLabel } from './grid.js';

/** vocab/table-headers.yaml, as the engine loads it. */
export interface HeaderVocabulary {
  columns: Record<string, string[]>;
  tickLabels: { audiences: Record<string, string>; modes: Record<string, string> };
  ticks: { yes: string[]; no: string[] };
  channelMarks: { selected: string[]; unselected: string[] };
  titleWords: Record<string, string[]>;
  titleFillers: string[];
  titleFields: { publisher: string[]; version: string[]; date: string[] };
  publisherLevels: [string, string][];
  guesses: {
    fiveDisclosures: [string, string][];
    defaultFiveDisclosure: string;
    kinds: [string, string][];
  };
}

export type Field =
  | 'seq' | 'category' | 'level1' | 'level2' | 'level3' | 'content' | 'basis' | 'clause' | 'timeLimit' | 'postingPeriod'
  | 'retention' | 'owner' | 'office' | 'channels' | 'audience' | 'mode' | 'levels' | 'area' | 'fiveDisclosures' | 'kind'
  | 'note' | 'url' | 'id';

/** The labels of the official tables (primer §1.2, §3.2): reading them is no guess, so they are not reported. */
const OFFICIAL = new Set(['序号', '公开事项', '一级事项', '二级事项', '三级事项', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级', '备注', '事项类别', '条款内容', '公开时长', '责任科室']);

/** Everything the importer looks up, built once per run from the vocabularies. */
export interface ImportVocabulary {
  vocab: Vocabulary;
  headers: HeaderVocabulary;
  /** Normalised header label → field. */
  columns: Map<string, Field>;
  official: Set<string>;
  audiences: Map<string, string>;
  modes: Map<string, string>;
  levels: Map<string, string>;
  /** Official channel names and their variants → official name, longest first, by first character. */
  channelLabels: Map<string, [string, string][]>;
  /** A character class of every channel mark (■ □ 口 t …), for regular expressions. */
  markClass: string;
  /** Area names and aliases → official name, longest first. */
  areaNames: [string, string][];
}

export function importVocabulary(vocab: Vocabulary, headers: HeaderVocabulary): ImportVocabulary {
  const columns = new Map<string, Field>();
  for (const [field, labels] of Object.entries(headers.columns)) for (const label of labels) if (!columns.has(normaliseLabel(label))) columns.set(normaliseLabel(label), field as Field);
  const terms = (list: { values: string[]; variants: Record<string, string> }, extra: Record<string, string> = {}) => {
    const map = new Map<string, string>();
    for (const value of list.values) map.set(normaliseLabel(value), value);
    for (const [variant, value] of Object.entries({ ...list.variants, ...extra })) map.set(normaliseLabel(variant), value);
    return map;
  };
  const labels: [string, string][] = vocab.channels.flatMap((c) => [[c.name, c.name] as [string, string], ...c.variants.map((v): [string, string] => [String(v), c.name])]);
  const channelLabels = new Map<string, [string, string][]>();
  for (const [label, name] of labels) {
    for (const form of new Set([label, label.replace(/（/g, '(').replace(/）/g, ')')])) {
      const list = channelLabels.get(form[0]!) ?? [];
      list.push([form, name]);
      channelLabels.set(form[0]!, list);
    }
  }
  const areaNames: [string, string][] = vocab.areas.flatMap((a) => [[a.name, a.name] as [string, string], ...a.aliases.map((alias): [string, string] => [alias, a.name])]);
  const longestFirst = (a: [string, string], b: [string, string]) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  return {
    vocab,
    headers,
    columns,
    official: OFFICIAL,
    audiences: terms(vocab.terms.audiences, headers.tickLabels.audiences),
    modes: terms(vocab.terms.modes, headers.tickLabels.modes),
    levels: terms(vocab.terms.levels),
    channelLabels: new Map([...channelLabels].map(([first, list]) => [first, list.sort(longestFirst)])),
    markClass: `[${[...headers.channelMarks.selected, ...headers.channelMarks.unselected].map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('')}]`,
    areaNames: areaNames.sort(longestFirst),
  };
}

/** The field a header cell names, if any; cells without brackets, spaces or colons skip the normalising. */
export function fieldOfLabel(v: ImportVocabulary, text: string): Field | undefined {
  if (text.length > 24) return undefined;
  return v.columns.get(text) ?? (/[\s（【〔）】〕／：:]/.test(text) ? v.columns.get(normaliseLabel(text)) : undefined);
}

/** The official area a text names (a title, a sheet name, a 领域 cell), if it names one. */
export function areaIn(v: ImportVocabulary, text: string): string | undefined {
  const areas = areasIn(v, text);
  return areas.length === 1 ? areas[0] : undefined;
}

/** Every area a text names, each once; a longer name hides the shorter ones inside it. */
export function areasIn(v: ImportVocabulary, text: string): string[] {
  let rest = text.replace(/\s+/g, '');
  const found = new Set<string>();
  for (const [name, official] of v.areaNames) {
    if (!rest.includes(name)) continue;
    found.add(official);
    rest = rest.split(name).join('\u0000');
  }
  return [...found];
}

/** The first rule of a [pattern, value] table whose pattern matches `text`. */
export function firstMatch(rules: readonly [string, string][], text: string): string | undefined {
  return rules.find(([pattern]) => compiled(pattern).test(text))?.[1];
}

const patterns = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) patterns.set(pattern, (regex = new RegExp(pattern)));
  return regex;
}
