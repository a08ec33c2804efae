/**
 * The stream's worker and the replay's plumbing. The stream runs in a worker of its own (its
 * socket, clock, scoring and windows), started on first use; stopping it terminates the worker,
 * which closes any socket at once. A replay's rows go from the analysis worker (which owns the
 * dataset) to the stream worker a chunk at a time, as fast as the stream worker asks for them.
 */
import type { ReplayChunk, Result, StreamWorkerApi } from '../../workers/api.ts';
import {
  invoke,
  type CallOptions,
  type ProgressOf,
  type RequestOf,
  type ValueOf,
} from './calls.ts';
import { analysis } from './index.ts';
import { WorkerBridge } from './workerBridge.ts';

const streamBridge = new WorkerBridge<StreamWorkerApi>(
  () =>
    new Worker(new URL('../../workers/stream.worker.ts', import.meta.url), {
      type: 'module',
      name: 'murmur-stream',
    }),
  'stream',
);

/** Runs a job in the stream worker. */
export function stream<K extends keyof StreamWorkerApi>(
  method: K,
  request: RequestOf<StreamWorkerApi[K]>,
  options: CallOptions<ProgressOf<StreamWorkerApi[K]>> = {},
): Promise<Result<ValueOf<StreamWorkerApi[K]>>> {
  return streamBridge.call((remote) => invoke(remote, method, request, options), options.signal);
}

/** Ends the stream worker now (and with it any connection); the next call starts a fresh one. */
export function stopStreamWorker(): void {
  streamBridge.terminate();
}

/** Rows per chunk: about 0.5 MB of text, one short message each way. */
const REPLAY_CHUNK_ROWS = 2000;

/** The two calls a replay's feeding makes, for tests to replace. */
export interface ReplayCalls {
  rows(from: number, fields: readonly string[]): Promise<Result<ReplayChunk>>;
  feed(chunk: ReplayChunk): Promise<Result<{ readonly next: number }>>;
}

const workerCalls: ReplayCalls = {
  // without a signal: cancelling would terminate the analysis worker and drop the dataset's caches
  rows: (from, fields) => analysis('streamReplayRows', { from, limit: REPLAY_CHUNK_ROWS, fields }),
  feed: (chunk) => stream('streamReplayFeed', { chunk }, { transfer: [chunk.times.buffer] }),
};

/**
 * Feeds the running replay from position `from` until it stops (resolves ok) or `signal` is
 * aborted: fetches the rows it asks for from the analysis worker and hands them over. A failure
 * to read rows ends it with that failure.
 */
export async function feedReplay(
  from: number,
  fields: readonly string[],
  signal: AbortSignal,
  calls: ReplayCalls = workerCalls,
): Promise<Result<true>> {
  let next = from;
  while (!signal.aborted) {
    const chunk = await calls.rows(next, fields);
    if (signal.aborted) break;
    if (!chunk.ok) return chunk;
    const wanted = await calls.feed(chunk.value);
    if (!wanted.ok) return wanted.error.code === 'ABORTED' ? { ok: true, value: true } : wanted;
    next = wanted.value.next;
  }
  return { ok: true, value: true };
}
