import { useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../workers/api.ts';

export interface WorkerAnswer<T> {
  readonly value: T | null;
  readonly error: AppError | null;
  /** False until the answer for the current key has arrived. */
  readonly ready: boolean;
}

/**
 * The answer of a worker call, asked again whenever `key` changes (the key names everything the
 * call depends on). An answer that arrives for an earlier key is dropped.
 */
export function useWorkerAnswer<T>(key: string, ask: () => Promise<Result<T>>): WorkerAnswer<T> {
  const [state, setState] = useState<{
    key: string;
    value: T | null;
    error: AppError | null;
  } | null>(null);
  const askRef = useRef(ask);
  useEffect(() => {
    askRef.current = ask;
  });
  useEffect(() => {
    let live = true;
    void askRef.current().then((r) => {
      if (live) setState({ key, value: r.ok ? r.value : null, error: r.ok ? null : r.error });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key
    ? { value: state.value, error: state.error, ready: true }
    : { value: null, error: null, ready: false };
}
