import { useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../workers/api.ts';

export interface WorkerAnswer<T> {
  readonly value: T | null;
  readonly error: AppError | null;
  /** False until the answer for the current key has arrived. */
  readonly ready: boolean;
}

export interface WorkerAnswerOptions<T> {
  /** False: nothing is asked, and an answer still on its way is dropped. Default true. */
  readonly enabled?: boolean;
  /** Asks only once the key has stayed the same this long, in ms (typing, dragging). Default 0. */
  readonly delayMs?: number;
  /** Keeps showing the last answer (value and error) while a newer key is asked. Default false. */
  readonly keepPrevious?: boolean;
  /** Called with each answer still wanted, as it is shown: for state the view keeps beside it. */
  readonly onAnswer?: (result: Result<T>) => void;
}

/**
 * The answer of a worker call, asked again whenever `key` changes (the key names everything the
 * call depends on). An answer that arrives for an earlier key, or after unmounting, is dropped;
 * the call itself runs to its end, because aborting an engine call terminates its worker.
 * `ask` gets `wanted()`, for a call whose progress callbacks must stop when the answer is dropped.
 */
export function useWorkerAnswer<T>(
  key: string,
  ask: (wanted: () => boolean) => Promise<Result<T>>,
  options: WorkerAnswerOptions<T> = {},
): WorkerAnswer<T> {
  const { enabled = true, delayMs = 0, keepPrevious = false, onAnswer } = options;
  const [state, setState] = useState<{
    key: string;
    value: T | null;
    error: AppError | null;
  } | null>(null);
  // The latest closures: a call asked after a delay uses what the view holds by then.
  const latest = useRef({ ask, onAnswer });
  useEffect(() => {
    latest.current = { ask, onAnswer };
  });
  useEffect(() => {
    if (!enabled) return;
    let wanted = true;
    const askNow = () =>
      void latest.current
        .ask(() => wanted)
        .then((r) => {
          if (!wanted) return;
          latest.current.onAnswer?.(r);
          setState({ key, value: r.ok ? r.value : null, error: r.ok ? null : r.error });
        });
    if (delayMs <= 0) {
      askNow();
      return () => {
        wanted = false;
      };
    }
    const timer = setTimeout(askNow, delayMs);
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
  }, [key, enabled, delayMs]);
  if (state?.key === key) return { value: state.value, error: state.error, ready: true };
  if (keepPrevious && state) return { value: state.value, error: state.error, ready: false };
  return NOT_READY;
}

const NOT_READY = { value: null, error: null, ready: false } as const;
