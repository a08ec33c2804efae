import { useId, useState } from 'react';
import type { StreamView, WindowUnit } from '../../../workers/api.ts';
import { InfoTip } from '../../components/InfoTip.tsx';
import { WINDOW_LENGTHS, windowName } from './streamFormat.ts';

const UNITS: readonly WindowUnit[] = ['minute', 'hour', 'day'];

/** The window the charts show, its unit, the cloud's words, and the scoring budget. */
export function ViewControls({
  view,
  setView,
}: {
  view: StreamView;
  setView: (v: Partial<StreamView>) => void;
}) {
  const id = useId();
  const [budget, setBudget] = useState(
    view.maxPostsPerSecond === null ? '' : String(view.maxPostsPerSecond),
  );
  const budgetValue = budget.trim() === '' ? null : Number(budget);
  const budgetOk =
    budgetValue === null ||
    (Number.isInteger(budgetValue) && budgetValue >= 1 && budgetValue <= 1_000_000);
  return (
    <div className="row stream-controls" data-testid="view-controls">
      <div role="radiogroup" aria-label="Window" className="row" style={{ gap: '0.4rem' }}>
        {WINDOW_LENGTHS.map((len, i) => (
          <label key={len} className="row" style={{ gap: '0.2rem' }}>
            <input
              type="radio"
              name={`${id}-window`}
              checked={view.window === i}
              onChange={() => setView({ window: i })}
            />
            {windowName(len, view.unit)}
          </label>
        ))}
      </div>
      <label className="row" htmlFor={`${id}-unit`} style={{ gap: '0.3rem' }}>
        Windows in
        <select
          id={`${id}-unit`}
          value={view.unit}
          onChange={(e) => setView({ unit: e.target.value as WindowUnit })}
          data-testid="window-unit"
        >
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {u}s
            </option>
          ))}
        </select>
        <InfoTip text="Windows are of stream time: the posts’ own times. Minutes suit a live feed; a replayed dataset with posts hours apart reads better in hours or days. Changing the unit starts the windows again." />
      </label>
      <label className="row" htmlFor={`${id}-cloud`} style={{ gap: '0.3rem' }}>
        Cloud of
        <select
          id={`${id}-cloud`}
          value={view.cloud}
          onChange={(e) => setView({ cloud: e.target.value as StreamView['cloud'] })}
        >
          <option value="words">words</option>
          <option value="hashtags">hashtags</option>
        </select>
      </label>
      <label className="row" htmlFor={`${id}-budget`} style={{ gap: '0.3rem' }}>
        Score at most
        <input
          id={`${id}-budget`}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          placeholder="no limit"
          style={{ width: '7rem' }}
          value={budget}
          aria-invalid={!budgetOk}
          data-testid="scoring-budget"
          onChange={(e) => {
            setBudget(e.target.value);
            const v = e.target.value.trim() === '' ? null : Number(e.target.value);
            if (v === null || (Number.isInteger(v) && v >= 1 && v <= 1_000_000))
              setView({ maxPostsPerSecond: v });
          }}
        />
        posts/s
        <InfoTip text="Leave empty to score every post the worker can keep up with. With a limit, a uniform sample of the posts is scored and the rest are counted as dropped (so a busy feed costs less)." />
      </label>
    </div>
  );
}
