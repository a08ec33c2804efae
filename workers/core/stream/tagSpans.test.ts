import { describe, expect, it } from 'vitest';
import { tagSpans } from './tagSpans.ts';

describe('tagSpans', () => {
  it('finds each tag written in the text, whatever its case, after emoji', () => {
    const text = '🎉 Fête à #Paris et #paris2024 #PARIS';
    expect(tagSpans(text, ['paris', 'Paris2024', 'paris'])).toEqual([
      [10, 16],
      [20, 30],
      [31, 37],
    ]);
  });

  it('leaves out tags the text does not write, and does not match the start of a longer tag', () => {
    expect(tagSpans('#vaccines work', ['vaccine', 'covid'])).toEqual([]);
    expect(tagSpans('no tags here', ['x'])).toEqual([]);
  });
});
