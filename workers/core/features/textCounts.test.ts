import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  emojiCount,
  mentionCount,
  substringCount,
  TEXT_COUNTS,
  wordCount,
} from './textCounts.ts';

describe('text counts, as pandas string methods count them', () => {
  it('counts length in code points, as Python len()', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('hi 👍')).toBe(4); // the emoji is two UTF-16 units, one code point
    expect(codePointLength('')).toBe(0);
  });

  it('splits words on Python whitespace, including no-break and ideographic spaces', () => {
    expect(wordCount('  one two\tthree\nfour  ')).toBe(4);
    expect(wordCount('a\u00a0b\u3000c')).toBe(3);
    expect(wordCount('a\u200bb')).toBe(1); // a zero-width space is not whitespace to Python
    expect(wordCount('')).toBe(0);
  });

  it('counts words as splitting on the Python whitespace class does, for every BMP character', () => {
    // the class as written before wordCount stopped splitting strings (Python `str.isspace()`)
    const pySplit =
      // eslint-disable-next-line no-control-regex -- Python counts the separators \x1c–\x1f as whitespace
      /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
    const byRegex = (t: string) => t.split(pySplit).filter((p) => p !== '').length;
    let spaces = 0;
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `${ch}a${ch}${ch}b${ch}`, ch])
        if (wordCount(text) !== byRegex(text)) differ.push(`U+${c.toString(16)}`);
      if (byRegex(`a${ch}b`) === 2) spaces++;
    }
    expect(differ).toEqual([]);
    expect(spaces).toBe(29);
  });

  it('counts @mentions as re.findall(r"@\\w+"), Unicode words included', () => {
    expect(mentionCount('hi @anna and @bob_2, @@carl, @ alone, mail@x.org')).toBe(4);
    expect(mentionCount('@José')).toBe(1);
  });

  it('counts "http" (so a link counts once), "!" and "?"', () => {
    expect(TEXT_COUNTS.url_count('see https://a.b and http://c.d')).toBe(2);
    expect(substringCount('aaaa', 'aa')).toBe(2); // non-overlapping, as str.count
    expect(TEXT_COUNTS.exclamation_count('wow!! really?!')).toBe(3);
    expect(TEXT_COUNTS.question_count('wow!! really?!')).toBe(1);
  });

  it('counts an emoji with a skin tone, a ZWJ family and a flag as one each', () => {
    expect(emojiCount('great 👍🏽 family 👨‍👩‍👧 flag 🇫🇷 and ❤️')).toBe(4);
    expect(emojiCount('no emoji here')).toBe(0);
  });

  it('reads hashtags out of the text when there is no hashtags column', () => {
    expect(TEXT_COUNTS.hashtag_count('#One two #three_3 #')).toBe(2);
  });
});
