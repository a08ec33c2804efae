import { describe, expect, it } from 'vitest';
import { Fnv64, fnv64 } from './fnv.ts';

describe('fnv64', () => {
  it('matches FNV-1a 64 reference values for byte strings', () => {
    // Reference values of FNV-1a 64 (Fowler/Noll/Vo test suite): "" → cbf29ce484222325, "a" → af63dc4c8601ec8c.
    // Our update() hashes UTF-16 code units as two bytes (low, high): "a" is the bytes 0x61 0x00.
    expect(fnv64('')).toBe('cbf29ce484222325');
    // FNV-1a 64 of the bytes 61 00, from the definition in Python: h ^= b; h = h * 0x100000001b3 mod 2^64.
    expect(fnv64('a')).toBe('089be207b544f1e4');
  });

  it('is incremental and order-sensitive', () => {
    expect(new Fnv64().update('ab').update('c').hex()).toBe(fnv64('abc'));
    expect(fnv64('ab')).not.toBe(fnv64('ba'));
  });
});

describe('fnv64 beyond ASCII', () => {
  it('hashes UTF-16 code units, matching Python over s.encode("utf-16-le")', () => {
    expect(fnv64('héllo')).toBe('9c39dcf5d4471d8b');
  });
});
