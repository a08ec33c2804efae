/**
 * UTF-8 byte offsets into JavaScript strings (UTF-16 code units). Bluesky's facets index text
 * by UTF-8 bytes (`index.byteStart`/`byteEnd`), so "é" moves every later offset by 2 bytes and an
 * emoji by 4, while the string moves by 1 and 2.
 */

/**
 * UTF-8 bytes of the character at string index `i`: 4 for a surrogate pair (which takes two
 * indices), 3 for a lone surrogate (TextEncoder writes U+FFFD for it).
 */
function charBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  return c >= 0xd800 &&
    c <= 0xdbff &&
    i + 1 < text.length &&
    (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ? 4
    : 3;
}

/** Bytes `text` takes in UTF-8 (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const b = charBytes(text, i);
    bytes += b;
    i += b === 4 ? 2 : 1;
  }
  return bytes;
}

/**
 * The string index (UTF-16) of each UTF-8 byte offset in `offsets`, or -1 for an offset past the
 * end or inside a character's bytes. One pass over the text whatever the number of offsets.
 */
export function utf8OffsetsToIndices(text: string, offsets: readonly number[]): number[] {
  const wanted = offsets.map((o, k) => ({ o, k })).sort((a, b) => a.o - b.o);
  const out = offsets.map(() => -1);
  let w = 0;
  let byte = 0;
  let i = 0;
  while (w < wanted.length) {
    const target = wanted[w]!.o;
    if (!Number.isInteger(target) || target < byte) {
      // not an integer, negative, or inside the character just passed
      w++;
      continue;
    }
    if (target === byte) {
      out[wanted[w]!.k] = i;
      w++;
      continue;
    }
    if (i >= text.length) break;
    const b = charBytes(text, i);
    byte += b;
    i += b === 4 ? 2 : 1;
  }
  return out;
}
