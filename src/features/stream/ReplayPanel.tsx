import { useEffect, useId, useRef, useState } from 'react';
import type { ReplaySpeed, ReplayStatus } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { streamTime } from './streamFormat.ts';
import type { Replay } from './useReplay.ts';

const MULTIPLIERS: readonly { factor: number; label: string }[] = [
  { factor: 1, label: 'real time (1×)' },
  { factor: 60, label: 'a minute per second (60×)' },
  { factor: 600, label: '10 minutes per second (600×)' },
  { factor: 3600, label: 'an hour per second (3,600×)' },
  { factor: 86_400, label: 'a day per second (86,400×)' },
  { factor: 604_800, label: 'a week per second (604,800×)' },
];
const RATES = [10, 100, 1000, 5000, 20_000];

const speedKey = (s: ReplaySpeed): string =>
  s.kind === 'multiplier' ? `x${s.factor}` : `r${s.postsPerSecond}`;
const speedOf = (key: string): ReplaySpeed =>
  key.startsWith('x')
    ? { kind: 'multiplier', factor: Number(key.slice(1)) }
    : { kind: 'rate', postsPerSecond: Number(key.slice(1)) };

/** Play the active dataset as a stream: speed, play and pause, and a slider over its time span to seek. */
export function ReplayPanel({
  replay,
  status,
  hasDataset,
}: {
  replay: Replay;
  status: ReplayStatus | null;
  hasDataset: boolean;
}) {
  const id = useId();
  const { plan, speed } = replay;
  const [drag, setDrag] = useState<number | null>(null);
  const seekTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(seekTimer.current ?? undefined), []);
  if (!hasDataset)
    return (
      <p className="empty">
        No dataset is loaded: import a CSV or try the sample dataset (top right), then replay it
        here as a live stream.
      </p>
    );
  if (replay.planError) return <ErrorBanner error={replay.planError} testId="replay-error" />;
  if (!plan || !speed) return <p className="muted">Ordering the posts by time…</p>;

  const timed = plan.timed;
  const min = timed ? plan.startMs : 0;
  const max = timed ? plan.endMs : plan.rows;
  const current = status ? (timed ? status.timeMs : status.position) : min;
  const shown = drag ?? current;
  const onSlide = (v: number) => {
    setDrag(v);
    clearTimeout(seekTimer.current ?? undefined);
    // seek once the slider rests, not at every step of a drag
    seekTimer.current = setTimeout(() => void replay.seek(v).then(() => setDrag(null)), 150);
  };
  const playing = status?.state === 'playing';
  return (
    <div className="stack" style={{ gap: '0.6rem' }} data-testid="replay-panel">
      <p className="muted" style={{ margin: 0 }}>
        {formatInt(plan.rows)} posts of the active dataset{' '}
        {timed
          ? `in time order (“${plan.timeColumn}”), ${streamTime(plan.startMs, 'hour')} to ${streamTime(plan.endMs, 'hour')}`
          : 'in file order (no timestamp column)'}
        {plan.withoutTime > 0 &&
          `; ${formatInt(plan.withoutTime)} without a readable time are left out`}
        .
      </p>
      <div className="row">
        {!status || status.state === 'ended' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void replay.start(0)}
            data-testid="replay-play"
          >
            {status?.state === 'ended' ? 'Play again' : 'Play'}
          </button>
        ) : playing ? (
          <button
            type="button"
            className="button"
            onClick={replay.pause}
            data-testid="replay-pause"
          >
            Pause
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={replay.resume}
            data-testid="replay-resume"
          >
            Resume
          </button>
        )}
        <label className="row" htmlFor={`${id}-speed`} style={{ gap: '0.3rem' }}>
          Speed
          <select
            id={`${id}-speed`}
            value={speedKey(speed)}
            onChange={(e) => replay.setSpeed(speedOf(e.target.value))}
            data-testid="replay-speed"
          >
            {timed && (
              <optgroup label="Times of the posts">
                {MULTIPLIERS.map((m) => (
                  <option key={m.factor} value={`x${m.factor}`}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Posts per second">
              {RATES.map((r) => (
                <option key={r} value={`r${r}`}>
                  {formatInt(r)} posts/s
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {status && (
          <span className="muted" data-testid="replay-position">
            {status.state === 'ended' ? 'Ended' : playing ? 'Playing' : 'Paused'} · post{' '}
            {formatInt(status.position)} of {formatInt(status.total)}
            {timed && ` · ${streamTime(status.timeMs, 'minute')}`}
          </span>
        )}
      </div>
      <label className="field" htmlFor={`${id}-seek`}>
        <span className="muted">
          {timed ? 'Position in time (drag to seek)' : 'Position (drag to seek)'}
        </span>
        <input
          id={`${id}-seek`}
          type="range"
          min={min}
          max={max}
          step={timed ? Math.max(1, Math.round((max - min) / 1000)) : 1}
          value={Math.min(max, Math.max(min, shown))}
          disabled={!status}
          onChange={(e) => onSlide(Number(e.target.value))}
          aria-valuetext={timed ? streamTime(shown, 'minute') : `post ${formatInt(shown)}`}
          data-testid="replay-seek"
        />
      </label>
    </div>
  );
}
