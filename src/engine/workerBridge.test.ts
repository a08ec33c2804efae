import { describe, expect, it } from 'vitest';
import type { Result } from '../../workers/api.ts';
import { fakeWorker } from './fakeWorker.testutil.ts';
import { WorkerBridge } from './workerBridge.ts';
import { WorkerPool } from './workerPool.ts';

interface TestApi {
  hang(): Promise<Result<number>>;
  id(): Promise<Result<number>>;
  fail(): Promise<Result<number>>;
  throws(): Promise<Result<number>>;
}

function makeSpawn() {
  let count = 0;
  const spawn = () => {
    const me = ++count;
    const api: TestApi = {
      hang: () => new Promise(() => {}),
      id: async () => ({ ok: true, value: me }),
      fail: async () => ({ ok: false, error: { code: 'INVALID_OPTIONS', message: 'bad options' } }),
      throws: async () => {
        throw new Error('boom');
      },
    };
    return fakeWorker(api);
  };
  return { spawn, started: () => count };
}

describe('WorkerBridge', () => {
  it('starts the worker only on first use and reuses it', async () => {
    const s = makeSpawn();
    const bridge = new WorkerBridge<TestApi>(s.spawn, 'test');
    expect(s.started()).toBe(0);
    expect(await bridge.call((api) => api.id())).toEqual({ ok: true, value: 1 });
    expect(await bridge.call((api) => api.id())).toEqual({ ok: true, value: 1 });
    expect(s.started()).toBe(1);
  });

  it('resolves an aborted call as ABORTED at once and serves the next call from a fresh worker', async () => {
    const s = makeSpawn();
    const bridge = new WorkerBridge<TestApi>(s.spawn, 'test');
    const ac = new AbortController();
    const pending = bridge.call((api) => api.hang(), ac.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    ac.abort();
    // at once: settled before the next timer fires (the hung job itself never answers)
    const r = await Promise.race([
      pending,
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 0)),
    ]);
    expect(r).toMatchObject({ ok: false, error: { code: 'ABORTED' } });
    expect(bridge.running).toBe(false);
    expect(await bridge.call((api) => api.id())).toEqual({ ok: true, value: 2 });
  });

  it('ends other calls in flight on a terminated worker as ABORTED instead of leaving them hanging', async () => {
    const s = makeSpawn();
    const bridge = new WorkerBridge<TestApi>(s.spawn, 'test');
    const ac = new AbortController();
    const other = bridge.call((api) => api.hang());
    const mine = bridge.call((api) => api.hang(), ac.signal);
    ac.abort();
    const [a, b] = await Promise.all([other, mine]);
    expect(a.ok || a.error.code).toBe('ABORTED');
    expect(b.ok || b.error.code).toBe('ABORTED');
  });

  it('passes failures with their code through, and turns a rejected call into INTERNAL', async () => {
    const bridge = new WorkerBridge<TestApi>(makeSpawn().spawn, 'test');
    const failed = await bridge.call((api) => api.fail());
    expect(failed).toEqual({
      ok: false,
      error: { code: 'INVALID_OPTIONS', message: 'bad options' },
    });
    const thrown = await bridge.call((api) => api.throws());
    expect(thrown.ok).toBe(false);
    if (!thrown.ok) {
      expect(thrown.error.code).toBe('INTERNAL');
      expect(thrown.error.message).toContain('boom');
    }
  });

  it('reports a crashed worker as WORKER_CRASHED and restarts on the next call', async () => {
    const s = makeSpawn();
    let last: Worker | null = null;
    const bridge = new WorkerBridge<TestApi>(() => (last = s.spawn()), 'test');
    const pending = bridge.call((api) => api.hang());
    await new Promise((r) => setTimeout(r, 5));
    last!.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    const r = await pending;
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('WORKER_CRASHED');
      expect(r.error.message).toContain('out of memory');
    }
    expect(await bridge.call((api) => api.id())).toEqual({ ok: true, value: 2 });
  });

  it('does not start a worker for a call whose signal is already aborted', async () => {
    const s = makeSpawn();
    const bridge = new WorkerBridge<TestApi>(s.spawn, 'test');
    const ac = new AbortController();
    ac.abort();
    const r = await bridge.call((api) => api.id(), ac.signal);
    expect(r.ok).toBe(false);
    expect(s.started()).toBe(0);
  });
});

describe('WorkerPool', () => {
  it('runs jobs on distinct workers in parallel and queues the rest', async () => {
    const s = makeSpawn();
    const pool = new WorkerPool<TestApi>(s.spawn, 2, 'pool');
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => pool.run((api) => api.id())));
    const ids = results.map((r) => (r.ok ? r.value : -1));
    expect(new Set(ids)).toEqual(new Set([1, 2]));
    expect(s.started()).toBe(2);
  });

  it('cancels a queued job without running it, and a running job by restarting only its worker', async () => {
    const s = makeSpawn();
    const pool = new WorkerPool<TestApi>(s.spawn, 1, 'pool');
    const ac = new AbortController();
    const running = pool.run((api) => api.hang(), ac.signal);
    const queued = pool.run((api) => api.id(), ac.signal);
    await new Promise((r) => setTimeout(r, 5));
    expect(s.started()).toBe(1);
    ac.abort();
    const [a, b] = await Promise.all([running, queued]);
    expect(a.ok || a.error.code).toBe('ABORTED');
    expect(b.ok || b.error.code).toBe('ABORTED');
    expect(await pool.run((api) => api.id())).toEqual({ ok: true, value: 2 });
  });
});
