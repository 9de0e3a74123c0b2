import type { Power, RegisterFile, RowOrigin } from '../registry/types.js';
import type { RegisterRead } from './register.js';

/**
 * A register read, packed for the trip from the reading thread: each file's powers as one list of their values,
 * in order, instead of 100,000 objects. V8's serialisation writes every object's keys again (a power's ten,
 * with its origin's), and reading them back as objects cost the main thread 0.4 s of a 100,000-row diff. A
 * power is made again with the same keys in the same order, and rows of one sheet share one `columns` as
 * they did when read, so what the thread answers cannot differ from reading here.
 */
export interface PackedRead extends Omit<RegisterRead, 'files'> {
  files: PackedFile[];
}

interface PackedFile extends Omit<RegisterFile, 'powers'> {
  /** The file's own keys in their order, `powers` among them. */
  keys: string[];
  /** Each distinct list of keys (a power's shape), in the order they were first met. */
  shapes: string[][];
  /** Per power: its shape's index. */
  shapeOf: Uint16Array;
  /** Every power's values but its origin, power after power, key after key. */
  values: (string | undefined)[];
  /** A sheet origin's parts but its row, shared by the rows of one sheet; any other origin whole. */
  origins: (SheetPlace | RowOrigin)[];
  /** Per power: the index of its origin (or its sheet's place) in `origins`. */
  originOf: Int32Array;
  /** Per power: its row, for a sheet origin; else 0. */
  rows: Int32Array;
}

type SheetPlace = { kind: 'sheet'; file: string; sheet: string; columns: Extract<RowOrigin, { kind: 'sheet' }>['columns'] };

const SHEET_KEYS = 'kind,file,sheet,row,columns';

export function packRead(read: RegisterRead): PackedRead {
  return { ...read, files: read.files.map(packFile) };
}

export function unpackRead(packed: PackedRead): RegisterRead {
  return { ...packed, files: packed.files.map(unpackFile) };
}

function packFile(read: RegisterFile): PackedFile {
  const { powers, ...file } = read;
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const origins: PackedFile['origins'] = [];
  const places = new Map<string, Map<object, number>>();
  const shapeOf = new Uint16Array(powers.length);
  const originOf = new Int32Array(powers.length);
  const rows = new Int32Array(powers.length);
  const values: (string | undefined)[] = [];
  powers.forEach((power, p) => {
    const keys = Object.keys(power);
    const signature = keys.join(',');
    let shape = shapeIds.get(signature);
    if (shape === undefined) {
      shape = shapes.push(keys) - 1;
      shapeIds.set(signature, shape);
    }
    shapeOf[p] = shape;
    for (const key of keys) if (key !== 'origin') values.push((power as unknown as Record<string, string | undefined>)[key]);
    const origin = power.origin;
    if (origin.kind === 'sheet' && Object.keys(origin).join(',') === SHEET_KEYS) {
      const bySheet = places.get(`${origin.file}\u0000${origin.sheet}`) ?? new Map<object, number>();
      places.set(`${origin.file}\u0000${origin.sheet}`, bySheet);
      let at = bySheet.get(origin.columns);
      if (at === undefined) {
        at = origins.push({ kind: 'sheet', file: origin.file, sheet: origin.sheet, columns: origin.columns }) - 1;
        bySheet.set(origin.columns, at);
      }
      originOf[p] = at;
      rows[p] = origin.row;
    } else originOf[p] = origins.push(origin) - 1;
  });
  if (shapes.length > 0xffff) throw new Error('too many power shapes to pack');
  return { ...file, keys: Object.keys(read), shapes, shapeOf, values, origins, originOf, rows };
}

function unpackFile({ keys, shapes, shapeOf, values, origins, originOf, rows, ...file }: PackedFile): RegisterFile {
  const powers: Power[] = new Array<Power>(shapeOf.length);
  let at = 0;
  for (let p = 0; p < shapeOf.length; p++) {
    const power: Record<string, unknown> = {};
    for (const key of shapes[shapeOf[p]!]!) {
      if (key === 'origin') power.origin = originAt(origins[originOf[p]!]!, rows[p]!);
      else power[key] = values[at++];
    }
    powers[p] = power as unknown as Power;
  }
  const own = file as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, key === 'powers' ? powers : own[key]])) as unknown as RegisterFile;
}

function originAt(place: SheetPlace | RowOrigin, row: number): RowOrigin {
  if (place.kind !== 'sheet' || 'row' in place) return place;
  return { kind: 'sheet', file: place.file, sheet: place.sheet, row, columns: place.columns };
}
