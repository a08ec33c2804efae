import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './codePointOrder.ts';

describe('compareCodePoints', () => {
  it('sorts plain ASCII as the default sort does', () => {
    expect(['b', 'a_', 'a', '1a', 'B'].sort(compareCodePoints)).toEqual([
      '1a',
      'B',
      'a',
      'a_',
      'b',
    ]);
  });

  it('puts an astral letter (U+1D400) after U+FF21, as Python sorted() does', () => {
    const astral = '\u{1D400}x'; // MATHEMATICAL BOLD CAPITAL A
    const fullwidth = '\uFF21x'; // FULLWIDTH LATIN CAPITAL LETTER A
    // UTF-16 code-unit order would say the opposite (0xD835 < 0xFF21).
    expect([astral, fullwidth].sort()).toEqual([astral, fullwidth]);
    expect([astral, fullwidth].sort(compareCodePoints)).toEqual([fullwidth, astral]);
  });

  it('orders a prefix before its extensions and equal strings as equal', () => {
    expect(compareCodePoints('covid', 'covid19')).toBeLessThan(0);
    expect(compareCodePoints('covid19', 'covid')).toBeGreaterThan(0);
    expect(compareCodePoints('σας', 'σας')).toBe(0);
  });
});
