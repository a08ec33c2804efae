import * as Comlink from 'comlink';
import type { Result } from '../../workers/api.ts';
import { aborted, crashed, fromRemoteRejection } from './errors.ts';

/**
 * One worker, started on first use. Aborting a call terminates the worker at once (the only way to
 * stop synchronous work in it) and the next call starts a fresh one. Calls still in flight on a
 * terminated worker resolve as ABORTED instead of hanging.
 * Learned from Squoosh's worker-bridge.
 */
export class WorkerBridge<Api extends object> {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<Api> | null = null;
  /** Resolves with a failure when the current worker dies or is terminated. */
  private ended: Promise<Result<never>> | null = null;
  private endCurrent: ((r: Result<never>) => void) | null = null;
  private inFlight = 0;
  /** How many workers this bridge has started (for diagnostics and tests). */
  generation = 0;

  constructor(
    private readonly spawn: () => Worker,
    readonly label: string,
  ) {}

  get busy(): boolean {
    return this.inFlight > 0;
  }

  get running(): boolean {
    return this.worker !== null;
  }

  async call<T>(
    run: (api: Comlink.Remote<Api>) => Promise<Result<T>>,
    signal?: AbortSignal,
  ): Promise<Result<T>> {
    if (signal?.aborted) return aborted();
    const { remote, ended } = this.start();
    let onAbort: (() => void) | undefined;
    const abortedP = new Promise<Result<T>>((resolve) => {
      onAbort = () => {
        this.terminate();
        resolve(aborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    this.inFlight++;
    try {
      const work = run(remote).catch((e: unknown): Result<T> => ({
        ok: false,
        error: fromRemoteRejection(e),
      }));
      return await Promise.race([work, abortedP, ended as Promise<Result<T>>]);
    } finally {
      this.inFlight--;
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Stops the worker now; in-flight calls resolve as ABORTED. */
  terminate(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.remote?.[Comlink.releaseProxy]();
    this.endCurrent?.(aborted());
    this.worker = null;
    this.remote = null;
    this.ended = null;
    this.endCurrent = null;
  }

  private start(): { remote: Comlink.Remote<Api>; ended: Promise<Result<never>> } {
    if (this.worker && this.remote && this.ended) return { remote: this.remote, ended: this.ended };
    const worker = this.spawn();
    this.generation++;
    this.ended = new Promise((resolve) => {
      this.endCurrent = resolve;
    });
    const onCrash = (detail: string) => {
      if (this.worker !== worker) return;
      this.endCurrent?.(crashed(this.label, detail));
      this.worker.terminate();
      this.worker = null;
      this.remote = null;
      this.ended = null;
      this.endCurrent = null;
    };
    worker.addEventListener('error', (ev) => onCrash(ev.message ?? ''));
    worker.addEventListener('messageerror', () => onCrash('a message could not be read'));
    this.worker = worker;
    this.remote = Comlink.wrap<Api>(worker);
    return { remote: this.remote, ended: this.ended };
  }
}
