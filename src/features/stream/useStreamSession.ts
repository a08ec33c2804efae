import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  Result,
  StreamSnapshot,
  StreamView,
  WordCloudLayout,
} from '../../../workers/api.ts';
import { stopStreamWorker, stream } from '../../engine/streamEngine.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';

const INITIAL_VIEW: StreamView = {
  window: 0,
  cloud: 'words',
  unit: 'minute',
  maxPostsPerSecond: null,
};

export interface StreamSession {
  /** The latest snapshot, or null before the first. */
  readonly snapshot: StreamSnapshot | null;
  /** The latest cloud layout (snapshots carry one only when it changed). */
  readonly cloud: WordCloudLayout | null;
  readonly view: StreamView;
  setView: (change: Partial<StreamView>) => void;
  /** A failure of the last action, to show; cleared by the next one. */
  readonly error: AppError | null;
  /** Runs an action in the stream worker, keeping its failure for the banner. */
  act: <T>(run: () => Promise<Result<T>>) => Promise<Result<T>>;
  clearError: () => void;
}

/**
 * The view's link to the stream worker: watches it while mounted (a snapshot every 60–80 ms)
 * and stops it on unmount, which closes any connection: nothing streams while the view is closed.
 */
export function useStreamSession(): StreamSession {
  const [snapshot, setSnapshot] = useState<StreamSnapshot | null>(null);
  const [cloud, setCloud] = useState<WordCloudLayout | null>(null);
  const [view, setViewState] = useState<StreamView>(INITIAL_VIEW);
  const [error, setError] = useState<AppError | null>(null);
  const viewRef = useRef(view);

  // Watches the stream worker while mounted; snapshots that arrive after unmounting are dropped.
  useWorkerAnswer(
    'watch',
    (wanted) =>
      stream(
        'streamWatch',
        { view: viewRef.current },
        {
          onProgress: (s) => {
            if (!wanted()) return;
            // A transition: React renders the dashboard in slices between other work (no long
            // task on a busy machine), and a newer snapshot replaces one not yet drawn.
            startTransition(() => {
              setSnapshot(s);
              if (s.cloud) setCloud(s.cloud);
            });
          },
        },
      ),
    {
      onAnswer: (r) => {
        if (!r.ok && r.error.code !== 'ABORTED') setError(r.error);
      },
    },
  );
  // Nothing streams while the view is closed: stopping the worker closes any connection.
  useEffect(() => stopStreamWorker, []);

  const setView = useCallback((change: Partial<StreamView>) => {
    const next = { ...viewRef.current, ...change };
    viewRef.current = next;
    setViewState(next);
    void stream('streamSetView', { view: next });
  }, []);

  const act = useCallback(async <T>(run: () => Promise<Result<T>>): Promise<Result<T>> => {
    setError(null);
    const r = await run();
    if (!r.ok && r.error.code !== 'ABORTED') setError(r.error);
    return r;
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { snapshot, cloud, view, setView, error, act, clearError };
}
