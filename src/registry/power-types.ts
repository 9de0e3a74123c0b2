import { nearest } from '../core/suggest.js';
import { typeKeys } from './normalise.js';
import type { PowerType } from './types.js';

/** Finds a power type by its name, national code, letter code or a local word (vocab/power-types.yaml). */
export class PowerTypeTable {
  private readonly byKey = new Map<string, PowerType>();

  constructor(readonly types: readonly PowerType[]) {
    for (const type of types) {
      for (const word of [type.name, ...type.codes, ...type.letters, ...type.aliases]) {
        for (const key of typeKeys(word)) if (!this.byKey.has(key)) this.byKey.set(key, type);
      }
    }
  }

  /** The type a cell names, or undefined. */
  resolve(text: string): PowerType | undefined {
    for (const key of typeKeys(text)) {
      const type = this.byKey.get(key);
      if (type) return type;
    }
    return undefined;
  }

  /** The type a section row or a sheet name announces: “一、行政许可（12项）”, “行政处罚类事项”. */
  inHeading(text: string): PowerType | undefined {
    const stripped = text
      .replace(/^[\s\u3000]*[（(]?[一二三四五六七八九十\d]+[)）、.．]?/, '')
      .replace(/[（(][^）)]*[）)]\s*$/, '')
      .replace(/[\s\u3000]+/g, '')
      .replace(/(清单|目录|事项)$/, '');
    return stripped === '' ? undefined : this.resolve(stripped);
  }

  /** A type's name or local word that `text` is a likely typo of (行政调和 → 行政调解), for “did you mean”. */
  suggest(text: string): string[] {
    const words = this.types.flatMap((t) => [t.name, ...t.aliases]).filter((w) => w.length >= 2);
    const close = nearest(text.trim(), words);
    return close ? [close] : [];
  }

  /** Every official name, in the table's order. */
  names(): string[] {
    return this.types.map((t) => t.name);
  }
}
