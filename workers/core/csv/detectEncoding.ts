/** Which text encoding a file uses, from its byte-order mark or the shape of its first bytes. */
import type { Encoding } from './types.ts';

export interface EncodingGuess {
  readonly encoding: Encoding;
  /** Bytes of byte-order mark at the start (the decoder drops them itself). */
  readonly bomBytes: number;
}

/**
 * The encoding announced by a byte-order mark, else UTF-16 recognised by its zero high bytes
 * (ASCII text in UTF-16 has a 0 in every other byte), else UTF-8, the default that falls back
 * to Windows-1252 later if it does not decode.
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8-bom', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs >= 2) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenZeros++;
      if (head[2 * i + 1] === 0) oddZeros++;
    }
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
      return { encoding: 'utf-16le', bomBytes: 0 };
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
      return { encoding: 'utf-16be', bomBytes: 0 };
  }
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** The label TextDecoder knows an encoding by. */
export function decoderLabel(encoding: Encoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/**
 * Index of the first byte that cannot start or continue a valid UTF-8 sequence, or -1.
 * A sequence cut off by the end of `bytes` counts as valid (the next chunk may complete it).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return -1;
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
