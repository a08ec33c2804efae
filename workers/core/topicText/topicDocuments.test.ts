import { describe, expect, it } from 'vitest';
import { textTopicDocuments, textTopicTerms } from './topicDocuments.ts';
import { namingStopwords, topicStopwords } from './topicStopwords.ts';

describe('topic documents', () => {
  it('drops negations, handles, URLs, numbers and stop words, reading hashtags as words', () => {
    const { lists } = textTopicDocuments(
      ["@united I'm NOT happy, flight 2341 didn't leave &amp; no help https://t.co/x #LostBag"],
      { phrases: false },
    );
    expect(lists[0]).toEqual(['happy', 'flight', 'leave', 'help', 'lostbag']);
  });

  it('adds a frequent phrase beside its words, never across a dropped token', () => {
    const texts = [
      ...Array.from({ length: 6 }, (_, i) => `customer service was rude ${i}`),
      'lost luggage again',
      'customer, service',
      'the service was slow',
      'a customer waited',
    ];
    const { lists, phrases } = textTopicDocuments(texts);
    expect(phrases).toEqual(['customer service']);
    expect(lists[0]).toEqual(['customer', 'service', 'rude', 'customer service']);
    expect(lists[7]).toEqual(['customer', 'service']);
    expect(textTopicTerms('Customer service!!', new Set(phrases))).toEqual([
      'customer',
      'service',
      'customer service',
    ]);
  });

  it('keeps general words for clustering but never names a topic after them', () => {
    expect(topicStopwords().has('call')).toBe(false);
    expect(topicStopwords().has('not')).toBe(true);
    expect(namingStopwords().has('call')).toBe(true);
    expect(namingStopwords().has('not')).toBe(true);
    expect(namingStopwords().has('hours')).toBe(false);
  });
});
