import type { SupersededLaw } from '../model/vocab.js';
import type { Rule } from './types.js';

/** 国令 is the common short form of 国务院令; spaces inside a number are noise. */
const normaliseNumber = (text: string) => text.replace(/\s+/g, '').replace(/国令第/g, '国务院令第');
const normaliseTitle = (title: string) => title.replace(/\s+/g, '').replace(/^中华人民共和国/, '');

/**
 * A catalogue that cites a repealed law, or an old edition of a revised one, points readers at rules that no longer
 * apply (primer §9 row 6). The table of such laws is data: vocab/superseded-laws.yaml.
 */
export const supersededLaw: Rule = {
  meta: {
    id: 'superseded-law',
    severity: 'error',
    description: { zh: '不引用已废止或已被修订的法律法规', en: 'No citations of repealed laws or superseded editions' },
    messageSeverity: { superseded: 'warning' },
    messages: {
      repealed: {
        zh: '“{cited}”已经废止，现行规定见{replacement}。请改为引用{replacement}中的相应条款。',
        en: '"{cited}" has been repealed; its rules now live in {replacement}. Cite the corresponding articles of {replacement} instead.',
      },
      superseded: {
        zh: '“{cited}”是已被修订的旧版本，现行版本是{replacement}。请改为引用现行版本。',
        en: '"{cited}" is an edition that has since been revised; the version in force is {replacement}. Cite the version in force.',
      },
    },
  },
  check(ctx) {
    const laws = ctx.vocab.supersededLaws ?? [];
    if (laws.length === 0) return;
    const judged = judgedFor(laws);
    for (const item of ctx.catalogue.items) {
      for (const field of ['basis', 'content'] as const) {
        item[field].forEach((text, k) => {
          let found = judged.get(text);
          if (!found) {
            if (judged.size >= MAX_JUDGED) judged.clear();
            judged.set(text, (found = citations(text, laws)));
          }
          for (const { law, cited } of found) {
            ctx.report({ path: ['items', item.index, field, k], messageId: law.status, data: { cited, replacement: law.replacement } });
          }
        });
      }
    }
  },
};

/** Texts recur across items and files: each is judged once per run (per table of laws), up to a bound. */
const judgedByTable = new WeakMap<readonly SupersededLaw[], Map<string, ReturnType<typeof citations>>>();
const MAX_JUDGED = 50_000;

function judgedFor(laws: readonly SupersededLaw[]): Map<string, ReturnType<typeof citations>> {
  let judged = judgedByTable.get(laws);
  if (!judged) judgedByTable.set(laws, (judged = new Map()));
  return judged;
}

/** The table's laws a text cites, each with the words that cite it (a 《title》 as written, or the number). */
function citations(text: string, laws: readonly SupersededLaw[]): { law: SupersededLaw; cited: string }[] {
  const found: { law: SupersededLaw; cited: string }[] = [];
  const titles = [...text.matchAll(/《([^《》]+)》/g)].map((m) => ({ written: m[0], title: normaliseTitle(m[1]!) }));
  const numbers = normaliseNumber(text);
  for (const law of laws) {
    const title = titles.find((t) => law.titles?.some((name) => normaliseTitle(name) === t.title));
    const number = law.numbers?.find((n) => numbers.includes(normaliseNumber(n)));
    if (title) found.push({ law, cited: title.written });
    else if (number) found.push({ law, cited: number });
  }
  return found;
}
