import { describe, expect, it } from 'vitest';
import type { ColumnSchema, Role } from '../schema/types.ts';
import { checkNoLeak, leakReason } from './leakage.ts';

const column = (name: string, role: Role): ColumnSchema => ({
  name,
  index: 0,
  type: 'integer',
  role,
  format: {},
  missing: 0,
  distinct: 10,
  distinctCapped: false,
  samples: [],
});

describe('leaky features', () => {
  it('refuses engagement roles, engagement-like names and target columns, with the reason', () => {
    expect(leakReason(column('favorites', 'likes'), [])).toContain('engagement count (role likes)');
    // mapped away from its role, the name still gives it away
    expect(leakReason(column('retweets', 'other'), [])).toContain(
      'looks like an engagement count (shares)',
    );
    expect(leakReason(column('view_count', 'other'), [])).toContain('(engagement)');
    expect(leakReason(column('score', 'other'), ['score'])).toContain('part of the target');
  });

  it('accepts what is known before posting, account counts and flags included', () => {
    expect(leakReason(column('user_followers', 'followers'), [])).toBeNull();
    expect(leakReason({ ...column('is_retweet', 'category'), type: 'boolean' }, [])).toBeNull();
    expect(leakReason(column('user_favourites', 'other'), [])).toBeNull();
    expect(leakReason(column('hour', 'other'), [])).toBeNull();
  });

  it('fails with LEAKY_FEATURE and explains why engagement counts cannot be features', () => {
    const r = checkNoLeak([column('hour', 'other'), column('retweets', 'shares')], ['favorites']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('LEAKY_FEATURE');
    expect(r.error.message).toContain('only known after a post is published');
    expect(r.error.hint).toContain('Remove "retweets"');
  });
});
