import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  ReplayPlan,
  ReplaySpeed,
  StreamWorkerApi,
  WindowUnit,
} from '../../../workers/api.ts';
import { analysis, type RequestOf } from '../../engine/index.ts';
import { feedReplay, stream } from '../../engine/streamEngine.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import type { StreamSession } from './useStreamSession.ts';

/** The speed a replay starts at: a unit of stream time per wall second, or 100 posts/s without times. */
function defaultSpeed(plan: ReplayPlan): ReplaySpeed {
  if (!plan.timed) return { kind: 'rate', postsPerSecond: 100 };
  const factor: Record<WindowUnit, number> = { minute: 60, hour: 3600, day: 86_400 };
  return { kind: 'multiplier', factor: factor[plan.suggestedUnit] };
}

export interface Replay {
  readonly plan: ReplayPlan | null;
  readonly planError: AppError | null;
  readonly speed: ReplaySpeed | null;
  start: (from?: number) => Promise<void>;
  pause: () => void;
  resume: () => void;
  setSpeed: (speed: ReplaySpeed) => void;
  /** Seeks to a time (a timed dataset) or a position (one without times). */
  seek: (to: number) => Promise<void>;
}

/**
 * Replaying the active dataset: its plan from the analysis worker, starting the replay in the
 * stream worker, and feeding it rows until it stops or the view closes.
 */
export function useReplay(
  session: StreamSession,
  version: string,
  hasDataset: boolean,
  replaying: boolean,
): Replay {
  const [speed, setSpeedState] = useState<ReplaySpeed | null>(null);
  const feeder = useRef<AbortController | null>(null);
  const { act, setView } = session;

  // Another dataset (or none): the rows being fed stop, and the new one's plan is asked.
  useEffect(() => {
    feeder.current?.abort();
  }, [version, hasDataset]);
  const { value: plan, error: planError } = useWorkerAnswer(
    `${version}|${hasDataset}`,
    () => analysis('streamReplayPlan', {}),
    {
      enabled: hasDataset,
      onAnswer: (r) => {
        if (r.ok) setSpeedState(defaultSpeed(r.value));
      },
    },
  );

  useEffect(() => () => feeder.current?.abort(), []);

  const start = useCallback(
    async (from = 0) => {
      if (!plan || !speed) return;
      feeder.current?.abort();
      setView({ unit: plan.suggestedUnit });
      const r = await act(() => stream('streamReplayStart', { plan, speed, from }));
      if (!r.ok) return;
      const ac = new AbortController();
      feeder.current = ac;
      const fed = await feedReplay(from, r.value.fields, ac.signal);
      if (!fed.ok && !ac.signal.aborted) void act(async () => fed);
    },
    [plan, speed, act, setView],
  );

  const control = useCallback(
    (request: RequestOf<StreamWorkerApi['streamReplayControl']>) =>
      void act(() => stream('streamReplayControl', request)),
    [act],
  );

  const setSpeed = useCallback(
    (next: ReplaySpeed) => {
      setSpeedState(next);
      if (replaying) control({ action: 'speed', speed: next });
    },
    [replaying, control],
  );

  const seek = useCallback(
    async (to: number) => {
      if (!plan) return;
      if (!plan.timed) return control({ action: 'seek', index: Math.round(to), timeMs: NaN });
      const at = await act(() => analysis('streamReplaySeek', { timeMs: to }));
      if (at.ok) control({ action: 'seek', index: at.value.index, timeMs: to });
    },
    [plan, act, control],
  );

  return {
    plan,
    planError,
    speed,
    start,
    pause: () => control({ action: 'pause' }),
    resume: () => control({ action: 'play' }),
    setSpeed,
    seek,
  };
}
