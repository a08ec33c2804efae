import { describe, expect, it } from 'vitest';
import type { EngagementTrainingResult } from '../../engine/engagementTraining.ts';
import { KEPT_RUN_VERSION, runRecord, runView } from './keptRun.ts';

/** The view's settings, as far as the record is concerned: any value it can clone. */
const defaults = { targetColumn: 'likes', numeric: ['followers'], folds: 5 };

/** The parts of a result the view draws, as structured clone brings them back. */
function result(): EngagementTrainingResult {
  return {
    prepared: {
      key: 'k1',
      train: { X: Float64Array.from([1, 2]) },
      test: { X: Float64Array.from([3]) },
    },
    refit: { report: { kind: 'regression' }, importances: [] },
    summary: { points: [] },
    curve: { points: [] },
    grid: { foldScores: [] },
    folds: 3,
    seconds: 12.5,
  } as unknown as EngagementTrainingResult;
}

describe('the engagement run kept with its dataset', () => {
  it('reads back a run it wrote, with its network', () => {
    const record = runRecord(defaults, result(), null);
    expect(record.key).toBe('k1');
    const back = runView(structuredClone(record));
    expect(back?.result.seconds).toBe(12.5);
    expect(back?.result.prepared.train.X).toBeInstanceOf(Float64Array);
    expect(back?.mlp).toBeNull();
    expect(back?.settings).toEqual(defaults);
  });

  it('refuses a run of another version or without its matrices', () => {
    const record = runRecord(defaults, result(), null);
    const view = record.view as { version: number };
    expect(runView({ ...record, view: { ...view, version: KEPT_RUN_VERSION + 1 } })).toBeNull();
    const noMatrix = structuredClone(record) as {
      view: { result: { prepared: { train: object } } };
    };
    noMatrix.view.result.prepared.train = { X: [1, 2] };
    expect(runView(noMatrix as never)).toBeNull();
    expect(runView(null)).toBeNull();
  });
});
