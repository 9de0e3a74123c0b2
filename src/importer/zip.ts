import { inflateRawSync } from 'node:zlib';

/** Why a file could not be read as a zip archive; the caller turns it into a message with the file name. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

export interface ZipEntries {
  names: string[];
  /** The entry's bytes, inflated; undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip archive (an .xlsx file), read from its central directory. Entries are inflated
 * only when asked for, each at most `maxBytes` long, so a zip bomb stops with a message, not a crash.
 */
export function openZip(bytes: Uint8Array, maxBytes: number): ZipEntries {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) ({ count, offset } = zip64Directory(view, end));
  const entries = new Map<string, { method: number; size: number; compressed: number; local: number; flags: number }>();
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) throw new ZipError('damaged central directory');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, '').replace(/\\/g, '/');
    entries.set(name, {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (entry.flags & 1) throw new ZipError('encrypted');
      const p = entry.local;
      if (p + 30 > view.byteLength || view.getUint32(p, true) !== LOCAL) throw new ZipError(`damaged entry ${name}`);
      const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
      const data = bytes.subarray(start, start + entry.compressed);
      if (entry.method === 0) return data;
      if (entry.method !== 8) throw new ZipError(`unsupported compression ${entry.method}`);
      try {
        return inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch (error) {
        throw new ZipError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too large' : `damaged entry ${name}`);
      }
    },
  };
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) if (view.getUint32(p, true) === EOCD) return p;
  throw new ZipError('not a zip archive');
}

function zip64Directory(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('damaged zip64 directory');
  const record = Number(view.getBigUint64(locator + 8, true));
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}
