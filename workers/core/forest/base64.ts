const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (RFC 4648, with padding) of bytes; no Buffer or btoa, so it runs in every realm. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 0x3000; // a multiple of 3 bytes, so only the last chunk pads
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    const codes: number[] = [];
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i]!;
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const b2 = i + 2 < end ? bytes[i + 2]! : 0;
      codes.push(
        ALPHABET.charCodeAt(b0 >> 2),
        ALPHABET.charCodeAt(((b0 & 3) << 4) | (b1 >> 4)),
        i + 1 < end ? ALPHABET.charCodeAt(((b1 & 15) << 2) | (b2 >> 6)) : 61,
        i + 2 < end ? ALPHABET.charCodeAt(b2 & 63) : 61,
      );
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Bytes of a base64 string; null when it is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const dataChars = text.length - pad;
  const at = (i: number): number => {
    if (i >= dataChars) return 0;
    const code = text.charCodeAt(i);
    return code < 128 ? LOOKUP[code]! : -1;
  };
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const c0 = at(i);
    const c1 = at(i + 1);
    const c2 = at(i + 2);
    const c3 = at(i + 3);
    if ((c0 | c1 | c2 | c3) < 0) return null;
    const n = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
