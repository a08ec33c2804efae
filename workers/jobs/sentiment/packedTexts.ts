/**
 * Many texts as one buffer of UTF-16 code units plus offsets. Both are transferable, so a chunk
 * crosses the page on its way from the analysis worker to a pool worker without being copied and
 * without adding a large string to the page's heap (whose garbage collection would block it).
 */
import type { PackedTexts } from '../../api/sentiment.ts';

/** Cells [from, to) of a column, packed. Missing cells (not strings) become empty texts. */
export function packTexts(cells: readonly string[], from = 0, to = cells.length): PackedTexts {
  const n = Math.max(0, to - from);
  const offsets = new Uint32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cell = cells[from + i];
    total += typeof cell === 'string' ? cell.length : 0;
    offsets[i + 1] = total;
  }
  const units = new Uint16Array(total);
  let wellFormed = true;
  for (let i = 0; i < n; i++) {
    const cell = cells[from + i];
    if (typeof cell !== 'string') continue;
    const at = offsets[i]!;
    for (let j = 0; j < cell.length; j++) {
      const c = cell.charCodeAt(j);
      units[at + j] = c;
      // A high surrogate must be followed by a low one, and a low one preceded by a high one.
      if (c >= 0xd800 && c <= 0xdfff && wellFormed) {
        const pairedHigh =
          c <= 0xdbff && j + 1 < cell.length && (cell.charCodeAt(j + 1) & 0xfc00) === 0xdc00;
        if (pairedHigh) units[at + ++j] = cell.charCodeAt(j);
        else wellFormed = false;
      }
    }
  }
  return { units, offsets, wellFormed };
}

let utf16: TextDecoder | null = null;

/** Code units to a string. Well-formed text decodes natively; otherwise by blocks of code units, so lone surrogates stay as they are (a decoder would replace them). */
function decode(units: Uint16Array, wellFormed: boolean): string {
  if (wellFormed) return (utf16 ??= new TextDecoder('utf-16le')).decode(units);
  const block = 8192;
  // apply takes the typed array as the argument list without copying it into an array first.
  const chars = (part: Uint16Array): string =>
    String.fromCharCode.apply(null, part as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += block) parts.push(chars(units.subarray(i, i + block)));
  return parts.join('');
}

/** The texts of a pack, in order, exactly as packed (split surrogate pairs included). */
export function unpackTexts(packed: PackedTexts): string[] {
  const { offsets } = packed;
  const all = decode(packed.units, packed.wellFormed);
  const out = new Array<string>(Math.max(0, offsets.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = all.slice(offsets[i]!, offsets[i + 1]!);
  return out;
}
