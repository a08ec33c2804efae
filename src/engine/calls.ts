import * as Comlink from 'comlink';
import type { ProgressFn, Result } from '../../workers/api.ts';

/** The request type of a worker API method (its first parameter). */
export type RequestOf<M> = M extends (request: infer R, onProgress?: never) => unknown ? R : never;
/** The progress payload a method reports. */
export type ProgressOf<M> = M extends (request: never, onProgress?: ProgressFn<infer P>) => unknown
  ? P
  : never;
/** What a method resolves to when it succeeds. */
export type ValueOf<M> = M extends (...args: never[]) => Promise<Result<infer T>> ? T : never;

export interface CallOptions<P> {
  /** Aborting terminates the worker running the call; the call resolves as ABORTED at once. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: P) => void;
  /** Buffers in the request to move (not copy) to the worker. */
  readonly transfer?: Transferable[];
}

type RawMethod = (request: unknown, onProgress?: unknown) => Promise<Result<unknown>>;

/** Calls `method` on a Comlink remote with the request, forwarding progress through Comlink.proxy. */
export function invoke<Api extends object, K extends keyof Api>(
  remote: Comlink.Remote<Api>,
  method: K,
  request: RequestOf<Api[K]>,
  options: CallOptions<ProgressOf<Api[K]>>,
): Promise<Result<ValueOf<Api[K]>>> {
  const fn = remote[method as unknown as keyof Comlink.Remote<Api>] as unknown as RawMethod;
  const payload =
    options.transfer && options.transfer.length > 0
      ? Comlink.transfer(request, options.transfer)
      : request;
  const progress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
  return fn(payload, progress) as Promise<Result<ValueOf<Api[K]>>>;
}
