import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../workers/api.ts';

export type JobStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface JobState<T, P> {
  readonly status: JobStatus;
  readonly progress: P | null;
  readonly value: T | null;
  readonly error: AppError | null;
}

export interface JobControls<T, P> extends JobState<T, P> {
  /** Starts the job; a job already running is cancelled first. Resolves with the job's Result. */
  run: (
    job: (opts: { signal: AbortSignal; onProgress: (p: P) => void }) => Promise<Result<T>>,
  ) => Promise<Result<T>>;
  cancel: () => void;
  reset: () => void;
}

const IDLE = { status: 'idle', progress: null, value: null, error: null } as const;

/** Runs one cancellable worker job at a time and tracks its progress, value and error for a view. */
export function useJob<T, P = unknown>(): JobControls<T, P> {
  const [state, setState] = useState<JobState<T, P>>(IDLE);
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback<JobControls<T, P>['run']>(async (job) => {
    current.current?.abort();
    const ac = new AbortController();
    current.current = ac;
    setState((s) => ({ status: 'running', progress: null, value: s.value, error: null }));
    const r = await job({
      signal: ac.signal,
      onProgress: (p) => {
        if (current.current === ac) setState((s) => ({ ...s, progress: p }));
      },
    });
    if (current.current !== ac) return r;
    current.current = null;
    if (r.ok) setState({ status: 'done', progress: null, value: r.value, error: null });
    else if (r.error.code === 'ABORTED')
      setState((s) => ({ status: 'cancelled', progress: null, value: s.value, error: null }));
    else setState((s) => ({ status: 'error', progress: null, value: s.value, error: r.error }));
    return r;
  }, []);

  const cancel = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState(IDLE);
  }, []);

  return { ...state, run, cancel, reset };
}
