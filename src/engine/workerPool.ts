import type * as Comlink from 'comlink';
import type { Result } from '../../workers/api.ts';
import { aborted } from './errors.ts';
import { WorkerBridge } from './workerBridge.ts';

/** Pool size: one worker per logical core, at least 1, at most 8. */
export function defaultPoolSize(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(8, Number.isFinite(n) && n > 0 ? n : 2));
}

interface Waiter {
  readonly start: (bridge: WorkerBridge<object>) => void;
  readonly signal: AbortSignal | undefined;
  readonly cancel: () => void;
}

/**
 * A fixed set of lazily started workers running one job each at a time; jobs queue in order.
 * Aborting a job terminates only the worker running it (it is restarted on its next job).
 */
export class WorkerPool<Api extends object> {
  private readonly bridges: WorkerBridge<Api>[];
  private readonly idle: WorkerBridge<Api>[];
  private readonly queue: Waiter[] = [];

  constructor(spawn: () => Worker, size: number, label: string) {
    this.bridges = Array.from(
      { length: Math.max(1, size) },
      (_, i) => new WorkerBridge<Api>(spawn, `${label} ${i + 1}`),
    );
    this.idle = [...this.bridges];
  }

  get size(): number {
    return this.bridges.length;
  }

  /** Runs a job on the next free worker. */
  async run<T>(
    job: (api: Comlink.Remote<Api>, workerIndex: number) => Promise<Result<T>>,
    signal?: AbortSignal,
  ): Promise<Result<T>> {
    if (signal?.aborted) return aborted();
    const bridge = await this.acquire(signal);
    if (!bridge) return aborted();
    try {
      return await bridge.call((api) => job(api, this.bridges.indexOf(bridge)), signal);
    } finally {
      this.release(bridge);
    }
  }

  /** Stops every worker (they restart lazily). */
  terminateAll(): void {
    for (const b of this.bridges) b.terminate();
  }

  private acquire(signal: AbortSignal | undefined): Promise<WorkerBridge<Api> | null> {
    const free = this.idle.shift();
    if (free) return Promise.resolve(free);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        signal,
        start: (b) => {
          signal?.removeEventListener('abort', waiter.cancel);
          resolve(b as unknown as WorkerBridge<Api>);
        },
        cancel: () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(null);
        },
      };
      signal?.addEventListener('abort', waiter.cancel, { once: true });
      this.queue.push(waiter);
    });
  }

  private release(bridge: WorkerBridge<Api>): void {
    const next = this.queue.shift();
    if (next) next.start(bridge as unknown as WorkerBridge<object>);
    else this.idle.push(bridge);
  }
}
