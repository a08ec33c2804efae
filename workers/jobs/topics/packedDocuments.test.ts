import { describe, expect, it } from 'vitest';
import { packDocuments, unpackDocuments } from './packedDocuments.ts';

describe('packed documents', () => {
  it('round-trips term lists, empty ones and repeats included', () => {
    const lists = [['vaccine', 'pfizer', 'vaccine'], [], ['東京2020'], ['привет'], []];
    const packed = packDocuments(lists);
    expect(packed.text).toBe('vaccine pfizer vaccine東京2020привет');
    expect(Array.from(packed.offsets)).toEqual([0, 22, 22, 28, 34, 34]);
    expect(unpackDocuments(packed)).toEqual(lists);
  });
});
