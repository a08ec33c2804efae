import { describe, expect, it } from 'vitest';
import { splitGluedField } from './gluedHeader.ts';

describe('splitGluedField', () => {
  it('cuts before a value the first column has elsewhere, ignoring case', () => {
    expect(
      splitGluedField('permalinkRealDonaldTrump', ['realDonaldTrump', 'realDonaldTrump']),
    ).toBe(9);
    expect(splitGluedField('urlbob', ['alice', 'bob'])).toBe(3);
  });

  it('cuts after a known last column name when the value is new', () => {
    expect(splitGluedField('permalinkSomeoneElse', ['alice'])).toBe(9);
  });

  it('cuts at the only change from lower to upper case or letter to digit', () => {
    expect(splitGluedField('scoreAlice', [])).toBe(5);
    expect(splitGluedField('level42', [])).toBe(5);
  });

  it('gives up when the cut is ambiguous', () => {
    expect(splitGluedField('fooBarBaz', [])).toBeNull();
    expect(splitGluedField('gammaqqq', ['u1'])).toBeNull();
  });
});
