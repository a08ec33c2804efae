import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result, TopicFit, TopicsResult, TopicsSettings } from '../../workers/api.ts';

const calls: { worker: string; method: string; request: unknown }[] = [];
let answers: Record<string, Result<unknown>> = {};
let poolSize = 1;

vi.mock('./index.ts', () => {
  const fake =
    (worker: string) =>
    (method: string, request: unknown, options: { signal?: AbortSignal } = {}) => {
      calls.push({ worker, method, request });
      if (options.signal?.aborted)
        return Promise.resolve({ ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } });
      return Promise.resolve(
        answers[method] ?? {
          ok: false,
          error: { code: 'INTERNAL', message: `no answer for ${method}` },
        },
      );
    };
  return {
    analysis: fake('analysis'),
    compute: fake('compute'),
    live: fake('live'),
    computePool: () => ({ size: poolSize }),
  };
});

const { runTopics, splitKs } = await import('./topicsEngine.ts');

const SETTINGS: TopicsSettings = {
  terms: 'hashtags',
  kMin: 2,
  kMax: 4,
  seed: 0,
  nInit: 2,
  minDf: 1,
  maxDf: 1,
  maxFeatures: 5000,
};
const DOCS = {
  source: { kind: 'hashtag-column', column: 'hashtags' },
  documents: { text: 'a b', offsets: Uint32Array.from([0, 1, 3]) },
  postsWithTerms: 2,
};
const FIT = {
  k: 2,
  model: '{"kind":"murmur.topics"}',
  labels: Int32Array.from([0, 1]),
} as unknown as TopicFit;
const RESULT = {
  k: 2,
  model: { dataset: 'd', terms: 'hashtags', k: 2, documents: 2, vocabulary: 2 },
} as unknown as TopicsResult;

beforeEach(() => {
  calls.length = 0;
  poolSize = 1;
  answers = {
    topicsDocuments: { ok: true, value: DOCS },
    fitTopics: { ok: true, value: FIT },
    topicsKeep: { ok: true, value: RESULT },
    setTopicModel: { ok: true, value: { active: true } },
  };
});

describe('topics engine', () => {
  it('packs the documents, sweeps in the pool, keeps the result and gives the live worker the model', async () => {
    const r = await runTopics(SETTINGS);
    expect(r).toEqual({ ok: true, value: RESULT });
    expect(calls.map((c) => `${c.worker}.${c.method}`)).toEqual([
      'analysis.topicsDocuments',
      'compute.fitTopics',
      'analysis.topicsKeep',
      'live.setTopicModel',
    ]);
    expect(calls[1]!.request).toEqual({ documents: DOCS.documents, settings: SETTINGS });
    expect(calls[2]!.request).toEqual({ fit: FIT, settings: SETTINGS, refit: false });
    expect(calls[3]!.request).toEqual({ model: FIT.model, info: RESULT.model });
  });

  it('refits one k and keeps it as a refit', async () => {
    await runTopics(SETTINGS, { k: 3 });
    expect(calls[1]!.request).toEqual({ documents: DOCS.documents, settings: SETTINGS, k: 3 });
    expect((calls[2]!.request as { refit: boolean }).refit).toBe(true);
  });

  it('stops at a cancel: nothing is kept and the live model stays', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runTopics(SETTINGS, { signal: ac.signal });
    expect(r.ok ? 'ok' : r.error.code).toBe('ABORTED');
    expect(calls.map((c) => c.method)).toEqual(['topicsDocuments']);
  });

  it('passes a failure on (no hashtags) without fitting', async () => {
    answers.topicsDocuments = {
      ok: false,
      error: { code: 'NO_HASHTAGS', message: 'None of the 3 posts has a hashtag.' },
    };
    const r = await runTopics(SETTINGS);
    expect(r.ok ? 'ok' : r.error.code).toBe('NO_HASHTAGS');
    expect(calls).toHaveLength(1);
  });

  it('keeps nothing when the sweep fails', async () => {
    answers.fitTopics = {
      ok: false,
      error: { code: 'TOO_FEW_DOCUMENTS', message: 'All 5 documents have the same hashtags.' },
    };
    const r = await runTopics(SETTINGS);
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_FEW_DOCUMENTS');
    expect(calls.map((c) => c.method)).toEqual(['topicsDocuments', 'fitTopics']);
  });

  it('splits the sweep across a pool of two, then fits the chosen k from the parts', async () => {
    poolSize = 2;
    const part = (k: number) => ({
      entries: [{ k }],
      centroids: [new Float64Array(k)],
      distinctDocuments: 2,
      notes: [],
    });
    answers.sweepTopics = { ok: true, value: part(3) };
    const r = await runTopics(SETTINGS);
    expect(r).toEqual({ ok: true, value: RESULT });
    expect(calls.map((c) => `${c.worker}.${c.method}`)).toEqual([
      'analysis.topicsDocuments',
      'compute.sweepTopics',
      'compute.sweepTopics',
      'compute.fitTopics',
      'analysis.topicsKeep',
      'live.setTopicModel',
    ]);
    // k = 2..4 costs about 2 + 3 + 4: {4} and {2, 3}
    expect(calls.slice(1, 3).map((c) => (c.request as { only: number[] }).only)).toEqual([
      [4],
      [2, 3],
    ]);
    expect(calls[3]!.request).toEqual({
      documents: DOCS.documents,
      settings: SETTINGS,
      sweepParts: [part(3), part(3)],
    });
    // a part that fails stops the run before the fit
    calls.length = 0;
    answers.sweepTopics = { ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } };
    const failed = await runTopics(SETTINGS);
    expect(failed.ok ? 'ok' : failed.error.code).toBe('ABORTED');
    expect(calls.map((c) => c.method)).toEqual(['topicsDocuments', 'sweepTopics', 'sweepTopics']);
  });

  it('balances the k between the parts by cost', () => {
    expect(splitKs(2, 12, 2)).toEqual([
      [4, 5, 8, 9, 12],
      [2, 3, 6, 7, 10, 11],
    ]);
    expect(splitKs(5, 5, 2)).toEqual([[5]]);
    expect(splitKs(2, 12, 1)).toEqual([[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]);
  });
});
