import type { Position } from '../core/diagnostic.js';

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; messageId: string; data: Record<string, string | number>; start?: Position };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Bytes → text, or the reason they are not a UTF-8 YAML file. A UTF-8 BOM is dropped so that
 * positions count from the first real character; CRLF line ends are left to the parser, which accepts them.
 */
export function decodeSource(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, messageId: 'tooLarge', data: { size: formatBytes(bytes.length), limit: formatBytes(maxBytes) } };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, messageId: 'binary', data: { kind: binary } };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, messageId: 'utf16', data: {} };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: utf8.decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const start = positionOfByte(body, bad);
    if (looksLikeGb18030(body)) return { ok: false, messageId: 'gbk', data: {}, start };
    return { ok: false, messageId: 'notUtf8', data: { line: start.line }, start };
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    gb18030.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function binaryKind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'ZIP/XLSX/DOCX';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'XLS/DOC';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'PDF';
  const head = bytes.subarray(0, 8000);
  // UTF-16 text is full of NULs too, but it has a BOM and was handled before this.
  return head.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe) ? 'binary' : undefined;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
