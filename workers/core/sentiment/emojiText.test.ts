import { describe, expect, it } from 'vitest';
import emojibase from 'emojibase-data/en/compact.json';
import { buildEmojiMap, getEmojiMap, type EmojiEntry } from './emojiMap.ts';
import { replaceEmoji, type EmojiSpan } from './emojiText.ts';

const map = buildEmojiMap([
  { hexcode: '1F600', annotation: 'grinning face' },
  { hexcode: '2764', annotation: 'red heart' },
  {
    hexcode: '270C',
    annotation: 'victory hand',
    skins: [{ hexcode: '270C-1F3FB', annotation: 'victory hand: light skin tone' }],
  },
  { hexcode: '1F1FA', annotation: 'regional indicator U' },
  { hexcode: '1F44D-1F3FB', annotation: 'thumbs up: light skin tone' },
]);

describe('buildEmojiMap', () => {
  it('keeps single code points, derives skin-tone names and drops regional indicators and sequences', () => {
    expect([...map.descriptions.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0x270c, 'victory hand'],
      [0x2764, 'red heart'],
      [0x1f3fb, 'light skin tone'],
      [0x1f600, 'grinning face'],
    ]);
    expect(map.minCodePoint).toBe(0x270c);
  });
});

describe('replaceEmoji (3.3.2 polarity_scores preamble)', () => {
  it('inserts a space before a description unless the previous character is an ASCII space', () => {
    expect(replaceEmoji('good😀', map)).toBe('good grinning face');
    expect(replaceEmoji('good 😀', map)).toBe('good grinning face');
    expect(replaceEmoji('😀😀', map)).toBe('grinning face grinning face');
    expect(replaceEmoji('good\u00a0😀', map)).toBe('good\u00a0 grinning face');
  });

  it('glues the following character to the description, as the reference does', () => {
    expect(replaceEmoji('😀good', map)).toBe('grinning facegood');
  });

  it('replaces the parts of a sequence one code point at a time', () => {
    // U+FE0F is not in the map, so it stays glued to "heart" (which then misses the lexicon).
    expect(replaceEmoji('❤️', map)).toBe('red heart\ufe0f');
    expect(replaceEmoji('✌🏻', map)).toBe('victory hand light skin tone');
    expect(replaceEmoji('🇺🇸', map)).toBe('🇺🇸');
  });

  it('returns the same string when there is nothing to replace', () => {
    const text = 'plain text, café, 日本語, \ud83d lone';
    expect(replaceEmoji(text, map)).toBe(text);
  });

  it('reports where each description came from', () => {
    const spans: EmojiSpan[] = [];
    const out = replaceEmoji('a😀b ❤', map, spans);
    expect(out).toBe('a grinning faceb red heart');
    expect(spans).toEqual([
      { from: 2, to: 15, start: 1, end: 3, emoji: '😀', description: 'grinning face' },
      { from: 17, to: 26, start: 5, end: 6, emoji: '❤', description: 'red heart' },
    ]);
  });
});

describe('getEmojiMap (emojibase-data 3.2.1)', () => {
  it('holds exactly the map built from emojibase-data 3.2.1 (emojiNames.ts is up to date)', () => {
    const fromPackage = buildEmojiMap(emojibase as readonly EmojiEntry[]);
    expect(fromPackage.descriptions.size).toBeGreaterThan(1200);
    expect([...getEmojiMap().descriptions]).toEqual([...fromPackage.descriptions]);
    expect(getEmojiMap().minCodePoint).toBe(fromPackage.minCodePoint);
  });

  it('uses the Emoji 11 names of the reference emoji_utf8_lexicon.txt', () => {
    const d = getEmojiMap().descriptions;
    expect(d.get(0x2705)).toBe('white heavy check mark');
    expect(d.get(0x1f970)).toBe('smiling face with 3 hearts');
    expect(d.get(0x1f621)).toBe('pouting face');
    expect(d.get(0x1f3fc)).toBe('medium-light skin tone');
    expect(d.get(0x1f494)).toBe('broken heart');
    expect(d.has(0x23)).toBe(false);
    expect(d.has(0x1f1fa)).toBe(false);
  });
});
