import { CORE_SCHEMA } from 'js-yaml';
import { BLOCK_SCALAR, EMPTY_KEY, EXPLICIT_KEY, isSpace, lineIsOpen, NON_STRING_KEY } from './divergence.js';

/**
 * A reader for the plain YAML that catalogues are almost always written in: block mappings and sequences
 * one entry a line, single-line scalars (plain, 'single' or "double" without escapes), and one-line flow
 * lists and mappings of scalars (`[政府网站, 便民服务站]`, `{ workdays: 20, from: 形成或变更 }`). It gives
 * exactly the value js-yaml gives (CORE_SCHEMA: plain scalars are resolved by js-yaml's own types), and gives
 * up (`undefined`) on anything else — comments after a value, multi-line scalars, escapes, nesting inside a
 * flow collection, odd keys — which then goes to js-yaml as before. It is three to four times faster than
 * js-yaml on catalogues because it works a line at a time with native string searches.
 *
 * It also gives up on every text that `needsExactParser` sends to the exact parser (checking only the
 * places where that can happen), so a text it reads needs no separate divergence scan.
 * test/validate/plain-yaml.test.ts holds it to js-yaml, and to needsExactParser, on the examples and on generated damage.
 */
export function readPlainYaml(text: string, intern = false): unknown {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  // One scan for everything rare; only a text that has one of these characters is looked at more closely.
  if (UNCOMMON.test(text)) {
    if (REFUSED.test(text) || NON_PRINTABLE.test(text)) return undefined;
    if (RARE.test(text) && (EXPLICIT_KEY.test(text) || BLOCK_SCALAR.test(text))) return undefined;
  }
  if (!commentsArePlain(text)) return undefined;
  const lines = splitLines(text);
  if (lines.count === 0 || lines.indent[0] !== 0) return undefined;
  const reader = new Reader(text, lines, intern ? interned : same);
  try {
    const value = reader.node(0);
    return reader.at === lines.count ? value : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** js-yaml refuses a text with these (its PATTERN_NON_PRINTABLE); so must this reader. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Line ends other than \n, tabs, tags, anchors and aliases: js-yaml's (or the exact parser's) to read. */
const REFUSED = /[\r\t\u2028\u2029!&*]/;
/** What explicit keys and block scalars cannot do without. */
const RARE = /[?|>]/;

/** Every `#` starts a comment after a space or at a line's start (a glued `#` goes to the exact parser), and no comment has an empty key. */
function commentsArePlain(text: string): boolean {
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (at > 0 && !isSpace(text.charCodeAt(at - 1))) return false;
    const newline = text.indexOf('\n', at);
    const line = text.slice(at, newline === -1 ? text.length : newline);
    if (line.includes(':') && EMPTY_KEY.test(line)) return false;
  }
  return true;
}

/** REFUSED and RARE, and what every match of NON_PRINTABLE holds (a control character or any surrogate), in one class. */
const UNCOMMON = /[\r\t\u2028\u2029!&*?|>\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

const GIVE_UP = new Error('not plain YAML');
const giveUp = (): never => {
  throw GIVE_UP;
};

interface Implicit {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
const IMPLICIT = (CORE_SCHEMA as unknown as { compiledImplicit: Implicit[] }).compiledImplicit;

/** A plain scalar as js-yaml reads it: null, a boolean or a number when a core type claims it, else the text. */
function plainValue(text: string, share: (text: string) => string = same): unknown {
  if (text.charCodeAt(0) >= 0x80) return share(text); // every core type starts with an ASCII character
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return share(text);
}

const same = (text: string) => text;

/**
 * One string for each short value, however often catalogues write it (渠道, 公开对象, 领域, 依据 …): a
 * 100,000-item workspace repeats a few thousand values millions of times, and each copy held 30–50 bytes.
 * Only for values the caller keeps: for a check that drops them, the lookups cost more than they save.
 */
function interned(text: string): string {
  if (text.length > INTERN_LONGEST) return text;
  const known = internedValues.get(text);
  if (known !== undefined) return known;
  if (internedValues.size >= INTERN_MOST) internedValues.clear();
  // A copy of its own: a slice of the file's text would keep the whole text alive as long as the map holds it.
  const own = JSON.parse(JSON.stringify(text)) as string;
  internedValues.set(own, own);
  return own;
}

const INTERN_LONGEST = 48;
const INTERN_MOST = 100_000;
const internedValues = new Map<string, string>();

const QUOTE_OR_BRACKET = /['"[\]{}]/;
const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;
const SINGLE = 0x27;
const DOUBLE = 0x22;

/** Characters that cannot start a plain scalar here (YAML's indicators, plus `-` to leave `-1` and `- x` alone). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;
const isIndicator = (c: number) => c < 128 && INDICATOR[c] === 1;

/** Content lines (blank and comment lines left out): where each begins, its content and its indentation. */
interface Lines {
  count: number;
  begin: number[];
  start: number[];
  end: number[];
  indent: number[];
}

function splitLines(text: string): Lines {
  const lines: Lines = { count: 0, begin: [], start: [], end: [], indent: [] };
  for (let begin = 0; begin <= text.length; ) {
    const newline = text.indexOf('\n', begin);
    const stop = newline === -1 ? text.length : newline;
    let start = begin;
    while (start < stop && text.charCodeAt(start) === SPACE) start++;
    let end = stop;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    if (end > start && text.charCodeAt(start) !== HASH) {
      lines.begin.push(begin);
      lines.start.push(start);
      lines.end.push(end);
      lines.indent.push(start - begin);
      lines.count++;
    }
    if (newline === -1) break;
    begin = newline + 1;
  }
  return lines;
}

class Reader {
  /** The next content line to read. */
  at = 0;
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    /** What a string value becomes: itself, or with `intern`, the one shared copy of it. */
    private readonly share: (text: string) => string,
  ) {}

  /** The block node whose first line is `at`, indented by `indent`. */
  node(indent: number): unknown {
    return this.isEntry(this.at) ? this.sequence(indent) : this.mapping(indent);
  }

  private isEntry(line: number): boolean {
    const start = this.lines.start[line]!;
    return this.text.charCodeAt(start) === DASH && (start + 1 === this.lines.end[line] || this.text.charCodeAt(start + 1) === SPACE);
  }

  private sequence(indent: number): unknown[] {
    const { text, lines } = this;
    const out: unknown[] = [];
    while (this.at < lines.count && lines.indent[this.at] === indent && this.isEntry(this.at)) {
      const line = this.at;
      const end = lines.end[line]!;
      let start = lines.start[line]! + 1;
      while (start < end && text.charCodeAt(start) === SPACE) start++;
      if (start === end) giveUp(); // `-` alone, its node on the next lines
      if (this.keyColon(start, end) >= 0) {
        // `- id: x`: a mapping whose keys line up under `id`.
        lines.start[line] = start;
        lines.indent[line] = start - lines.begin[line]!;
        out.push(this.mapping(lines.indent[line]!));
      } else {
        out.push(this.inline(start, end));
        this.at++;
      }
    }
    if (this.at < lines.count && lines.indent[this.at]! > indent) giveUp();
    return out;
  }

  private mapping(indent: number): Record<string, unknown> {
    const { text, lines } = this;
    const out: Record<string, unknown> = {};
    while (this.at < lines.count && lines.indent[this.at] === indent) {
      const line = this.at;
      const start = lines.start[line]!;
      const end = lines.end[line]!;
      const colon = this.keyColon(start, end);
      if (colon < 0) giveUp();
      const key = this.key(start, colon);
      let from = colon + 1;
      while (from < end && text.charCodeAt(from) === SPACE) from++;
      this.at++;
      let value: unknown = null;
      if (from < end) value = this.inline(from, end);
      else if (this.at < lines.count && lines.indent[this.at]! > indent) value = this.node(lines.indent[this.at]!);
      else if (this.at < lines.count && lines.indent[this.at] === indent && this.isEntry(this.at)) value = this.sequence(indent);
      store(out, key, value);
    }
    if (this.at < lines.count && lines.indent[this.at]! > indent) giveUp();
    return out;
  }

  /** The colon that ends a block key on this line (followed by a space or the line's end), or -1. */
  private keyColon(start: number, end: number): number {
    if (isIndicator(this.text.charCodeAt(start))) return -1;
    for (let colon = this.text.indexOf(':', start); colon !== -1 && colon < end; colon = this.text.indexOf(':', colon + 1)) {
      if (colon + 1 === end || this.text.charCodeAt(colon + 1) === SPACE) return colon;
    }
    return -1;
  }

  /** A plain key as js-yaml stores it (the resolved scalar as a string). */
  private key(start: number, stop: number): string {
    const written = this.text.slice(start, stop);
    let key = this.keys.get(written);
    if (key === undefined) {
      if (stop - start > 1024 || isIndicator(written.charCodeAt(0)) || isSpace(written.charCodeAt(written.length - 1)) || /[#'"[\]{},:]/.test(written) || NON_STRING_KEY.test(`${written}:`)) giveUp();
      key = String(plainValue(written));
      this.keys.set(written, key);
    }
    return key;
  }

  /** The rest of a line after `key: ` or `- `: a quoted or plain scalar, or a one-line flow list or mapping. */
  private inline(start: number, end: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === SINGLE || c === DOUBLE) {
      const [value, after] = this.quoted(start, end);
      if (after !== end) giveUp();
      return value;
    }
    if (c === 0x5b) return this.flowList(start, end);
    if (c === 0x7b) return this.flowMapping(start, end);
    if (isIndicator(c)) giveUp();
    const value = text.slice(start, end);
    if (value.includes(': ') || value.includes(' #') || value.charCodeAt(value.length - 1) === COLON) giveUp();
    // What needsExactParser looks for inside a plain scalar: an empty key, a quote or bracket left open.
    if (value.includes(':') && EMPTY_KEY.test(value)) giveUp();
    if (QUOTE_OR_BRACKET.test(value) && lineIsOpen(text, start, end)) giveUp();
    return plainValue(value, this.share);
  }

  /** A quoted scalar starting at `start`: its value and the position after the closing quote. */
  private quoted(start: number, end: number): [string, number] {
    const text = this.text;
    const quote = text.charCodeAt(start);
    if (quote === DOUBLE) {
      const close = text.indexOf('"', start + 1);
      if (close === -1 || close >= end) giveUp();
      const value = text.slice(start + 1, close);
      if (value.includes('\\') || (value.includes(':') && EMPTY_KEY.test(value))) giveUp();
      return [value, close + 1];
    }
    let value = '';
    for (let from = start + 1; ; ) {
      const close = text.indexOf("'", from);
      if (close === -1 || close >= end) giveUp();
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== SINGLE) {
        if (value.includes(':') && EMPTY_KEY.test(text.slice(start, close + 1))) giveUp();
        return [value, close + 1];
      }
      value += "'";
      from = close + 2;
    }
  }

  /** `[a, 'b', c]` on one line; scalars only. */
  private flowList(start: number, end: number): unknown[] {
    if (this.text.charCodeAt(end - 1) !== 0x5d) giveUp();
    const out: unknown[] = [];
    let at = this.skipSpaces(start + 1, end);
    if (at === end - 1) return out;
    for (;;) {
      const [value, after] = this.flowScalar(at, end);
      out.push(value);
      at = this.skipSpaces(after, end);
      const c = this.text.charCodeAt(at);
      if (c === 0x5d && at === end - 1) return out;
      if (c !== 0x2c) giveUp();
      at = this.skipSpaces(at + 1, end);
    }
  }

  /** `{ workdays: 20, from: 形成或变更 }` on one line; plain keys, scalar values. */
  private flowMapping(start: number, end: number): Record<string, unknown> {
    const text = this.text;
    if (text.charCodeAt(end - 1) !== 0x7d) giveUp();
    const out: Record<string, unknown> = {};
    let at = this.skipSpaces(start + 1, end);
    if (at === end - 1) return out;
    for (;;) {
      const colon = text.indexOf(': ', at);
      if (colon === -1 || colon >= end) giveUp();
      const key = this.key(at, colon);
      const [value, after] = this.flowScalar(this.skipSpaces(colon + 2, end), end);
      store(out, key, value);
      at = this.skipSpaces(after, end);
      const c = text.charCodeAt(at);
      if (c === 0x7d && at === end - 1) return out;
      if (c !== 0x2c) giveUp();
      at = this.skipSpaces(at + 1, end);
    }
  }

  /** A scalar inside a flow collection: quoted, or plain up to the next `,` `]` or `}`. */
  private flowScalar(start: number, end: number): [unknown, number] {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === SINGLE || c === DOUBLE) return this.quoted(start, end);
    if (isIndicator(c)) giveUp();
    let stop = start;
    for (; stop < end; stop++) {
      const d = text.charCodeAt(stop);
      if (d === 0x2c || d === 0x5d || d === 0x7d) break;
      // Anything that could nest, quote, comment or key inside a flow collection is js-yaml's to read.
      if (d === 0x5b || d === 0x7b || d === COLON || d === HASH || d === SINGLE || d === DOUBLE) giveUp();
    }
    let last = stop;
    while (last > start && text.charCodeAt(last - 1) === SPACE) last--;
    if (last === start || stop === end) giveUp();
    return [plainValue(text.slice(start, last), this.share), stop];
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
}

/** A mapping entry; a repeated key (an error for js-yaml) or `__proto__` is left to js-yaml. */
function store(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || Object.prototype.hasOwnProperty.call(into, key)) giveUp();
  into[key] = value;
}
