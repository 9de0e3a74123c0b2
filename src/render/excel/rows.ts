import type { Style, Worksheet } from 'exceljs';
import type { CellValue } from './cells.js';
import { columnLetter, type Column } from './layout.js';
import { BODY_STYLES } from './styles.js';

/** Where the item rows of a sheet go, one row at a time, in order. */
export interface RowSink {
  put(row: number, values: readonly CellValue[]): void;
  end(): void;
  /** Resolves once the zip stream has taken most of what was written: memory stays flat however long the sheet. */
  drained(): Promise<void>;
}


/** Bytes the zip stream may hold unread before the writer waits for it. */
const BACKLOG = 8 << 20;

/** exceljs's value types, as its style registry wants them (lib/doc/enums.js). */
const NUMBER = 2;
const STRING = 3;
/** About this many characters of row XML are handed to the zip stream at a time. */
const CHUNK = 1 << 18;

/** archiver's PassThrough (readable-stream 2, which has no writableLength getter). */
interface PipeInternals {
  writableLength?: number;
  _writableState?: { length?: number };
}

interface WriterInternals {
  startedData?: boolean;
  stream?: { write(text: string): unknown; pipes?: PipeInternals[] };
  _workbook?: { styles?: { addStyleModel?(style: Partial<Style>, type: number): number } };
}

/**
 * The item rows as XML written straight into exceljs's worksheet stream, after exceljs itself has
 * written the sheet's start, columns and header rows. Each cell is `<c r s t="inlineStr">`: no Row or
 * Cell objects, no formulas, text escaped here. exceljs's own per-cell path takes about 10% longer for
 * 100,000 rows (5.1 s against 4.6 s, bench/xlsx.mjs); `cellSink` is used if exceljs ever hides what this needs.
 */
export function rowSink(ws: Worksheet, columns: readonly Column[]): RowSink {
  const internals = ws as unknown as WriterInternals;
  const styles = internals._workbook?.styles;
  if (!internals.startedData || typeof internals.stream?.write !== 'function' || typeof styles?.addStyleModel !== 'function') return cellSink(ws, columns);
  const stream = internals.stream;
  const letters = columns.map((_, i) => columnLetter(i + 1));
  const ids = columns.map((c) => styles.addStyleModel!(BODY_STYLES[c.kind], c.kind === 'number' ? NUMBER : STRING));
  let buffer = '';
  return {
    put(row, values) {
      let xml = `<row r="${row}">`;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        const at = `r="${letters[i]}${row}" s="${ids[i]}"`;
        if (value === null || value === undefined || value === '') xml += `<c ${at}/>`;
        else if (typeof value === 'number') xml += `<c ${at}><v>${value}</v></c>`;
        else xml += `<c ${at} t="inlineStr"><is>${textXml(value)}</is></c>`;
      }
      buffer += `${xml}</row>`;
      if (buffer.length > CHUNK) {
        stream.write(buffer);
        buffer = '';
      }
    },
    end() {
      if (buffer) stream.write(buffer);
      buffer = '';
    },
    drained: () => drained(internals),
  };
}

/**
 * exceljs hands a sheet's text to archiver through a PassThrough without heeding its backpressure, so all
 * that is written waits there until the event loop runs. A turn of the loop, and short sleeps while that
 * stream holds more than BACKLOG, let archiver take the text and the thread pool compress it while the next
 * rows are written: 100,000 rows never pile up (they would hold 140 MB).
 */
async function drained(internals: WriterInternals): Promise<void> {
  const pipe = internals.stream?.pipes?.[0];
  const held = () => pipe?.writableLength ?? pipe?._writableState?.length ?? 0;
  await new Promise((resolve) => setImmediate(resolve));
  while (held() > BACKLOG) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** The same rows through exceljs's Row and Cell objects. */
export function cellSink(ws: Worksheet, columns: readonly Column[]): RowSink {
  return {
    put(row, values) {
      const r = ws.getRow(row);
      values.forEach((value, i) => {
        const cell = r.getCell(i + 1);
        cell.value = value;
        cell.style = BODY_STYLES[columns[i]!.kind];
      });
      r.commit();
    },
    end() {},
    drained: () => drained(ws as unknown as WriterInternals),
  };
}

function textXml(text: string): string {
  const escaped = /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}
