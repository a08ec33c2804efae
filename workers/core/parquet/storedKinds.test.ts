import { describe, expect, it } from 'vitest';
import { cellValue, losslessKind } from './storedKinds.ts';

describe('lossless Parquet kinds for text cells', () => {
  it('types a column only when every cell reads back as the same text', () => {
    expect(losslessKind(['1', '-20', '', '9223372036854775807'])).toBe('int64');
    expect(losslessKind(['1', '9223372036854775808'])).toBe('string'); // past INT64
    expect(losslessKind(['1.5', '2', '-0.25', '1e+21'])).toBe('double');
    expect(losslessKind(['12345678901234567890', '1.5'])).toBe('string'); // the integer is not an exact double
    expect(losslessKind(['true', 'false', ''])).toBe('boolean');
    for (const kept of [['007'], ['1.50'], ['1,234'], ['n/a', '1'], ['-0'], ['TRUE'], [' 1']])
      expect(losslessKind(kept)).toBe('string');
    expect(losslessKind(['', ''])).toBe('string');
  });

  it('converts a cell to its kind, empty as null', () => {
    expect(cellValue('', 'int64')).toBeNull();
    expect(cellValue('-9223372036854775808', 'int64')).toBe(-(2n ** 63n));
    expect(cellValue('0.1', 'double')).toBe(0.1);
    expect(cellValue('false', 'boolean')).toBe(false);
    expect(cellValue(' a ', 'string')).toBe(' a ');
  });
});
