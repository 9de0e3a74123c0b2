/** The vocabularies of vocab/*.yaml, as loaded by the engine and passed in. */
export interface AreaEntry {
  id: string;
  name: string;
  aliases: string[];
  outdated?: string[];
  lead: string;
  guideline?: string;
  batch: 'pilot26' | 'other';
}

export interface ChannelEntry {
  name: string;
  variants: string[];
}

export interface TermList {
  values: string[];
  variants: Record<string, string>;
}

/** A repealed law or a superseded edition (vocab/superseded-laws.yaml), matched by title or by decree number. */
export interface SupersededLaw {
  /** Titles as inside 《》, without the 中华人民共和国 prefix. */
  titles?: string[];
  /** Decree or document numbers, e.g. 国务院令第492号. */
  numbers?: string[];
  /** repealed: no longer in force; superseded: an older edition of a law that is in force in a revised text. */
  status: 'repealed' | 'superseded';
  replacement: string;
  effective?: string;
  source?: string;
}

export interface Vocabulary {
  areas: AreaEntry[];
  channels: ChannelEntry[];
  terms: Record<
    'catalogueTypes' | 'fiveDisclosures' | 'itemKinds' | 'audiences' | 'modes' | 'levels' | 'timeLimitFrom' | 'timeLimitShorthands' | 'periods',
    TermList
  >;
  /** vocab/superseded-laws.yaml. */
  supersededLaws?: SupersededLaw[];
  /** vocab/traditional-chars.yaml: traditional-only character → its simplified form. */
  traditionalChars?: Record<string, string>;
}

/** The canonical area for a name or alias, if it is one. */
export function resolveArea(vocab: Vocabulary, name: string): AreaEntry | undefined {
  return vocab.areas.find((area) => area.name === name || area.aliases.includes(name));
}

/** Every label in the vocabularies that stands for an official word: variant → official. */
export function variantMap(vocab: Vocabulary): Map<string, string> {
  const map = new Map<string, string>();
  for (const channel of vocab.channels) for (const variant of channel.variants) map.set(variant, channel.name);
  for (const list of Object.values(vocab.terms)) for (const [variant, official] of Object.entries(list.variants)) map.set(variant, official);
  return map;
}
