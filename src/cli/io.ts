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
 * Writes a text, or a text given in pieces in batches of about a million characters: neither one string of the
 * whole (a large report is hundreds of megabytes, and V8 copies it flat before encoding it) nor a write per piece.
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
    if (size >= 1 << 20) {
      stream.write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) stream.write(batch.join(''));
}
