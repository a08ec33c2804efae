import { describe, expect, it } from 'vitest';
import type { ModelRecord } from '../../workers/api.ts';
import { keepModel, keptModelIds, scoringModelLine } from './scoringModel.ts';

const at = Date.UTC(2026, 11, 7, 10, 12);

function record(over: Partial<ModelRecord> = {}, network = false): ModelRecord {
  return {
    id: 'dataset:dsA',
    name: 'sample',
    createdAt: at,
    updatedAt: at,
    origin: 'trained',
    datasetId: 'dsA',
    bytes: 100,
    summary: {
      parts: ['engagement'],
      dataset: 'sample.csv',
      rows: 5000,
      sentiment: null,
      topics: null,
      engagement: {
        task: 'regression',
        target: 'likes',
        trees: 50,
        r2: 0.4,
        accuracy: null,
        rocAuc: null,
        network,
      },
    },
    ...over,
  };
}

describe('the header names the scoring model', () => {
  it('says what scores, trained on which dataset and when', () => {
    const line = scoringModelLine(record(), 'dsA');
    expect(line?.text).toMatch(/^Scoring with: forest trained on sample\.csv, 7 Dec,? \d\d:12$/);
    expect(line?.foreign).toBe(false);
    expect(scoringModelLine(record({}, true), 'dsA')?.text).toContain('forest and network');
  });

  it('flags a model trained on another dataset than the open one, never an imported or the default', () => {
    expect(scoringModelLine(record(), 'dsB')?.foreign).toBe(true);
    expect(scoringModelLine(record({ origin: 'imported', datasetId: null }), 'dsB')?.foreign).toBe(
      false,
    );
    const byDefault = scoringModelLine(record({ origin: 'default', datasetId: null }), 'dsB');
    expect(byDefault?.text).toBe(
      'Scoring with: the default model (forest trained on sample posts)',
    );
    expect(byDefault?.foreign).toBe(false);
    // before any dataset, nothing to compare with
    expect(scoringModelLine(record(), null)?.foreign).toBe(false);
    // none active (the person stopped using one): the header says where to find one
    expect(scoringModelLine(null, 'dsA')).toEqual({
      text: 'No model is scoring: train one in Engagement or Sentiment, or choose one in Models',
      foreign: false,
    });
  });

  it('remembers the models kept on a dataset, each once, and reads nothing from a damaged section', () => {
    expect(keptModelIds(undefined)).toEqual([]);
    expect(keptModelIds({ keptModelIds: 'dataset:dsA' })).toEqual([]);
    expect(keptModelIds({ keptModelIds: [1, 2] })).toEqual([]);
    const once = keepModel(undefined, 'dataset:dsA');
    expect(once).toEqual({ keptModelIds: ['dataset:dsA'] });
    expect(keepModel(once, 'dataset:dsA')).toEqual({ keptModelIds: ['dataset:dsA'] });
    expect(keptModelIds(keepModel(once, 'imported:x'))).toEqual(['dataset:dsA', 'imported:x']);
  });
});
