import type { ImportVocabulary } from './vocab.js';

const OTHER = '其他';

/** What a 公开渠道和载体 cell says, and what had to be assumed to read it. */
export interface ChannelReading {
  channels: string[];
  other: string[];
  notes: { messageId: string; data: Record<string, string> }[];
}

interface Found {
  start: number;
  end: number;
  label: string;
  name: string;
  mark: 'on' | 'off' | 'none';
  glyph?: string;
}

/** Characters that may stand right before a channel label: a label starts a new token there. */
const BOUNDARY = /[\s、，,；;。.．:：()（）\d]/;

/**
 * Reads a channel cell in any of the renderings seen (primer §1.4, §9 #3): the ■/□ checklist, the
 * selected items only, 口 for □, a stray `t` or ◆ or √ for ■, a numbered list (1.政府网站 2.两微一端),
 * or comma-separated prose. Labels not on the official list become channelsOther, never dropped.
 */
export function readChannels(v: ImportVocabulary, cell: string): ChannelReading {
  const marks = v.headers.channelMarks;
  const notes: ChannelReading['notes'] = [];
  const other: string[] = [];
  // 其他（…）first: its text may hold words such as 网站 that are not channels of their own.
  let text = takeOtherInBrackets(cell, other);
  text = text.replace(new RegExp(`其[他它][:：]?((?:(?!${v.markClass})[^\\s、，,；;])+)`, 'g'), (_, rest: string) => {
    other.push(...splitList(rest));
    return OTHER;
  });
  const found = findLabels(v, text, marks);
  const checklist = found.some((f) => f.mark === 'off');
  const selected = new Set<string>();
  for (const f of found) {
    if (f.mark === 'on' || (f.mark === 'none' && !checklist)) selected.add(f.name);
    else if (f.mark === 'none') {
      selected.add(f.name);
      notes.push({ messageId: 'channelUnmarked', data: { label: f.label } });
    }
    if (f.glyph && f.glyph !== '■' && f.glyph !== '□') notes.push({ messageId: 'channelGlyph', data: { glyph: f.glyph, meaning: f.mark === 'on' ? '■' : '□' } });
    if (f.label !== f.name && f.name !== OTHER) notes.push({ messageId: 'channelVariant', data: { label: f.label, name: f.name } });
  }
  if (found.length > 0 && found.every((f) => f.mark === 'none') && found.length + other.length > 0) notes.push({ messageId: 'channelList', data: {} });
  for (const piece of leftovers(text, found, v.markClass)) {
    other.push(piece);
    notes.push({ messageId: 'channelOther', data: { label: piece } });
  }
  if (other.length > 0) selected.add(OTHER);
  const channels = v.vocab.channels.map((c) => c.name).filter((name) => selected.has(name));
  return { channels, other: [...new Set(other)], notes: dedupe(notes) };
}

/** 其他（a、b（c））: the bracketed text, nested brackets and all, goes to `other`; 其他 stays as a label. */
function takeOtherInBrackets(cell: string, other: string[]): string {
  let text = cell;
  for (let at = text.search(/其[他它]\s*[(（]/); at !== -1; at = text.search(/其[他它]\s*[(（]/)) {
    const open = text.slice(at).search(/[(（]/) + at;
    let depth = 0;
    let close = text.length;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '(' || text[i] === '（') depth++;
      else if ((text[i] === ')' || text[i] === '）') && --depth === 0) {
        close = i;
        break;
      }
    }
    other.push(...splitList(text.slice(open + 1, close)));
    text = `${text.slice(0, at)}${OTHER}${text.slice(close + 1)}`;
  }
  return text;
}

function findLabels(v: ImportVocabulary, text: string, marks: { selected: string[]; unselected: string[] }): Found[] {
  const found: Found[] = [];
  let at = 0;
  while (at < text.length) {
    const hit = labelAt(v, text, at);
    if (!hit) {
      at++;
      continue;
    }
    const before = previousNonSpace(text, at);
    const glyph = before === undefined ? undefined : text[before];
    const boundary = before === undefined || BOUNDARY.test(text[at - 1]!) || marks.selected.includes(glyph!) || marks.unselected.includes(glyph!);
    if (!boundary) {
      at++;
      continue;
    }
    const mark = glyph && marks.selected.includes(glyph) ? 'on' : glyph && marks.unselected.includes(glyph) ? 'off' : 'none';
    found.push({ start: at, end: at + hit[0].length, label: hit[0], name: hit[1], mark, ...(mark === 'none' ? {} : { glyph: glyph! }) });
    at += hit[0].length;
  }
  return found;
}

/** The longest official label or variant that starts at `at`. */
function labelAt(v: ImportVocabulary, text: string, at: number): [string, string] | undefined {
  return v.channelLabels.get(text[at]!)?.find(([label]) => text.startsWith(label, at));
}

function previousNonSpace(text: string, at: number): number | undefined {
  for (let i = at - 1; i >= 0; i--) if (!/\s/.test(text[i]!)) return i;
  return undefined;
}

/** Text left once the labels and marks are gone: unknown channels, unless it is only numbering. */
function leftovers(text: string, found: Found[], markClass: string): string[] {
  let rest = '';
  let from = 0;
  for (const f of found) {
    rest += `${text.slice(from, f.start)} `;
    from = f.end;
  }
  rest += text.slice(from);
  return splitList(rest.replace(new RegExp(markClass, 'g'), ' ')).filter((piece) => !/^[\dtRþü.．、)）(（\s]*$/.test(piece) && piece !== OTHER);
}

function splitList(text: string): string[] {
  return text
    .split(/[\s、，,；;。]+/)
    .map((piece) => piece.replace(/^\d+[.．、)）]\s*/, '').trim())
    .filter(Boolean);
}

function dedupe(notes: ChannelReading['notes']): ChannelReading['notes'] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.messageId}|${JSON.stringify(n.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
