/**
 * Compact, lossless JSON forms of large typed arrays (a bundle's forest has about a million nodes):
 * unsigned integers bit-packed at the width they need, and float64 values as a table of distinct
 * values plus packed indices when that is smaller. Everything is base64 of little-endian bytes.
 */
import { base64ToBytes, bytesToBase64 } from '../forest/base64.ts';
import { base64ToFloat64, floatsToBase64 } from './typedBase64.ts';

/** `count` unsigned integers of `bits` bits each (1..32), packed low bit first. */
export interface PackedUints {
  readonly bits: number;
  readonly count: number;
  readonly data: string;
}

/** Float64 values: all of them in order ('plain'), or distinct values plus each value's index ('dictionary'). */
export type PackedFloats =
  | { readonly encoding: 'plain'; readonly count: number; readonly values: string }
  | {
      readonly encoding: 'dictionary';
      readonly count: number;
      readonly table: string;
      readonly index: PackedUints;
    };

/** Bits needed to write every integer in 0..maxValue (at least 1). */
export function bitsFor(maxValue: number): number {
  let bits = 1;
  while (bits < 32 && maxValue >= 2 ** bits) bits++;
  return bits;
}

/** Packs integers in [0, 2^bits); `bits` defaults to what the largest value needs. */
export function packUints(values: ArrayLike<number>, bits?: number): PackedUints {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const width = bits ?? bitsFor(max);
  if (!(Number.isInteger(width) && width >= 1 && width <= 32) || max >= 2 ** width)
    throw new RangeError(`packUints: ${max} does not fit in ${width} bits`);
  const out = new Uint8Array(Math.ceil((values.length * width) / 8));
  // an accumulator below 2^40, exact in float64 arithmetic
  let acc = 0;
  let held = 0;
  let o = 0;
  for (let i = 0; i < values.length; i++) {
    acc += values[i]! * 2 ** held;
    held += width;
    while (held >= 8) {
      out[o++] = acc % 256;
      acc = Math.floor(acc / 256);
      held -= 8;
    }
  }
  if (held > 0) out[o] = acc;
  return { bits: width, count: values.length, data: bytesToBase64(out) };
}

/** The integers of `packUints` output, or a reason the data does not hold exactly `count` values of `bits` bits. */
export function unpackUints(packed: PackedUints): Uint32Array | string {
  const { bits, count } = packed;
  if (!(Number.isInteger(bits) && bits >= 1 && bits <= 32 && Number.isInteger(count) && count >= 0))
    return `${bits} bits × ${count} entries is not a valid size`;
  const bytes = base64ToBytes(packed.data);
  if (!bytes) return 'the data is not base64';
  if (bytes.length !== Math.ceil((count * bits) / 8))
    return `expected ${count.toLocaleString('en-US')} entries, found ${Math.floor((bytes.length * 8) / bits).toLocaleString('en-US')}`;
  const out = new Uint32Array(count);
  const mask = 2 ** bits;
  let acc = 0;
  let held = 0;
  let b = 0;
  for (let i = 0; i < count; i++) {
    while (held < bits) {
      acc += bytes[b++]! * 2 ** held;
      held += 8;
    }
    out[i] = acc % mask;
    acc = Math.floor(acc / mask);
    held -= bits;
  }
  return out;
}

/** The smaller of the plain and dictionary forms of `values` (both exact). */
export function packFloats(values: Float64Array): PackedFloats {
  // -0 is its own entry (a Map would fold it into 0)
  const seen = new Map<number | string, number>();
  const table: number[] = [];
  const index = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const key = Object.is(v, -0) ? '-0' : v;
    let k = seen.get(key);
    if (k === undefined) {
      k = table.length;
      seen.set(key, k);
      table.push(v);
      // mostly distinct values: the dictionary cannot beat the plain form
      if (table.length * 16 > values.length * 8)
        return { encoding: 'plain', count: values.length, values: floatsToBase64(values) };
    }
    index[i] = k;
  }
  return {
    encoding: 'dictionary',
    count: values.length,
    table: floatsToBase64(Float64Array.from(table)),
    index: packUints(index, bitsFor(Math.max(0, table.length - 1))),
  };
}

/** The values of `packFloats` output, or a reason it does not decode to `count` values. */
export function unpackFloats(packed: PackedFloats): Float64Array | string {
  if (packed.encoding === 'plain') {
    const values = base64ToFloat64(packed.values);
    if (!values) return 'the values are not base64 of float64 numbers';
    return values.length === packed.count
      ? values
      : `expected ${packed.count.toLocaleString('en-US')} entries, found ${values.length.toLocaleString('en-US')}`;
  }
  const table = base64ToFloat64(packed.table);
  if (!table) return 'the value table is not base64 of float64 numbers';
  const index = unpackUints(packed.index);
  if (typeof index === 'string') return `index: ${index}`;
  if (index.length !== packed.count)
    return `expected ${packed.count.toLocaleString('en-US')} entries, found ${index.length.toLocaleString('en-US')}`;
  const out = new Float64Array(index.length);
  for (let i = 0; i < index.length; i++) {
    const k = index[i]!;
    if (k >= table.length) return `entry ${i} points past the ${table.length}-value table`;
    out[i] = table[k]!;
  }
  return out;
}
