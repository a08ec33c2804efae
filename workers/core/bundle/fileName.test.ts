import { describe, expect, it } from 'vitest';
import { bundleFileName, fileNamePart } from './fileName.ts';

describe('download names', () => {
  it('names an export after the model and the day it was made', () => {
    expect(bundleFileName('vaccination_tweets.csv', '2025-03-04T23:59:00.000Z')).toBe(
      'murmur-vaccination_tweets-2025-03-04.json',
    );
    expect(bundleFileName('Café: "best" / worst?', '2024-12-31T00:00:00.000Z')).toBe(
      'murmur-Cafe-best-worst-2024-12-31.json',
    );
  });

  it('never makes an empty or path-like name', () => {
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('***')).toBe('model');
  });
});
