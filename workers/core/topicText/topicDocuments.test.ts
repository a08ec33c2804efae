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

  it("drops each post's own language's stop words and negations, English where unknown", () => {
    const { lists } = textTopicDocuments(
      [
        'Der Zug ist nicht pünktlich und das Gepäck fehlt',
        "Le train n'est pas à l'heure et mes bagages sont perdus",
        'El tren no llegó y nunca encontraron mi maleta',
        'Il treno non è mai arrivato in orario',
        'O trem não chegou e a mala sumiu',
        'The train is not on time',
        'The train is not on time',
      ],
      { phrases: false, languages: ['de', 'fr', 'es', 'it', 'pt', 'unknown', undefined] },
    );
    expect(lists[0]).toEqual(['zug', 'pünktlich', 'gepäck', 'fehlt']);
    expect(lists[1]).not.toContain('pas');
    expect(lists[1]).toEqual(expect.arrayContaining(['train', 'heure', 'bagages', 'perdus']));
    expect(lists[2]).toEqual(['tren', 'llegó', 'encontraron', 'maleta']);
    expect(lists[3]).toEqual(['treno', 'arrivato', 'orario']);
    expect(lists[4]).toEqual(['trem', 'chegou', 'mala', 'sumiu']);
    expect(lists[5]).toEqual(['train', 'time']);
    expect(lists[6]).toEqual(lists[5]);
    // German stop words are words in English: an English post keeps "die" ("die" is a German article)
    expect(textTopicDocuments(['batteries die fast'], { phrases: false }).lists[0]).toContain(
      'die',
    );
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
