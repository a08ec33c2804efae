import { describe, expect, it } from 'vitest';
import { checkMemoryBudget, FIXED_MEMORY_BYTES, maxInputBytes } from './memoryBudget.ts';

const GiB = 1024 ** 3;

describe('memory budget', () => {
  it('gives each job the file size its memory holds, the heavier jobs less', () => {
    expect(maxInputBytes('profile', 4 * GiB)).toBe(Math.floor((4 * GiB - FIXED_MEMORY_BYTES) / 5));
    expect(maxInputBytes('topics', 4 * GiB)).toBeLessThan(maxInputBytes('sentiment', 4 * GiB));
    expect(maxInputBytes('train', 4 * GiB)).toBeLessThan(maxInputBytes('topics', 4 * GiB));
    expect(maxInputBytes('profile', FIXED_MEMORY_BYTES / 2)).toBe(0);
  });

  it('takes a 300 MB file in a 4 GiB heap for every job, and refuses 1 GB up front with its size and the limit', () => {
    for (const job of ['import', 'profile', 'sentiment', 'topics', 'train'] as const) {
      expect(checkMemoryBudget(job, 'posts.csv', 300e6, 4 * GiB).ok).toBe(true);
      const refused = checkMemoryBudget(job, 'posts.csv', 1e9, 4 * GiB);
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('FILE_TOO_LARGE');
      expect(refused.error.message).toMatch(
        /^"posts\.csv" is 1 GB, over the \d+ MB limit for .+ in the 4\.3 GB of memory/,
      );
    }
    const topics = checkMemoryBudget('topics', 'big.csv', 500e6, 4 * GiB);
    expect(!topics.ok && topics.error.message).toBe(
      '"big.csv" is 500 MB, over the 419 MB limit for topics in the 4.3 GB of memory available here.',
    );
  });

  it('counts a Parquet file as the CSV it holds: a quarter of the CSV limit', () => {
    const csvLimit = maxInputBytes('topics', 4 * GiB);
    expect(checkMemoryBudget('topics', 'a.parquet', csvLimit / 4 - 1, 4 * GiB, 'parquet').ok).toBe(
      true,
    );
    const refused = checkMemoryBudget('topics', 'a.parquet', 200e6, 4 * GiB, 'parquet');
    expect(!refused.ok && refused.error.message).toBe(
      '"a.parquet" is 200 MB, over the 105 MB limit for a Parquet file for topics in the 4.3 GB of memory available here.',
    );
    expect(checkMemoryBudget('topics', 'a.csv', 200e6, 4 * GiB).ok).toBe(true);
  });
});
