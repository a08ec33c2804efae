import { describe, expect, it } from 'vitest';
import { normalizeHashtags, splitHashtagCell } from './hashtags.ts';

describe('hashtag normalisation', () => {
  it('normalises a list, dropping empty tags and keeping order and repeats', () => {
    expect(normalizeHashtags(['#AI', ' ', '#', 'ai', '##Data', '\uFF03Tokyo', '#ΠΡΆΣΙΝΟ'])).toEqual(
      ['ai', 'ai', 'data', 'tokyo', 'πράσινο'],
    );
  });

  it('splits the list formats exports write', () => {
    expect(splitHashtagCell('#climate #Renewables')).toEqual(['climate', 'Renewables']);
    expect(splitHashtagCell('climate, renewables')).toEqual(['climate', 'renewables']);
    expect(splitHashtagCell("['PfizerBioNTech', 'Covid19']")).toEqual([
      'PfizerBioNTech',
      'Covid19',
    ]);
    expect(splitHashtagCell('["東京", "café"]')).toEqual(['東京', 'café']);
    expect(splitHashtagCell('')).toEqual([]);
  });
});
