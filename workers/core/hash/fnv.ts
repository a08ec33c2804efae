/**
 * FNV-1a, 64-bit (as two 32-bit halves): a fast, stable fingerprint for column signatures and
 * training-data hashes. Not cryptographic.
 */
export class Fnv64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  update(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.byte(c & 0xff);
      this.byte(c >>> 8);
    }
    return this;
  }

  private byte(b: number): void {
    this.lo = (this.lo ^ b) >>> 0;
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3
    const lo = this.lo;
    const hi = this.hi;
    const loMul = lo * 0x1b3;
    const newLo = loMul >>> 0;
    const carry = Math.floor(loMul / 4294967296);
    const newHi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    this.lo = newLo;
    this.hi = newHi;
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

/** FNV-1a 64 of a string, as 16 hex digits. */
export function fnv64(text: string): string {
  return new Fnv64().update(text).hex();
}
