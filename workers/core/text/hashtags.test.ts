import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { extractHashtags, foldCase, hashtagDocuments, normalizeHashtag } from './hashtags.ts';

describe('extractHashtags', () => {
  it('finds #word runs as re.findall(r"#\\w+") on the lower-cased text, without the #', () => {
    expect(
      extractHashtags('Got my #PfizerBioNTech jab! #COVID19 #covid_19, see #1 and a#b'),
    ).toEqual(['pfizerbiontech', 'covid19', 'covid_19', '1', 'b']);
  });

  it('keeps repeats, which are the term counts', () => {
    expect(extractHashtags('#Vax #vax #VAX')).toEqual(['vax', 'vax', 'vax']);
  });

  it('reads letters and digits of any script, and stops at emoji, punctuation and combining marks', () => {
    expect(extractHashtags('#Привет #日本語 #مرحبا #٣٤ #Ωmega🎉 #fun🎉#party #Covid-19')).toEqual([
      'привет',
      '日本語',
      'مرحبا',
      '٣٤',
      'ωmega',
      'fun',
      'party',
      'covid',
    ]);
    // U+0301 COMBINING ACUTE is not \w in Python: '#cafe\u0301' gives '#cafe'
    expect(extractHashtags('#cafe\u0301s')).toEqual(['cafe']);
  });

  it('finds exactly what the regular expression /#[\\p{L}\\p{N}_]+/gu finds on the folded text', () => {
    const rng = createRng(8);
    const pieces = [
      '#',
      '#',
      'a',
      'Z',
      '_',
      '9',
      ' ',
      '-',
      'é',
      'ß',
      'Σ',
      '日',
      '٣',
      '\u0301',
      '🎉',
      '𝐀',
      '#x',
      '\u0130',
    ];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: 1 + rng.int(12) },
        () => pieces[rng.int(pieces.length)]!,
      ).join('');
      const expected = Array.from(foldCase(text).matchAll(/#[\p{L}\p{N}_]+/gu), (m) =>
        m[0].slice(1),
      );
      expect(extractHashtags(text), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('returns nothing for text without hashtags or with a bare #', () => {
    expect(extractHashtags('no tags here # ## #!')).toEqual([]);
  });
});

describe('foldCase', () => {
  it('lower-cases as Python str.lower(), final sigma included', () => {
    expect(foldCase('ΟΔΟΣ ΣΑΣ')).toBe('οδος σας');
    expect(foldCase('Straße ǅ')).toBe('straße ǆ');
  });

  it("folds 'İ' to a plain 'i' so '#İstanbul' stays whole (sklearn would cut it to '#i')", () => {
    expect(foldCase('İstanbul')).toBe('istanbul');
    expect(extractHashtags('#İstanbul')).toEqual(['istanbul']);
  });
});

describe('normalizeHashtag', () => {
  it('strips spaces and one leading #, and case-folds', () => {
    expect(normalizeHashtag('  #PfizerBioNTech ')).toBe('pfizerbiontech');
    expect(normalizeHashtag('Vaccine')).toBe('vaccine');
    expect(normalizeHashtag('##x')).toBe('#x');
  });
});

describe('hashtagDocuments', () => {
  it('reads each tag as "#tag" would be tokenised and drops posts left without hashtags', () => {
    const r = hashtagDocuments([
      ['PfizerBioNTech'],
      [],
      ['#Covid-19', 'Vaccine'],
      ['  ', '-'],
      ['a#b'],
    ]);
    expect(r.docs).toEqual([['pfizerbiontech'], ['covid', 'vaccine'], ['a', 'b']]);
    expect(Array.from(r.rows)).toEqual([0, 2, 4]);
    expect(r.totalPosts).toBe(5);
  });

  it('keeps a tag or phrase of several words one term', () => {
    expect(
      hashtagDocuments([
        ['late night', ' Late  Night ', 'cosmo'],
        ['#New York-2024'],
        ['customer service'],
      ]).docs,
    ).toEqual([['late night', 'late night', 'cosmo'], ['new york'], ['customer service']]);
  });
});
