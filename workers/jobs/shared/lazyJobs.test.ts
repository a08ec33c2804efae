import { describe, expect, it } from 'vitest';
import { lazyJobs } from './lazyJobs.ts';

interface Api {
  double(request: { n: number }): Promise<number>;
  name(request: Record<string, never>): Promise<string>;
}

describe('lazyJobs', () => {
  it('imports the module on the first call only, and every job runs there', async () => {
    let loads = 0;
    const jobs = lazyJobs<Api>({ double: true, name: true }, async () => {
      loads++;
      return { double: async ({ n }) => 2 * n, name: async () => 'module' };
    });
    expect(Object.keys(jobs)).toEqual(['double', 'name']);
    expect(loads).toBe(0);
    expect(await Promise.all([jobs.double({ n: 21 }), jobs.name({})])).toEqual([42, 'module']);
    expect(await jobs.double({ n: 1 })).toBe(2);
    expect(loads).toBe(1);
  });

  it('tries the import again after it failed', async () => {
    let loads = 0;
    const jobs = lazyJobs<Api>({ double: true, name: true }, async () => {
      if (++loads === 1) throw new Error('chunk not found');
      return { double: async ({ n }) => 2 * n, name: async () => 'module' };
    });
    await expect(jobs.double({ n: 1 })).rejects.toThrow('chunk not found');
    expect(await jobs.double({ n: 2 })).toBe(4);
    expect(loads).toBe(2);
  });
});
