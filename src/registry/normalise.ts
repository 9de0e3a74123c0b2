/**
 * Text as registers and catalogues write it, made comparable: full-width → half-width (NFKC), no spaces,
 * one kind of bracket. Each key is for comparing only; reports always show the text as written.
 */

const SPACE = /[\s\u3000]+/g;
const OPEN = /[【［〔〖｛{[]/g;
const CLOSE = /[】］〕〗｝}\]]/g;

/**
 * Text NFKC leaves as it is and with nothing for `base` to take out: CJK unified ideographs (U+4E00–U+9FFF have
 * no compatibility forms), ASCII letters, digits, `_` and `-`. Most names and codes are only these.
 */
const PLAIN = /^[\u4E00-\u9FFF\w-]*$/;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;

function base(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize('NFKC').replace(SPACE, '').replace(OPEN, '(').replace(CLOSE, ')');
}

/** A header cell: “事项 名称（全称）：” → 事项名称. */
export function headerKey(text: string): string {
  return base(text)
    .replace(/\([^()]*\)/g, '')
    .replace(/[:*：、，,.。·\-_/\\]/g, '')
    .toLowerCase();
}

/** A code: ｓｌｘ－ｘｋ－００１ → SLX-XK-001. */
export function codeKey(text: string): string {
  if (PLAIN.test(text)) return LOWER.test(text) ? text.toUpperCase() : text;
  return base(text).toUpperCase();
}

/** A type cell: “行政许可类”, “ xk ”, “1” → 行政许可 / XK / 01 (before the table lookup). */
export function typeKeys(text: string): string[] {
  const key = base(text).toUpperCase();
  const keys = [key];
  if (/^\d$/.test(key)) keys.push(`0${key}`);
  const trimmed = key.replace(/(类|事项)$/, '');
  if (trimmed !== key && trimmed !== '') keys.push(trimmed);
  return keys;
}

/**
 * A power's or a heading's name: no spaces or list punctuation, brackets holding only level words dropped
 * (企业投资项目备案（县级） → 企业投资项目备案).
 */
export function nameKey(text: string, levelWords: readonly string[]): string {
  // Catalogues repeat the same headings thousands of times: remember the last answers.
  const cached = nameKeys.get(text);
  if (cached !== undefined && cached.words === levelWords) return cached.key;
  if (nameKeys.size > 200_000) nameKeys.clear();
  const key = computeNameKey(text, levelWords);
  nameKeys.set(text, { words: levelWords, key });
  return key;
}

const nameKeys = new Map<string, { words: readonly string[]; key: string }>();

const levelSets = new WeakMap<readonly string[], Set<string>>();

function computeNameKey(text: string, levelWords: readonly string[]): string {
  let levels = levelSets.get(levelWords);
  if (!levels) levelSets.set(levelWords, (levels = new Set(levelWords)));
  // No brackets, no punctuation; V8's toLowerCase copies even a string it leaves alone.
  if (PLAIN.test(text)) return UPPER.test(text) ? text.toLowerCase() : text;
  return base(text)
    .replace(/\(([^()]*)\)/g, (whole, inner: string) => (inner.split(/[/、，,和及]/).every((w) => w === '' || levels.has(w)) ? '' : whole))
    .replace(/[“”"'‘’、，,.。;；:：·]/g, '')
    .toLowerCase();
}

/** The two-character pieces of a key, counted (a single character is its own piece). */
export function bigrams(key: string): Map<string, number> {
  const chars = Array.from(key);
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** How alike two keys are: the Dice coefficient of their two-character pieces, 0 … 1. */
export function similarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Two department names are the same office: equal, or one is the other with the county's name in front; bracketed notes aside. */
export function sameDepartment(a: string, b: string): boolean {
  const x = base(a).replace(/\([^()]*\)/g, '');
  const y = base(b).replace(/\([^()]*\)/g, '');
  if (x === '' || y === '') return false;
  return x === y || (x.length >= 3 && y.endsWith(x)) || (y.length >= 3 && x.endsWith(y));
}

/** The offices a cell names: “示例县民政局、示例县财政局” → both. */
export function splitOwners(text: string): string[] {
  return text
    .split(/[、，,；;/]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
