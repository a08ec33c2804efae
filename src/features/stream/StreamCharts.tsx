/**
 * The live charts, as plain SVG: 60 steps each, redrawn ten times a second without a long task
 * (a recharts chart's first mount alone took 30–150 ms; see README "Where we departed").
 */
import { memo } from 'react';
import type { WindowSeries, WindowUnit } from '../../../workers/api.ts';
import { formatNumber } from '../../shared/format.ts';
import { axisTime, LABEL_COLOURS, LABEL_NAMES, rateUnit } from './streamFormat.ts';

const W = 560;
const H = 190;
const M = { left: 44, right: 10, top: 10, bottom: 24 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** A round upper bound for an axis: 1, 2 or 5 × 10^k. */
function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v)!;
}

/**
 * Bars of the given heights (px) side by side over the plot, as one path (one element to
 * update ten times a second instead of one per bar); `base(i)` lifts bar i (stacking).
 */
function bars(heights: readonly number[], base: (i: number) => number = () => 0, gap = 1): string {
  const bw = PLOT_W / heights.length;
  let d = '';
  heights.forEach((h, i) => {
    if (!(h > 0)) return;
    const x = M.left + i * bw + gap / 2;
    const y = M.top + PLOT_H - base(i) - h;
    d += `M${x.toFixed(1)} ${y.toFixed(1)}h${Math.max(1, bw - gap).toFixed(1)}v${h.toFixed(1)}h${(-Math.max(1, bw - gap)).toFixed(1)}Z`;
  });
  return d;
}

function TimeAxis({ series, unit }: { series: WindowSeries; unit: WindowUnit }) {
  const n = series.posts.length;
  const ticks = [0, Math.floor(n / 2), n];
  return (
    <g fontSize={10} fill="#5c6577">
      {ticks.map((i) => (
        <text
          key={i}
          x={M.left + (i / n) * PLOT_W}
          y={H - 6}
          textAnchor={i === 0 ? 'start' : i === n ? 'end' : 'middle'}
        >
          {axisTime(series.startMs + i * series.stepMs, unit)}
        </text>
      ))}
    </g>
  );
}

export interface ChartProps {
  readonly series: WindowSeries;
  readonly unit: WindowUnit;
}

/** Posts per second (minute windows), per minute (hours) or per hour (days), per step of the window. */
export const VolumeChart = memo(function VolumeChart({ series, unit }: ChartProps) {
  const rate = rateUnit(unit);
  const perStep = series.stepMs / 1000 / rate.seconds;
  const values = series.posts.map((p) => p / perStep);
  const top = niceMax(Math.max(...values));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={`Posts per ${rate.name} over the window`}
      style={{ display: 'block' }}
    >
      <g fontSize={10} fill="#5c6577">
        {[0, top / 2, top].map((t) => (
          <g key={t}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={M.top + PLOT_H - (t / top) * PLOT_H}
              y2={M.top + PLOT_H - (t / top) * PLOT_H}
              stroke="#e9ecef"
            />
            <text x={M.left - 4} y={M.top + PLOT_H - (t / top) * PLOT_H + 3} textAnchor="end">
              {formatNumber(t, 2)}
            </text>
          </g>
        ))}
      </g>
      <path
        d={bars(values.map((v) => (v / top) * PLOT_H))}
        fill="#3b5bdb"
        data-testid="volume-bars"
      />
      <TimeAxis series={series} unit={unit} />
    </svg>
  );
});

/** Mean VADER compound per step (line, −1..1) over the share of each label (stacked bands). */
export const SentimentChart = memo(function SentimentChart({ series, unit }: ChartProps) {
  const n = series.posts.length;
  const bw = PLOT_W / n;
  const y = (v: number) => M.top + ((1 - v) / 2) * PLOT_H;
  const shares = [series.negative, series.neutral, series.positive];
  let path = '';
  series.compound.forEach((c, i) => {
    if (!Number.isFinite(c)) return;
    const x = (M.left + (i + 0.5) * bw).toFixed(1);
    path += `${path === '' || !Number.isFinite(series.compound[i - 1]!) ? 'M' : 'L'}${x} ${y(c).toFixed(1)}`;
  });
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label="Mean sentiment and label shares over the window"
      style={{ display: 'block' }}
    >
      <g opacity={0.28}>
        {shares.map((share, k) => (
          <path
            key={k}
            d={bars(
              share.map((v) => v * PLOT_H),
              (i) => shares.slice(0, k).reduce((a, s) => a + s[i]! * PLOT_H, 0),
              0,
            )}
            fill={LABEL_COLOURS[k]}
          />
        ))}
      </g>
      <g fontSize={10} fill="#5c6577">
        {[1, 0, -1].map((t) => (
          <g key={t}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(t)}
              y2={y(t)}
              stroke="#dee2e6"
              strokeDasharray={t === 0 ? undefined : '3 3'}
            />
            <text x={M.left - 4} y={y(t) + 3} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
      </g>
      <path d={path} fill="none" stroke="#1d2433" strokeWidth={2} data-testid="compound-line" />
      <TimeAxis series={series} unit={unit} />
    </svg>
  );
});

export function SentimentLegend() {
  return (
    <div className="row stream-legend" aria-hidden="true">
      <span>
        <i style={{ background: '#1d2433' }} /> mean compound
      </span>
      {LABEL_NAMES.map((name, k) => (
        <span key={name}>
          <i style={{ background: LABEL_COLOURS[k], opacity: 0.5 }} /> {name} share
        </span>
      ))}
    </div>
  );
}
