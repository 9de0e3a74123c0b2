import type { Catalogue, CatalogueDocument } from '../../model/catalogue.js';

/** The very hidden sheet of a gkml workbook: a format marker, then one row per catalogue (docs/excel.md). */
export const META_SHEET = 'gkml';
export const META_FORMAT = { marker: 'gkml-workbook', version: 1 } as const;

/** What a catalogue sheet cannot show of a catalogue: its own fields (publisher in full …) and its file. */
export interface CatalogueMeta extends Omit<CatalogueDocument, 'items'> {
  file: string;
}

export function catalogueMeta(catalogue: Catalogue): CatalogueMeta {
  const { items: _items, file, ...fields } = catalogue;
  return { ...fields, file };
}
