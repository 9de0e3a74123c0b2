/** What main() needs from the outside world; tests pass fakes. */
export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it. */
export function useColor(io: CliIo, stream: { isTTY?: boolean }, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * Writes a text, or a text given in pieces in batches of some thousands of characters: neither one string of the
 * whole (a large report is hundreds of megabytes, and V8 copies it flat before encoding it) nor a write per piece.
 * A batch stays small enough for V8's young generation: joined into megabyte strings, each batch took fresh pages
 * of memory, which cost 1.2 s for the 156 MB JSON report of `gkml diff` of 100,000 powers.
 */
export function writeText(stream: CliIo['stdout'], text: string | Iterable<string>): void {
  if (typeof text === 'string') {
    stream.write(text);
    return;
  }
  let batch: string[] = [];
  let size = 0;
  for (const piece of text) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      stream.write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) stream.write(batch.join(''));
}

/** Characters per write: well under 64K, V8's largest string (of two-byte characters) outside its large-object space. */
const BATCH = 16_000;
