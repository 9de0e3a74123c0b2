/** An element of a parsed XML document; `text` joins its own character data (entities decoded). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * A small, strict XML 1.0 parser for tests: it throws on anything not well-formed (characters XML
 * forbids, unbalanced or mismatched tags, duplicate attributes, `<` in an attribute, a bare `&`,
 * an unknown entity, a literal `]]>` in text, content after the root). No DTDs; ASCII names only,
 * which is stricter than XML and enough for the reports gkml writes.
 */
export function parseXml(input: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML: ${why} at offset ${i}: ${JSON.stringify(input.slice(i, i + 40))}`);
  };
  for (const ch of input) if (!isXmlChar(ch.codePointAt(0)!)) fail(`character U+${ch.codePointAt(0)!.toString(16).toUpperCase()} is not allowed`);

  const skipSpace = () => {
    while (i < input.length && ' \t\r\n'.includes(input[i]!)) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(input);
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  const decode = (raw: string, offset: number): string => {
    let out = '';
    for (let j = 0; j < raw.length; ) {
      if (raw[j] !== '&') {
        out += raw[j++];
        continue;
      }
      REFERENCE.lastIndex = j;
      const m = REFERENCE.exec(raw);
      if (!m) {
        i = offset + j;
        fail('"&" that starts no entity or character reference');
      }
      const code = m![1] ? undefined : m![2] ? Number(m![2]) : parseInt(m![3]!, 16);
      if (code !== undefined && !isXmlChar(code)) fail(`character reference to U+${code.toString(16)}`);
      out += m![1] ? ENTITIES[m![1]] : String.fromCodePoint(code!);
      j += m![0].length;
    }
    return out;
  };
  const comment = () => {
    const end = input.indexOf('-->', i + 4);
    if (end < 0) fail('unclosed comment');
    if (input.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
    i = end + 3;
  };
  const skipMisc = () => {
    for (skipSpace(); input.startsWith('<!--', i); skipSpace()) comment();
  };

  const element = (): XmlElement => {
    if (input[i] !== '<') fail('expected "<"');
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (input.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (input[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected white space before an attribute');
      const attr = name();
      skipSpace();
      if (input[i] !== '=') fail('expected "="');
      i++;
      skipSpace();
      const quote = input[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = input.indexOf(quote!, i + 1);
      if (end < 0) fail('unclosed attribute value');
      const raw = input.slice(i + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(raw, i + 1);
      i = end + 1;
    }
    for (;;) {
      if (i >= input.length) fail(`<${el.name}> is never closed`);
      if (input.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (input[i] !== '>') fail('expected ">"');
        i++;
        return el;
      }
      if (input.startsWith('<!--', i)) comment();
      else if (input.startsWith('<![CDATA[', i)) {
        const end = input.indexOf(']]>', i + 9);
        if (end < 0) fail('unclosed CDATA section');
        el.text += input.slice(i + 9, end);
        i = end + 3;
      } else if (input.startsWith('<?', i) || input.startsWith('<!', i)) fail('processing instruction or declaration inside an element');
      else if (input[i] === '<') el.children.push(element());
      else {
        const end = input.indexOf('<', i);
        const raw = input.slice(i, end < 0 ? input.length : end);
        if (raw.includes(']]>')) fail('literal "]]>" in character data');
        el.text += decode(raw, i);
        i += raw.length;
      }
    }
  };

  if (input.startsWith('\uFEFF')) i++;
  if (input.startsWith('<?xml', i)) {
    const end = input.indexOf('?>', i);
    if (end < 0) fail('unclosed XML declaration');
    if (!/^<\?xml version="1\.\d"( encoding="[A-Za-z][A-Za-z0-9._-]*")?( standalone="(yes|no)")?\s*$/.test(input.slice(i, end))) fail('malformed XML declaration');
    i = end + 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== input.length) fail('content after the root element');
  return root;
}

/** Every descendant element named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
