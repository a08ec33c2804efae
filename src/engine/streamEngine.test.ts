import { describe, expect, it, vi } from 'vitest';
import type { ReplayChunk, Result } from '../../workers/api.ts';

vi.mock('./index.ts', () => ({ analysis: () => Promise.reject(new Error('not in this test')) }));
const { feedReplay } = await import('./streamEngine.ts');

const chunk = (from: number, count: number): ReplayChunk => ({
  from,
  count,
  texts: [],
  hashtags: [],
  times: new Float64Array(count),
  langs: null,
  fields: {},
});

describe('feedReplay', () => {
  it('fetches the rows the stream worker asks for, in turn, until the replay stops', async () => {
    const asked: number[] = [];
    // the worker wants 0, then 2000, then (after a seek) 500, then stops
    const answers: Result<{ next: number }>[] = [
      { ok: true, value: { next: 2000 } },
      { ok: true, value: { next: 500 } },
      { ok: false, error: { code: 'ABORTED', message: 'The replay stopped.' } },
    ];
    const r = await feedReplay(0, ['author_followers'], new AbortController().signal, {
      rows: async (from, fields) => {
        asked.push(from);
        expect(fields).toEqual(['author_followers']);
        return { ok: true, value: chunk(from, 10) };
      },
      feed: async () => answers.shift()!,
    });
    expect(r).toEqual({ ok: true, value: true });
    expect(asked).toEqual([0, 2000, 500]);
  });

  it('ends with the failure to read rows, and stops when aborted', async () => {
    const failed = await feedReplay(0, [], new AbortController().signal, {
      rows: async () => ({
        ok: false,
        error: { code: 'NO_DATASET', message: 'No dataset is loaded.' },
      }),
      feed: async () => ({ ok: true, value: { next: 0 } }),
    });
    expect(failed.ok || failed.error.code).toBe('NO_DATASET');
    const ac = new AbortController();
    let fed = 0;
    const stopped = await feedReplay(0, [], ac.signal, {
      rows: async (from) => ({ ok: true, value: chunk(from, 1) }),
      feed: async () => {
        if (++fed === 3) ac.abort();
        return { ok: true, value: { next: fed } };
      },
    });
    expect(stopped).toEqual({ ok: true, value: true });
    expect(fed).toBe(3);
  });
});
