import { crc32, createDeflateRaw, type DeflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * A small zip writer for the workbook package: each entry's text encoded as UTF-8 straight into a chunk buffer,
 * and each full chunk handed to the entry's one deflate stream (node:zlib), which compresses it on the thread
 * pool while the next chunk is written. Sizes and CRC follow each entry in a data descriptor (as archiver, which
 * exceljs uses, writes them); the times are fixed, so the same entries give the same bytes. No zip64: an entry or
 * archive over 4 GiB is refused.
 */

/** Bytes of text per chunk handed to zlib. */
const CHUNK = 1 << 20;
/**
 * zlib's output buffer. Its default, 16 KB, takes a trip back to this thread for every 16 KB written; a
 * buffer as large as a chunk's output (a fifth to a seventh of it) cost more in allocation than it saved.
 */
const OUTPUT = 1 << 16;
/** Chunks being deflated at once, at most: memory stays flat however long an entry. */
const IN_FLIGHT = 4;
const MAX = 0xffffffff;

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 3: sizes and CRC in the data descriptor; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export interface ZipOptions {
  /** zlib level, 1 (fastest) to 9. */
  level: number;
  /** The time every entry carries (local time fields of the zip format, taken as given). */
  date: Date;
}

/** Where the archive's bytes go, in order. Its promise (if any) is awaited before more is written. */
export type ZipSink = (bytes: Uint8Array) => void | Promise<void>;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly time: number;
  private readonly day: number;

  constructor(
    private readonly sink: ZipSink,
    private readonly options: ZipOptions,
  ) {
    const d = options.date;
    this.time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
    this.day = ((Math.max(d.getUTCFullYear(), 1980) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  }

  /** An entry written with `write` and closed with `end`; one entry at a time. */
  async entry(name: string): Promise<EntryWriter> {
    const entry: Entry = { name: Buffer.from(name, 'utf8'), offset: this.offset, crc: 0, compressed: 0, size: 0 };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.time, 10);
    header.writeUInt16LE(this.day, 12);
    header.writeUInt16LE(entry.name.length, 26);
    await this.emit(header);
    await this.emit(entry.name);
    return new EntryWriter(this.options.level, (bytes) => this.emit(bytes), async (crc, compressed, size) => {
      if (size > MAX || compressed > MAX) throw new Error(`zip entry ${name} is larger than 4 GiB`);
      Object.assign(entry, { crc, compressed, size });
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(DESCRIPTOR, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(compressed, 8);
      descriptor.writeUInt32LE(size, 12);
      await this.emit(descriptor);
      this.entries.push(entry);
    });
  }

  /** A whole entry from its text. */
  async add(name: string, text: string): Promise<void> {
    const entry = await this.entry(name);
    entry.write(text);
    await entry.end();
  }

  /** The central directory and its end record. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(CENTRAL, 0);
      record.writeUInt16LE(VERSION, 4);
      record.writeUInt16LE(VERSION, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(this.time, 12);
      record.writeUInt16LE(this.day, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.emit(record);
      await this.emit(entry.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
  }

  private emit(bytes: Uint8Array): void | Promise<void> {
    this.offset += bytes.length;
    if (this.offset > MAX) throw new Error('zip archive larger than 4 GiB');
    return this.sink(bytes);
  }
}

/**
 * One entry's text: `write` encodes it into the current chunk; a full chunk goes to the entry's deflate stream,
 * which compresses it on the thread pool while the next chunk is written. Call `drained` now and then while
 * writing (it waits while IN_FLIGHT chunks are queued for zlib) and `end` once.
 */
export class EntryWriter {
  private buffer: Buffer = Buffer.allocUnsafe(CHUNK + (CHUNK >> 2));
  private at = 0;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  /**
   * One compressor for the whole entry: a compressor per chunk (each with its own window and hash tables, held
   * outside the JavaScript heap) made V8 run full garbage collections over the catalogues held in memory.
   */
  private readonly deflate: DeflateRaw;
  /** Compressed output not yet given to `emit`, in order. */
  private readonly output: Buffer[] = [];
  private readonly spare: Buffer[] = [];
  private failure: Error | undefined;

  constructor(
    level: number,
    private readonly emit: (bytes: Uint8Array) => void | Promise<void>,
    private readonly close: (crc: number, compressed: number, size: number) => Promise<void>,
  ) {
    // zlib streams are Transforms and take their options (not in @types/node's ZlibOptions).
    const queue = { writableHighWaterMark: IN_FLIGHT * CHUNK } as ZlibOptions;
    this.deflate = createDeflateRaw({ level, chunkSize: OUTPUT, ...queue });
    this.deflate.on('data', (bytes: Buffer) => this.output.push(bytes));
    this.deflate.on('error', (error: Error) => (this.failure = error));
  }

  /** Text, UTF-8 encoded. */
  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    this.room(text.length * 3);
    this.at += this.buffer.write(text, this.at);
    if (this.at >= CHUNK) this.submit(false);
  }

  /** Bytes already encoded (the fixed parts of the sheets' XML, cells that repeat). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    const buffer = this.buffer;
    let at = this.at;
    // A short copy by hand is quicker than set(), and most of these are short.
    if (bytes.length < 24) for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i]!;
    else {
      buffer.set(bytes, at);
      at += bytes.length;
    }
    this.at = at;
    if (at >= CHUNK) this.submit(false);
  }

  /** A whole number ≥ 0 in decimal (row numbers, 序号). */
  digits(n: number): void {
    let length = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) length++;
    this.room(length);
    const buffer = this.buffer;
    for (let i = this.at + length - 1, rest = n; i >= this.at; i--, rest = Math.floor(rest / 10)) buffer[i] = 48 + (rest % 10);
    this.at += length;
    if (this.at >= CHUNK) this.submit(false);
  }

  /** Makes room for `n` more bytes: the chunk so far goes to zlib if they would not fit. */
  private room(n: number): void {
    if (n <= this.buffer.length - this.at) return;
    if (this.at > 0) this.submit(false);
    // One text longer than a chunk (it would take a very long 公开依据) gets a buffer of its own.
    if (n > this.buffer.length) this.buffer = Buffer.allocUnsafe(n);
  }

  /** Resolves when fewer than IN_FLIGHT chunks wait for zlib, having written out what it has compressed. */
  async drained(): Promise<void> {
    if (this.deflate.writableNeedDrain) await new Promise<void>((resolve) => this.deflate.once('drain', resolve));
    await this.flushOutput();
  }

  async end(): Promise<void> {
    this.submit(true);
    await new Promise<void>((resolve, reject) => {
      if (this.deflate.readableEnded) resolve();
      this.deflate.once('end', resolve);
      this.deflate.once('error', reject);
    });
    await this.flushOutput();
    await this.close(this.crc >>> 0, this.compressed, this.size);
  }

  private submit(last: boolean): void {
    const input = this.buffer.subarray(0, this.at);
    this.crc = crc32(input, this.crc);
    this.size += input.length;
    const full = this.buffer;
    // The chunk's buffer is used again once zlib has taken it in.
    if (input.length > 0) this.deflate.write(input, () => full.length === CHUNK + (CHUNK >> 2) && this.spare.push(full));
    if (last) this.deflate.end();
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(CHUNK + (CHUNK >> 2));
    this.at = 0;
  }

  private async flushOutput(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.output.length > 0) {
      const bytes = this.output.shift()!;
      this.compressed += bytes.length;
      await this.emit(bytes);
    }
  }
}
