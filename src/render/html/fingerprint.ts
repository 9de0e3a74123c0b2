import { createHash } from 'node:crypto';
import type { Catalogue } from '../../model/catalogue.js';
import type { Vocabulary } from '../../model/vocab.js';
import type { PublisherEntry, SiteMap } from './site-map.js';

/**
 * Fingerprints of the site's pages, from what each page is made of, without making it: equal fingerprints
 * mean byte-identical pages (for the same gkml; `gkml build` keys its cache by gkml's version too).
 * A publisher's page depends on its own catalogues and the site-wide settings only, so changing one
 * catalogue changes its publisher's page, the pages that list it and the open data, and no other page.
 */
export class Fingerprints {
  private readonly own = new Map<PublisherEntry, string>();
  private readonly areaPaths: Map<string, string>;

  constructor(
    private readonly map: SiteMap,
    /** Everything every page shows or is made with: templates, options, site title, vocabularies. */
    readonly common: string,
    /** The caller's key for a catalogue's content, if it has one (see SiteOptions.catalogueKey). */
    private readonly key: (catalogue: Catalogue) => string | undefined = () => undefined,
  ) {
    this.areaPaths = new Map(map.areas.map((a) => [a.name, a.path]));
  }

  /** A publisher's own part: its catalogues as rendered (JSON), its file name and anchors, the area pages its tables link to. */
  publisher(entry: PublisherEntry): string {
    let value = this.own.get(entry);
    if (value !== undefined) return value;
    const hash = createHash('sha256');
    hash.update(`${entry.name}\u0000${entry.path}\u0000${entry.slug}\u0000${JSON.stringify(entry.anchors)}\u0000`);
    for (const group of [...entry.places.keys()].sort()) hash.update(`${group}\u0001${this.areaPaths.get(group)}\u0000`);
    for (const catalogue of entry.catalogues) {
      const key = this.key(catalogue);
      hash.update(key === undefined ? `h${catalogueHash(catalogue)}` : `k${key}\u0000`);
    }
    value = hash.digest('base64url');
    this.own.set(entry, value);
    return value;
  }

  /** A page made of the common part, what it says about itself, and the publishers it shows. */
  page(kind: string, parts: readonly string[], publishers: readonly PublisherEntry[]): string {
    const hash = createHash('sha256');
    hash.update(`${this.common}\u0000${kind}\u0000${parts.join('\u0001')}\u0000`);
    for (const entry of publishers) hash.update(`${entry.path}\u0001${this.publisher(entry)}\u0000`);
    return hash.digest('base64url');
  }
}

/** Catalogues are never changed once made: a watching build that keeps them hashes each once. */
const catalogueHashes = new WeakMap<Catalogue, string>();

/**
 * A catalogue's content, hashed from its JSON. Not V8's serializer, though it is cheaper: its bytes depend on
 * how each string happens to be stored (text sliced from a Chinese file is two-byte even where it is ASCII),
 * so the same catalogue parsed afresh and read back from `gkml build`'s cache would hash differently.
 */
function catalogueHash(catalogue: Catalogue): string {
  let value = catalogueHashes.get(catalogue);
  if (value === undefined) catalogueHashes.set(catalogue, (value = createHash('sha256').update(JSON.stringify(catalogue)).digest('base64url')));
  return value;
}

/** A hash of a file's bytes, for the assets copied as they are. */
export function bytesFingerprint(content: string | Uint8Array): string {
  return createHash('sha256').update('asset\u0000').update(content).digest('base64url');
}

/** The common part: template sources, site-wide options and text, and the vocabularies the cells are made from. */
export function commonFingerprint(templates: Record<string, string>, settings: unknown, vocab: Vocabulary): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(templates).sort()) hash.update(`${path}\u0000${templates[path]}\u0000`);
  hash.update(JSON.stringify(settings));
  hash.update(JSON.stringify(vocab));
  return hash.digest('base64url');
}
