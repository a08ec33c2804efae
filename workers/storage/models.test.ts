import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisBundle } from '../core/bundle/bundle.ts';
import { oneSplitBundle, tinyTopics, topicsOnlyBundle } from '../core/bundle/bundles.testutil.ts';
import { db, deleteDbForTests } from './db.ts';
import {
  deleteModel,
  followDatasetModel,
  getActiveModelId,
  listModels,
  readActiveModel,
  readModel,
  renameModel,
  saveModel,
  saveWorkingPart,
  setActiveModel,
  workingModelId,
} from './models.ts';

beforeEach(async () => {
  await deleteDbForTests();
});
afterEach(() => vi.restoreAllMocks());

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('model registry', () => {
  it('saves, lists with parts and metrics, renames, activates and deletes', async () => {
    const a = value(
      await saveModel({
        name: '  Pets  topics ',
        bundle: topicsOnlyBundle(),
        origin: 'imported',
        activate: false,
      }),
    );
    const b = value(
      await saveModel({
        name: 'Followers',
        bundle: oneSplitBundle(),
        origin: 'imported',
        activate: true,
      }),
    );
    expect(a.name).toBe('Pets topics');
    expect(a.summary).toMatchObject({
      parts: ['topics'],
      topics: { k: 2, vocabulary: 3, terms: 'hashtags' },
      engagement: null,
    });
    expect(b.summary.engagement).toMatchObject({
      task: 'regression',
      trees: 1,
      target: 'log1p(likes)',
    });
    expect(b.bytes).toBe(JSON.stringify(oneSplitBundle()).length);
    expect((await listModels()).map((m) => m.id)).toEqual([b.id, a.id]);
    expect(await getActiveModelId()).toBe(b.id);
    expect(value(await renameModel(a.id, 'Cats and dogs')).name).toBe('Cats and dogs');
    expect((await readModel(a.id))?.name).toBe('Cats and dogs');
    expect(value(await deleteModel(b.id))).toEqual({ activeId: null });
    expect(await readActiveModel()).toBeNull();
    expect(value(await setActiveModel(a.id))).toBe(a.id);
    expect((await readActiveModel())?.model.bundle).toEqual(topicsOnlyBundle());
    expect((await readActiveModel())?.record.name).toBe('Cats and dogs');
    const gone = await setActiveModel(b.id);
    expect(!gone.ok && gone.error.code).toBe('MODEL_NOT_FOUND');
  });

  it('keeps one working model per dataset: each training replaces its part and keeps the others', async () => {
    const addTopics = (current: AnalysisBundle | null): AnalysisBundle => ({
      ...(current ?? topicsOnlyBundle()),
      topics: tinyTopics(),
    });
    const first = value(await saveWorkingPart('ds1', 'pets.csv', addTopics));
    expect(first.id).toBe(workingModelId('ds1'));
    value(await renameModel(first.id, 'My pets'));
    const withEngagement = value(
      await saveWorkingPart('ds1', 'pets.csv', (current) => ({
        ...current!,
        engagement: oneSplitBundle().engagement,
      })),
    );
    expect(withEngagement).toMatchObject({
      id: first.id,
      name: 'My pets',
      origin: 'trained',
      datasetId: 'ds1',
    });
    expect(withEngagement.summary.parts).toEqual(['topics', 'engagement']);
    expect(await listModels()).toHaveLength(1);
    expect(await getActiveModelId()).toBe(first.id);
  });

  it('leaves nothing half-saved when a save fails mid-way, and the active model unchanged', async () => {
    const kept = value(
      await saveModel({
        name: 'Kept',
        bundle: topicsOnlyBundle(),
        origin: 'imported',
        activate: true,
      }),
    );
    const crashed = await saveModel(
      { name: 'Crash', bundle: oneSplitBundle(), origin: 'imported', activate: true },
      {
        afterBundle: () => {
          throw new Error('tab closed');
        },
      },
    );
    expect(!crashed.ok && crashed.error.code).toBe('STORAGE_UNAVAILABLE');
    expect((await listModels()).map((m) => m.name)).toEqual(['Kept']);
    expect(await (await db()).count('models')).toBe(1);
    expect(await getActiveModelId()).toBe(kept.id);
  });

  it('reports a full disk as STORAGE_FULL, naming what to delete, with earlier models intact', async () => {
    const big = value(
      await saveModel({
        name: 'Big one',
        bundle: oneSplitBundle(),
        origin: 'imported',
        activate: true,
      }),
    );
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'models')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const r = await saveWorkingPart('ds2', 'posts.csv', () => topicsOnlyBundle());
    expect(!r.ok && r.error.code).toBe('STORAGE_FULL');
    expect(!r.ok && r.error.hint).toContain('“Big one”');
    vi.restoreAllMocks();
    expect((await listModels()).map((m) => m.id)).toEqual([big.id]);
    expect((await readModel(big.id))?.bundle).toEqual(oneSplitBundle());
    expect(await getActiveModelId()).toBe(big.id);
  });

  it('a model belongs to its dataset: opening a dataset activates its own model, else leaves the active one', async () => {
    const a = value(await saveWorkingPart('dsA', 'a.csv', () => topicsOnlyBundle()));
    const b = value(await saveWorkingPart('dsB', 'b.csv', () => topicsOnlyBundle()));
    expect(a.datasetId).toBe('dsA');
    // the last training (on B) is active
    expect(await getActiveModelId()).toBe(b.id);
    expect(await followDatasetModel('dsA')).toBe(workingModelId('dsA'));
    expect(await getActiveModelId()).toBe(a.id);
    expect((await readActiveModel())?.record.datasetId).toBe('dsA');
    // a dataset without a model of its own: the active model stays, for the page to ask about
    expect(await followDatasetModel('dsC')).toBeNull();
    expect(await getActiveModelId()).toBe(a.id);
  });
});
