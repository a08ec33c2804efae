import { useEffect, useRef } from 'react';
import { focusIsLost } from '../shared/focus.ts';

export interface ProgressBarProps {
  label: string;
  /** 0..1, or null for an indeterminate bar. */
  fraction: number | null;
  /** A line under the bar, e.g. "12.3 of 40 MB · 51,200 rows". */
  detail?: string;
  onCancel?: () => void;
  testId?: string;
}

export function ProgressBar({ label, fraction, detail, onCancel, testId }: ProgressBarProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that started the job is disabled now: Cancel is the next step, so focus goes there.
  useEffect(() => {
    if (focusIsLost()) cancel.current?.focus();
  }, []);
  const pct = fraction === null ? undefined : Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress__row">
        <span className="progress__label">{label}</span>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel} ref={cancel}>
            Cancel
          </button>
        )}
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div
          className={`progress__fill${pct === undefined ? ' progress__fill--indeterminate' : ''}`}
          style={{ width: pct === undefined ? '30%' : `${pct}%` }}
        />
      </div>
      {detail && <div className="progress__detail">{detail}</div>}
    </div>
  );
}
