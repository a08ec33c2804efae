import { describe, expect, it } from 'vitest';
import { cloudWords } from './cloudWords.ts';

describe('cloudWords', () => {
  it('keeps the words, case-folded, without stopwords, negations, numbers, links or mentions', () => {
    expect(
      cloudWords(
        '@maya_dev The NEW café is not bad at all: 10/10 https://t.example/x1 #Coffee &amp; croissants',
      ),
    ).toEqual(['new', 'café', 'bad', 'coffee', 'croissants']);
  });

  it('reads words in any script and cuts on punctuation as sklearn’s token pattern does', () => {
    // "me" of me@x.org is a stopword, "x" too short
    expect(cloudWords('Über-schön! covid-19 日本語 ok e-mail me@x.org')).toEqual([
      'über',
      'schön',
      'covid',
      '日本語',
      'ok',
      'mail',
      'org',
    ]);
  });
});
