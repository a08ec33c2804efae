import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress, Result, SentimentSummary } from '../../workers/api.ts';
import { tableFromRows } from '../../workers/core/csv/index.ts';
import { inferSchema } from '../../workers/core/schema/index.ts';
import { setCurrent } from '../../workers/jobs/shared/session.ts';
import { activeDataset } from '../../workers/jobs/shared/session.testutil.ts';
import { sentimentAnalysisJobs } from '../../workers/jobs/sentiment/analysisJobs.ts';
import { sentimentComputeJobs } from '../../workers/jobs/sentiment/computeJobs.ts';
import type { Engine } from './engine.ts';
import { scoreDataset, scoringConcurrency } from './sentimentScoring.ts';

type AnyJob = (request: unknown, onProgress?: unknown) => Promise<Result<unknown>>;

/** The sentiment jobs called in this thread, as the workers would run them; compute honours the abort signal. */
function fakeEngine(poolSize: number, calls: string[]): Engine {
  return {
    analysis: ((method: string, request: unknown) => {
      calls.push(method);
      return (sentimentAnalysisJobs as unknown as Record<string, AnyJob>)[method]!(request);
    }) as Engine['analysis'],
    compute: (async (method: string, request: unknown, options?: { signal?: AbortSignal }) => {
      calls.push(method);
      await new Promise((r) => setTimeout(r, 1));
      if (options?.signal?.aborted)
        return { ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } };
      return (sentimentComputeJobs as unknown as Record<string, AnyJob>)[method]!(request);
    }) as Engine['compute'],
    live: (() => Promise.reject(new Error('not used'))) as Engine['live'],
    poolSize: () => poolSize,
  };
}

function loadPosts(n: number): void {
  const rows = Array.from({ length: n }, (_, i) => [
    i % 3 === 0 ? 'I love it, great' : i % 3 === 1 ? 'awful, I hate it' : 'the bus is at noon',
    `2025-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
  ]);
  const table = tableFromRows(['text', 'created_at'], rows);
  activeDataset(table, inferSchema(table));
}

afterEach(() => setCurrent(null));

describe('scoreDataset', () => {
  it('scores every chunk across the pool, reports progress and growing summaries, and ends with the full summary', async () => {
    loadPosts(3000);
    const calls: string[] = [];
    const progress: JobProgress[] = [];
    const summaries: SentimentSummary[] = [];
    const r = await scoreDataset(
      {
        view: {},
        chunkRows: 250,
        summaryEveryMs: 0,
        onProgress: (p) => progress.push(p),
        onSummary: (s) => summaries.push(s),
      },
      fakeEngine(3, calls),
    );
    if (!r.ok) throw new Error(r.error.message);
    // A pool of 3 scores 2 chunks at a time: one core stays free for the page.
    expect(r.value).toMatchObject({ scoredNow: 3000, workers: 2, chunks: 12 });
    expect(r.value.summary.counts).toEqual({ positive: 1000, negative: 1000, neutral: 1000 });
    expect(calls.filter((c) => c === 'scoreSentimentChunk')).toHaveLength(12);
    expect(progress.at(-1)).toMatchObject({ done: 3000, total: 3000, unit: 'texts' });
    // Charts fill in: summaries while scoring cover more and more rows, then the complete one.
    const scored = summaries.map((s) => s.scored);
    expect(scored.length).toBeGreaterThan(2);
    expect([...scored].sort((a, b) => a - b)).toEqual(scored);
    expect(summaries.at(-1)!.complete).toBe(true);
    expect(summaries.some((s) => !s.complete)).toBe(true);
  });

  it('never rescores kept scores, and after a cancel scores only what is left', async () => {
    loadPosts(2000);
    const ac = new AbortController();
    let chunks = 0;
    const engine = fakeEngine(2, []);
    const counting: Engine = {
      ...engine,
      compute: ((method: never, request: never, options: never) => {
        if (++chunks === 3) ac.abort();
        return engine.compute(method, request, options);
      }) as Engine['compute'],
    };
    const cancelled = await scoreDataset({ view: {}, chunkRows: 250, signal: ac.signal }, counting);
    expect(cancelled.ok ? 'ok' : cancelled.error.code).toBe('ABORTED');
    const status = await sentimentAnalysisJobs.sentimentStatus({});
    const partly = status.ok ? status.value.scoredRows : -1;
    expect(partly).toBeGreaterThanOrEqual(0);
    expect(partly).toBeLessThan(2000);

    const calls: string[] = [];
    const resumed = await scoreDataset({ view: {}, chunkRows: 250 }, fakeEngine(2, calls));
    expect(resumed.ok && resumed.value.scoredNow).toBe(2000 - partly);
    expect(calls.filter((c) => c === 'scoreSentimentChunk')).toHaveLength((2000 - partly) / 250);

    const again: string[] = [];
    const done = await scoreDataset(
      { view: { thresholds: { positive: 0.9, negative: -0.9 } } },
      fakeEngine(2, again),
    );
    expect(done.ok && done.value.scoredNow).toBe(0);
    expect(again).not.toContain('scoreSentimentChunk');
    expect(done.ok && done.value.summary.counts.neutral).toBe(2000);
  });

  it('leaves one core for the page, and scores on every worker when asked', async () => {
    expect([1, 2, 3, 8].map(scoringConcurrency)).toEqual([1, 1, 2, 7]);
    loadPosts(1000);
    const r = await scoreDataset({ view: {}, chunkRows: 250, concurrency: 4 }, fakeEngine(4, []));
    expect(r.ok && r.value.workers).toBe(4);
  });

  it('passes a failure through, such as a dataset without text', async () => {
    const table = tableFromRows(['likes'], [['1'], ['2']]);
    activeDataset(table, inferSchema(table));
    const r = await scoreDataset({ view: {} }, fakeEngine(2, []));
    expect(r.ok ? 'ok' : r.error.code).toBe('NO_TEXT_COLUMN');
  });
});
