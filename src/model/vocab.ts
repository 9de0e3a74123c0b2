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

export interface Vocabulary {
  areas: AreaEntry[];
  channels: ChannelEntry[];
  terms: Record<
    'catalogueTypes' | 'fiveDisclosures' | 'itemKinds' | 'audiences' | 'modes' | 'levels' | 'timeLimitFrom' | 'timeLimitShorthands' | 'periods',
    TermList
  >;
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
