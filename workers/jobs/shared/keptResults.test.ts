import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tableFromRows } from '../../core/csv/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { getDerived, putDerived } from '../../storage/derived.ts';
import { listen, type ModelsMessage } from './channel.ts';
import { forgetKept, restoreKept, storeKept, type KeptKind } from './keptResults.ts';
import { activeDataset } from './session.testutil.ts';
import type { LoadedDataset } from './session.ts';

const table = tableFromRows(
  ['text', 'likes'],
  [
    ['good morning', '3'],
    ['bad night', '1'],
    ['so so', '2'],
  ],
);

/** The dataset as a fresh worker after a reload would load it: same id, empty cache. */
function reloaded(d: LoadedDataset, roles?: Record<string, string>): LoadedDataset {
  return {
    ...d,
    schema: roles
      ? d.schema.map((c) => (roles[c.name] ? { ...c, role: roles[c.name] as typeof c.role } : c))
      : d.schema,
    cache: new Map(),
  };
}

interface Scores {
  readonly k: number;
  readonly values: Float64Array;
}
/** Another kind, kept whatever the roles (as settings are). */
const NOTE: KeptKind<{ readonly key: string }> = {
  kind: 'test:note',
  what: 'the test note',
  staleWithRoles: false,
  check: (v): v is { readonly key: string } =>
    typeof v === 'object' && v !== null && 'key' in v && typeof v.key === 'string',
};
const SCORES: KeptKind<Scores> = {
  kind: 'test:scores',
  what: 'the test scores',
  check: (v): v is Scores =>
    typeof v === 'object' && v !== null && 'values' in v && v.values instanceof Float64Array,
};

let messages: ModelsMessage[] = [];
let stop: () => void = () => undefined;
beforeEach(async () => {
  await deleteDbForTests();
  messages = [];
  stop = listen((m) => messages.push(m));
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

/** BroadcastChannel delivers on a later turn. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('results kept with their dataset', () => {
  it('come back after a reload, typed arrays included, until the roles change', async () => {
    const d = activeDataset(table, inferSchema(table), 'kept.csv');
    expect(await restoreKept(d, SCORES)).toBeNull();
    const stored = await storeKept(d, SCORES, { k: 3, values: Float64Array.from([0.5, -1, 2]) });
    expect(stored.ok).toBe(true);
    const back = await restoreKept(reloaded(d), SCORES);
    expect(back?.k).toBe(3);
    expect(Array.from(back!.values)).toEqual([0.5, -1, 2]);
    // another dataset keeps its own
    const other = { ...reloaded(d), meta: { ...d.meta, id: 'ds-other' } };
    expect(await restoreKept(other, SCORES)).toBeNull();
    // likes no longer a target (role other): what depended on the roles is stale
    expect(await restoreKept(reloaded(d, { likes: 'other' }), SCORES)).toBeNull();
    await forgetKept(d, SCORES);
    expect(await restoreKept(reloaded(d), SCORES)).toBeNull();
  });

  it('sets a damaged record aside and tells the user, leaving the other records alone', async () => {
    const d = activeDataset(table, inferSchema(table), 'damaged.csv');
    await storeKept(d, SCORES, { k: 1, values: Float64Array.from([1]) });
    await storeKept(d, NOTE, { key: 'k1' });
    await putDerived(d.meta.id, SCORES.kind, { fingerprint: 'x', savedAt: 1, value: 'garbage' });
    expect(await restoreKept(reloaded(d), SCORES)).toBeNull();
    expect(await getDerived(d.meta.id, SCORES.kind)).toBeNull();
    expect((await restoreKept(reloaded(d), NOTE))?.key).toBe('k1');
    // kept whatever the roles
    expect((await restoreKept(reloaded(d, { likes: 'other' }), NOTE))?.key).toBe('k1');
    await settle();
    const told = messages.find((m) => m.type === 'kept');
    expect(told?.type === 'kept' && told.error.message).toContain('The test scores kept from');
  });

  it('reports a full disk as STORAGE_FULL to the user and keeps the earlier record', async () => {
    const d = activeDataset(table, inferSchema(table), 'full.csv');
    await storeKept(d, SCORES, { k: 1, values: Float64Array.from([1]) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await storeKept(d, SCORES, { k: 2, values: Float64Array.from([2]) });
    expect(!r.ok && r.error.code).toBe('STORAGE_FULL');
    expect(!r.ok && r.error.message).toContain('saving the test scores.');
    vi.restoreAllMocks();
    expect((await restoreKept(reloaded(d), SCORES))?.k).toBe(1);
    await settle();
    const told = messages.find((m) => m.type === 'kept');
    expect(told?.type === 'kept' && told.error.code).toBe('STORAGE_FULL');
  });
});
