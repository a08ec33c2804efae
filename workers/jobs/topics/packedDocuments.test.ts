import { describe, expect, it } from 'vitest';
import { packDocuments, unpackDocuments } from './packedDocuments.ts';

describe('packed documents', () => {
  it('round-trips term lists, empty ones, repeats and phrases included', () => {
    const lists = [
      ['vaccine', 'pfizer', 'vaccine'],
      [],
      ['東京2020'],
      ['привет', 'lost luggage'],
      [],
    ];
    const packed = packDocuments(lists);
    expect(packed.text).toBe('vaccine\npfizer\nvaccine東京2020привет\nlost luggage');
    expect(Array.from(packed.offsets)).toEqual([0, 22, 22, 28, 47, 47]);
    expect(unpackDocuments(packed)).toEqual(lists);
  });
});
