import { useId } from 'react';
import type { SentimentSummary, SentimentTimeUnit } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LinePlot } from '../../components/charts/LinePlot.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS, sentimentMethod } from './labels.ts';

const UNITS: readonly (SentimentTimeUnit | 'auto')[] = ['auto', 'hour', 'day', 'week', 'month'];

function formatStart(ms: number, unit: SentimentTimeUnit): string {
  const iso = new Date(ms).toISOString();
  if (unit === 'hour') return `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00`;
  if (unit === 'month') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

export interface SentimentOverTimeProps {
  summary: SentimentSummary;
  unit: SentimentTimeUnit | 'auto';
  onUnit: (unit: SentimentTimeUnit | 'auto') => void;
}

/** Posts per label in each hour, day, week or month (UTC), a line per label. */
export function SentimentOverTime({ summary, unit, onUnit }: SentimentOverTimeProps) {
  const selectId = useId();
  const t = summary.overTime;
  const x = t ? t.buckets.map((b) => b.start) : [];
  // About six period starts labelled on the axis (dates are wide).
  const xTicks = x.filter((_, i) => i % Math.max(1, Math.ceil(x.length / 6)) === 0);
  return (
    <ChartCard
      wide
      title="Sentiment over time"
      method={sentimentMethod(summary)}
      info="Posts per label in each period (UTC; weeks start on Monday). The period is chosen from the time span unless you pick one."
      empty={
        t
          ? null
          : 'No timestamp column: map the column with the post time to the role "timestamp" in the Dataset view.'
      }
      testId="sentiment-over-time"
      actions={
        t && (
          <label className="row" htmlFor={selectId}>
            Period
            <select
              id={selectId}
              value={unit}
              onChange={(e) => onUnit(e.target.value as SentimentTimeUnit | 'auto')}
              data-testid="time-unit"
            >
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u === 'auto' ? `auto (${t.auto ? t.unit : 'from the span'})` : u}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      {t && (
        <>
          <p className="muted">
            Per {t.unit} of {t.column}
            {t.undated > 0
              ? ` · ${formatInt(t.undated)} posts without a readable time are left out`
              : ''}
          </p>
          <LinePlot
            x={x}
            series={LABELS.map((l) => ({
              name: LABEL_NAME[l],
              colour: LABEL_COLOUR[l],
              y: t.buckets.map((b) => b[l]),
            }))}
            xTicks={xTicks}
            formatX={(ms) => formatStart(ms, t.unit)}
            formatY={formatInt}
            includeZero
            xLabel={`Start of each ${t.unit} (UTC)`}
            ariaLabel="Posts per label over time"
          />
        </>
      )}
    </ChartCard>
  );
}
