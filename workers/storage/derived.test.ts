import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDerived, getDerived, putDerived } from './derived.ts';
import { deleteDbForTests } from './db.ts';

describe('derived results', () => {
  beforeEach(async () => {
    await deleteDbForTests();
  });

  it('keeps a result per dataset and kind, typed arrays included, until replaced or deleted', async () => {
    expect(await getDerived('d1', 'topics')).toBeNull();
    await putDerived('d1', 'topics', { labels: Int32Array.from([0, 1, -1]), names: ['a'] });
    await putDerived('d2', 'topics', { names: ['other'] });
    const back = (await getDerived('d1', 'topics')) as { labels: Int32Array; names: string[] };
    expect(Array.from(back.labels)).toEqual([0, 1, -1]);
    expect(back.names).toEqual(['a']);
    await putDerived('d1', 'topics', { names: ['b'] });
    expect(await getDerived('d1', 'topics')).toEqual({ names: ['b'] });
    await deleteDerived('d1', 'topics');
    expect(await getDerived('d1', 'topics')).toBeNull();
    expect(await getDerived('d2', 'topics')).toEqual({ names: ['other'] });
  });
});
