/**
 * Which Parquet columns become table columns, and how their values become the importer's text
 * cells. Flat columns of every common type are read; a list of plain values becomes a JSON list
 * (`["a","b"]`, which the hashtag reader understands); bytes that are not UTF-8 are written as
 * `\xHH` escapes; structs, maps, nested lists, intervals, times of day and fixed-length binary
 * are left out with a warning that names them.
 */
import type { SchemaElement, SchemaTree } from 'hyparquet';
import type { StoredKind } from '../csv/types.ts';

/** How a column's values are read: `kind` is how a scored Parquet file writes it back. */
export type ReadableColumn =
  | {
      readonly ok: true;
      readonly name: string;
      readonly kind: StoredKind;
      readonly cell: (v: unknown) => string;
    }
  | { readonly ok: false; readonly name: string; readonly why: string };

/** A value hyparquet decoded, as trimmed text ('' for null). Dates and timestamps are already ISO text (see `ISO_PARSERS`). */
function plainCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return JSON.stringify(v, jsonValue);
}

function jsonValue(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

function listCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return JSON.stringify(v, jsonValue);
}

const SUBSECOND = 1_000_000_000n;

/** Epoch time in `unitsPerSecond` as ISO 8601 UTC with the fraction the unit holds: micros and nanos are kept. */
function isoFromUnits(value: bigint, unitsPerSecond: bigint, digits: number): string {
  let seconds = value / unitsPerSecond;
  let fraction = value % unitsPerSecond;
  if (fraction < 0n) {
    fraction += unitsPerSecond;
    seconds -= 1n;
  }
  const date = new Date(Number(seconds) * 1000);
  if (Number.isNaN(date.getTime())) return '';
  const whole = date.toISOString().slice(0, 19);
  return digits === 0 ? `${whole}Z` : `${whole}.${fraction.toString().padStart(digits, '0')}Z`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes as text: UTF-8 when they are (a string column, or an old writer's unannotated one);
 * otherwise raw bytes (a BLOB) written as DuckDB prints them, printable ASCII kept and every other
 * byte as `\xHH`, rather than replacement characters that would lose them.
 */
export function textFromBytes(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return bytes;
  try {
    return utf8.decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes)
      out +=
        b >= 0x20 && b < 0x7f && b !== 0x5c
          ? String.fromCharCode(b)
          : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return out;
  }
}

/** hyparquet's type parsers, giving text directly: timestamps as ISO 8601 with their full precision, dates as YYYY-MM-DD, JSON as written. */
export const ISO_PARSERS = {
  timestampFromMilliseconds: (v: bigint) => isoFromUnits(BigInt(v), 1000n, 3),
  timestampFromMicroseconds: (v: bigint) => isoFromUnits(BigInt(v), 1_000_000n, 6),
  timestampFromNanoseconds: (v: bigint) => isoFromUnits(BigInt(v), SUBSECOND, 9),
  dateFromDays: (days: number) => {
    const d = new Date(days * 86_400_000);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
  },
  stringFromBytes: textFromBytes,
  jsonFromBytes: (bytes: Uint8Array) => (bytes ? new TextDecoder().decode(bytes) : bytes),
};

/** A primitive leaf's stored kind, or why it cannot be read as text. */
function leafKind(e: SchemaElement): StoredKind | { why: string } {
  const ct = e.converted_type;
  const lt = e.logical_type?.type;
  if (ct === 'INTERVAL' || lt === 'INTERVAL') return { why: 'an interval' };
  if (ct === 'BSON' || lt === 'BSON') return { why: 'BSON' };
  if (lt === 'GEOMETRY' || lt === 'GEOGRAPHY') return { why: 'a geometry' };
  if (lt === 'VARIANT') return { why: 'a variant' };
  if (ct === 'DECIMAL' || lt === 'DECIMAL' || lt === 'FLOAT16') return 'double';
  if (ct === 'TIME_MILLIS' || ct === 'TIME_MICROS' || lt === 'TIME')
    return { why: 'a time of day' };
  switch (e.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
      if (ct === 'DATE' || lt === 'DATE') return 'string';
      return ct === 'UINT_32' || (lt === 'INTEGER' && e.logical_type?.isSigned === false)
        ? 'int64'
        : 'int32';
    case 'INT64':
      if (ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || lt === 'TIMESTAMP')
        return 'string';
      // unsigned 64-bit values above 2^63 do not fit INT64 when written back: keep them as text
      return ct === 'UINT_64' || (lt === 'INTEGER' && e.logical_type?.isSigned === false)
        ? 'string'
        : 'int64';
    case 'INT96':
      return 'string';
    case 'FLOAT':
    case 'DOUBLE':
      return 'double';
    case 'BYTE_ARRAY':
      return 'string';
    case 'FIXED_LEN_BYTE_ARRAY':
      return lt === 'UUID' ? 'string' : { why: 'fixed-length binary' };
    default:
      return { why: `of Parquet type ${String(e.type)}` };
  }
}

function isList(node: SchemaTree): boolean {
  return node.element.converted_type === 'LIST' || node.element.logical_type?.type === 'LIST';
}

/** The primitive element of a LIST column (3-level layout, or the legacy repeated primitive), else null (a list of records or lists). */
function listLeaf(node: SchemaTree): SchemaElement | null {
  if (node.children.length !== 1) return null;
  const repeated = node.children[0]!;
  if (repeated.children.length === 0) return repeated.element;
  if (repeated.children.length !== 1) return null;
  const element = repeated.children[0]!;
  return element.children.length === 0 ? element.element : null;
}

/** How each top-level column of the schema tree reads (or why it does not). */
export function readableColumns(root: SchemaTree): ReadableColumn[] {
  return root.children.map((node): ReadableColumn => {
    const name = node.element.name;
    if (node.children.length === 0) {
      if (node.element.repetition_type === 'REPEATED')
        return { ok: true, name, kind: 'string', cell: listCell };
      const kind = leafKind(node.element);
      return typeof kind === 'string'
        ? { ok: true, name, kind, cell: plainCell }
        : { ok: false, name, why: kind.why };
    }
    if (isList(node)) {
      const leaf = listLeaf(node);
      if (!leaf) return { ok: false, name, why: 'a list of nested values' };
      const kind = leafKind(leaf);
      return typeof kind === 'string'
        ? { ok: true, name, kind: 'string', cell: listCell }
        : { ok: false, name, why: `a list of values that are ${kind.why}` };
    }
    const lt = node.element.logical_type?.type;
    const ct = node.element.converted_type;
    return {
      ok: false,
      name,
      why: lt === 'MAP' || ct === 'MAP' || ct === 'MAP_KEY_VALUE' ? 'a map' : 'a nested record',
    };
  });
}
