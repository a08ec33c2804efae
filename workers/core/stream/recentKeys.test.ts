import { describe, expect, it } from 'vitest';
import { RecentKeys } from './recentKeys.ts';

describe('RecentKeys', () => {
  it('spots a key seen before and forgets the oldest past its capacity', () => {
    const k = new RecentKeys(3);
    expect(['a', 'b', 'a', 'c', 'd'].map((x) => k.add(x))).toEqual([true, true, false, true, true]);
    expect(k.size).toBe(3);
    // 'a' was the oldest and is forgotten; 'd' is remembered
    expect(k.add('a')).toBe(true);
    expect(k.add('d')).toBe(false);
  });
});
