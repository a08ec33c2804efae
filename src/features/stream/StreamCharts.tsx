/**
 * The live charts, as plain SVG: 60 steps each, redrawn ten times a second without a long task
 * (a recharts chart's first mount alone took 30–150 ms; see README "Where we departed").
 */
import { memo } from 'react';
import { heightFor, useChartWidth } from '../../components/charts/useChartWidth.ts';
import { fitTicks, MIN_FONT_PX } from '../../components/charts/ticks.ts';
import { AXIS_TEXT, GRID_LINE, SERIES_COLOUR } from '../../shared/palette.ts';
import type { LanguageMix, WindowSeries, WindowUnit } from '../../../workers/api.ts';
import { formatNumber } from '../../shared/format.ts';
import {
  axisTime,
  LABEL_COLOURS,
  LABEL_NAMES,
  languageColour,
  rateUnit,
  UNSCORED_COLOUR,
  UNSCORED_NAME,
} from './streamFormat.ts';
import { ChartSvg } from '../../components/charts/ChartSvg.tsx';

const M = { left: 44, right: 10, top: 10, bottom: 24 };

/** The chart's size at its measured width: one viewBox unit per CSS px, so labels stay 11 px. */
interface Frame {
  readonly W: number;
  readonly H: number;
  readonly PLOT_W: number;
  readonly PLOT_H: number;
}

function useFrame() {
  const { ref, width, measured } = useChartWidth<SVGSVGElement>(560);
  const H = heightFor(width, 190);
  const frame: Frame = {
    W: width,
    H,
    PLOT_W: width - M.left - M.right,
    PLOT_H: H - M.top - M.bottom,
  };
  return { ref, frame, measured };
}

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
function bars(
  { PLOT_W, PLOT_H }: Frame,
  heights: readonly number[],
  base: (i: number) => number = () => 0,
  gap = 1,
): string {
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

function TimeAxis({
  series,
  unit,
  frame,
}: {
  /** Where the steps start and how long each is; `steps` defaults to the series' own. */
  series: Pick<WindowSeries, 'startMs' | 'stepMs'> & { readonly posts: { length: number } };
  unit: WindowUnit;
  frame: Frame;
}) {
  const n = series.posts.length;
  const labels = fitTicks(
    [0, Math.floor(n / 2), n],
    (i) => M.left + (i / n) * frame.PLOT_W,
    (i) => axisTime(series.startMs + i * series.stepMs, unit),
    frame.W,
  );
  return (
    <g fontSize={MIN_FONT_PX} fill={AXIS_TEXT}>
      {labels.map((t) => (
        <text key={t.value} x={t.x} y={frame.H - 6} textAnchor={t.anchor}>
          {t.label}
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
  const { ref, frame, measured } = useFrame();
  const { W, H, PLOT_H } = frame;
  return (
    <ChartSvg
      svgRef={ref}
      width={W}
      height={H}
      ariaLabel={`Posts per ${rate.name} over the window`}
    >
      {measured && (
        <>
          <CountGrid top={top} frame={frame} />
          <path
            d={bars(
              frame,
              values.map((v) => (v / top) * PLOT_H),
            )}
            fill={SERIES_COLOUR.primary}
            data-testid="volume-bars"
          />
          <TimeAxis series={series} unit={unit} frame={frame} />
        </>
      )}
    </ChartSvg>
  );
});

/** Mean VADER compound per step (line, −1..1) over the share of each label (stacked bands). */
export const SentimentChart = memo(function SentimentChart({ series, unit }: ChartProps) {
  const { ref, frame, measured } = useFrame();
  const { W, H, PLOT_W, PLOT_H } = frame;
  const n = series.posts.length;
  const bw = PLOT_W / n;
  const y = (v: number) => M.top + ((1 - v) / 2) * PLOT_H;
  // posts we cannot read get a band of their own on top, never neutral's
  const shares = [series.negative, series.neutral, series.positive, series.unscored];
  const colours = [...LABEL_COLOURS, UNSCORED_COLOUR];
  let path = '';
  series.compound.forEach((c, i) => {
    if (!Number.isFinite(c)) return;
    const x = (M.left + (i + 0.5) * bw).toFixed(1);
    path += `${path === '' || !Number.isFinite(series.compound[i - 1]!) ? 'M' : 'L'}${x} ${y(c).toFixed(1)}`;
  });
  return (
    <ChartSvg
      svgRef={ref}
      width={W}
      height={H}
      ariaLabel="Mean sentiment and label shares over the window"
    >
      {measured && (
        <>
          <g opacity={0.28}>
            {shares.map((share, k) => (
              <path
                key={k}
                d={bars(
                  frame,
                  share.map((v) => v * PLOT_H),
                  (i) => shares.slice(0, k).reduce((a, s) => a + s[i]! * PLOT_H, 0),
                  0,
                )}
                fill={colours[k]}
              />
            ))}
          </g>
          <g fontSize={MIN_FONT_PX} fill={AXIS_TEXT}>
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
          <path
            d={path}
            fill="none"
            stroke={SERIES_COLOUR.ink}
            strokeWidth={2}
            data-testid="compound-line"
          />
          <TimeAxis series={series} unit={unit} frame={frame} />
        </>
      )}
    </ChartSvg>
  );
});

/** Posts per declared language per step (stacked bars, most common language at the bottom). */
export const LanguageMixChart = memo(function LanguageMixChart({
  mix,
  unit,
}: {
  mix: LanguageMix;
  unit: WindowUnit;
}) {
  const { ref, frame, measured } = useFrame();
  const { W, H, PLOT_H } = frame;
  const steps = mix.counts[0]?.length ?? 0;
  const totals = Array.from({ length: steps }, (_, i) =>
    mix.counts.reduce((a, row) => a + (row[i] ?? 0), 0),
  );
  const top = niceMax(Math.max(0, ...totals));
  const px = (v: number) => (v / top) * PLOT_H;
  return (
    <ChartSvg svgRef={ref} width={W} height={H} ariaLabel="Posts per language over the window">
      {measured && (
        <>
          <CountGrid top={top} frame={frame} />
          {mix.languages.map((language, k) => (
            <path
              key={language}
              d={bars(frame, mix.counts[k]!.map(px), (i) =>
                mix.counts.slice(0, k).reduce((a, row) => a + px(row[i]!), 0),
              )}
              fill={languageColour(language)}
              data-testid={`language-bars-${language}`}
            />
          ))}
          {steps > 0 && (
            <TimeAxis
              series={{ startMs: mix.startMs, stepMs: mix.stepMs, posts: { length: steps } }}
              unit={unit}
              frame={frame}
            />
          )}
        </>
      )}
    </ChartSvg>
  );
});

/** The count axis of the stream's bar charts: grid lines and labels at 0, half and the top. */
function CountGrid({ top, frame: { W, PLOT_H } }: { top: number; frame: Frame }) {
  return (
    <g fontSize={MIN_FONT_PX} fill={AXIS_TEXT}>
      {[0, top / 2, top].map((t) => {
        const y = M.top + PLOT_H - (t / top) * PLOT_H;
        return (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y} y2={y} stroke={GRID_LINE} />
            <text x={M.left - 4} y={y + 3} textAnchor="end">
              {formatNumber(t, 2)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function SentimentLegend({ unscored = false }: { unscored?: boolean }) {
  return (
    <div className="row stream-legend" aria-hidden="true">
      <span data-legend-label="mean compound" data-legend-colour={SERIES_COLOUR.ink}>
        <i style={{ background: SERIES_COLOUR.ink }} /> mean compound
      </span>
      {LABEL_NAMES.map((name, k) => (
        <span key={name} data-legend-label={`${name} share`} data-legend-colour={LABEL_COLOURS[k]}>
          <i style={{ background: LABEL_COLOURS[k], opacity: 0.5 }} /> {name} share
        </span>
      ))}
      {unscored && (
        <span data-legend-label={`${UNSCORED_NAME} share`} data-legend-colour={UNSCORED_COLOUR}>
          <i style={{ background: UNSCORED_COLOUR, opacity: 0.5 }} /> {UNSCORED_NAME} (no word list
          for its language)
        </span>
      )}
    </div>
  );
}
