import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
const typed = (s: string): string[] => tokenize(s).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps contractions whole, with curly apostrophes made straight', () => {
    expect(texts("I don't think it\u2019s over, y'all")).toEqual([
      'I',
      "don't",
      'think',
      "it's",
      'over',
      ',',
      "y'all",
    ]);
  });

  it('keeps hashtags, mentions, URLs and e-mail addresses whole', () => {
    expect(
      typed('Go #ClimateAction @un_news see https://example.com/a?b=1. or mail me@example.org'),
    ).toEqual([
      'word:Go',
      'hashtag:#ClimateAction',
      'mention:@un_news',
      'word:see',
      'url:https://example.com/a?b=1',
      'punct:.',
      'word:or',
      'word:mail',
      'email:me@example.org',
    ]);
  });

  it('keeps each emoji whole: skin tones, ZWJ sequences, flags, keycaps, tag sequences', () => {
    const emoji = ['👍🏽', '👩🏾‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '❤️‍🔥', '🇧🇷', '🇯🇵', '1️⃣', '#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤'];
    expect(typed(`wow${emoji.join('')}!`)).toEqual([
      'word:wow',
      ...emoji.map((e) => `emoji:${e}`),
      'punct:!',
    ]);
  });

  it('cuts emoji where the Unicode grapheme rules do', () => {
    const s = '🤷🏻‍♀️🇫🇷🇩🇪🧑‍🦰😀😀';
    const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map(
      (g) => g.segment,
    );
    expect(texts(s)).toEqual(graphemes);
  });

  it('keeps words with combining marks and in non-Latin scripts whole', () => {
    expect(texts('हिन्दी #हिन्दी Привет, мир! مرحبا Ελλάδα café')).toEqual([
      'हिन्दी',
      '#हिन्दी',
      'Привет',
      ',',
      'мир',
      '!',
      'مرحبا',
      'Ελλάδα',
      'café',
    ]);
  });

  it('splits scripts written without spaces into words', () => {
    expect(texts('我喜欢猫')).toEqual(['我', '喜欢', '猫']);
  });

  it('tells numbers from words and groups repeated punctuation', () => {
    expect(typed('3.5 stars, 1,000 fans, 2nd place covid-19!!! ?!')).toEqual([
      'number:3.5',
      'word:stars',
      'punct:,',
      'number:1,000',
      'word:fans',
      'punct:,',
      'word:2nd',
      'word:place',
      'word:covid-19',
      'punct:!!!',
      'punct:?',
      'punct:!',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('tokenize, stray combining marks', () => {
  it('never starts a word with a combining mark', () => {
    expect(typed('a \u0308 b !\u0301')).toEqual([
      'word:a',
      'punct:\u0308',
      'word:b',
      'punct:!\u0301',
    ]);
  });
});
