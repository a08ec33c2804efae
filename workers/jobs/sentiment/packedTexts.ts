/**
 * Many texts as one string plus offsets: a structured clone copies one string instead of
 * allocating thousands, so chunks pass through the page without a long task.
 */
import type { PackedTexts } from '../../api/sentiment.ts';

/** Cells [from, to) of a column, packed. Missing cells (not strings) become empty texts. */
export function packTexts(cells: readonly string[], from = 0, to = cells.length): PackedTexts {
  const n = Math.max(0, to - from);
  const offsets = new Uint32Array(n + 1);
  const parts = new Array<string>(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const cell = cells[from + i];
    const text = typeof cell === 'string' ? cell : '';
    parts[i] = text;
    at += text.length;
    offsets[i + 1] = at;
  }
  return { text: parts.join(''), offsets };
}

/** The texts of a pack, in order. Offsets are UTF-16 units, so split surrogate pairs come back as they were. */
export function unpackTexts(packed: PackedTexts): string[] {
  const { text, offsets } = packed;
  const out = new Array<string>(Math.max(0, offsets.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = text.slice(offsets[i]!, offsets[i + 1]!);
  return out;
}
