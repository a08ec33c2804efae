import { useId, useState } from 'react';
import type { SentimentThresholds } from '../../../workers/api.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

/** The compound cut-offs for the labels; applied when valid (-1 ≤ negative ≤ positive ≤ 1). */
export function ThresholdControls({
  value,
  onChange,
}: {
  value: SentimentThresholds;
  onChange: (t: SentimentThresholds) => void;
}) {
  const [draft, setDraft] = useState({
    positive: String(value.positive),
    negative: String(value.negative),
  });
  const posId = useId();
  const negId = useId();
  const pos = Number(draft.positive);
  const neg = Number(draft.negative);
  const valid =
    draft.positive.trim() !== '' &&
    draft.negative.trim() !== '' &&
    Number.isFinite(pos) &&
    Number.isFinite(neg) &&
    neg >= -1 &&
    pos <= 1 &&
    neg <= pos;
  const update = (next: { positive: string; negative: string }) => {
    setDraft(next);
    const p = Number(next.positive);
    const n = Number(next.negative);
    if (
      next.positive.trim() !== '' &&
      next.negative.trim() !== '' &&
      Number.isFinite(p) &&
      Number.isFinite(n) &&
      n >= -1 &&
      p <= 1 &&
      n <= p
    )
      onChange({ positive: p, negative: n });
  };
  return (
    <div className="row" role="group" aria-label="Label thresholds" data-testid="thresholds">
      <div className="field">
        <label htmlFor={posId}>Positive when compound ≥</label>
        <input
          id={posId}
          type="number"
          step={0.01}
          min={-1}
          max={1}
          value={draft.positive}
          onChange={(e) => update({ ...draft, positive: e.target.value })}
          aria-invalid={!valid}
          style={{ width: '6rem' }}
        />
      </div>
      <div className="field">
        <label htmlFor={negId}>Negative when compound ≤</label>
        <input
          id={negId}
          type="number"
          step={0.01}
          min={-1}
          max={1}
          value={draft.negative}
          onChange={(e) => update({ ...draft, negative: e.target.value })}
          aria-invalid={!valid}
          style={{ width: '6rem' }}
        />
      </div>
      <InfoTip text="VADER's authors recommend ±0.05. Widen the neutral band to count only clearly positive or negative posts. Changing the thresholds recounts without rescoring." />
      <button
        type="button"
        className="button button--small"
        onClick={() => update({ positive: '0.05', negative: '-0.05' })}
      >
        Reset to ±0.05
      </button>
      {!valid && (
        <span className="muted" role="alert">
          Use numbers with -1 ≤ negative ≤ positive ≤ 1.
        </span>
      )}
    </div>
  );
}
