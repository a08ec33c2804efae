import { useMemo, type MouseEvent } from 'react';
import { formatPercent } from '../../shared/format.ts';
import { Axes } from './Axes.tsx';
import { pointerIn } from './pointer.ts';
import { linear } from './scale.ts';
import { runsWithCounts, stackShares } from './stack.ts';
import { heightFor, useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

export interface ShareTimelineProps {
  /** Per period, the count of each series (the same number of series in every period). */
  readonly counts: readonly (readonly number[])[];
  /** One colour per series. */
  readonly colours: readonly string[];
  /** Periods to label on the x axis. */
  readonly ticks: readonly number[];
  /** A period's label, e.g. its start date. */
  readonly formatPeriod: (period: number) => string;
  readonly ariaLabel: string;
  /** Called with the period under the pointer, or null when it leaves. */
  readonly onHover?: (period: number | null) => void;
  /** Height in viewBox units (the width is 520), default 240. */
  readonly height?: number;
}

const M = { left: 52, right: 36, top: 10, bottom: 30 };
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Each series' share of every period, stacked to 100%, as one filled band per series (a path each,
 * whatever the number of periods). A lone period is drawn as a narrow column around it.
 */
export function ShareTimeline({
  counts,
  colours,
  ticks,
  formatPeriod,
  ariaLabel,
  onHover,
  height = 240,
}: ShareTimelineProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const H = heightFor(W, height);
  const n = counts.length;
  const { sx, sy } = useMemo(
    () => ({
      sx: linear(0, Math.max(1, n - 1), M.left, W - M.right),
      sy: linear(0, 1, H - M.bottom, M.top),
    }),
    [n, H, W],
  );
  const bands = useMemo(() => {
    const { stacks, totals } = stackShares(counts, colours.length);
    const runs = runsWithCounts(totals);
    return colours.map((_, c) =>
      runs
        .map(([from, to]) => {
          const xs =
            from === to
              ? [from - 0.3, from + 0.3]
              : Array.from({ length: to - from + 1 }, (_, i) => from + i);
          const at = (i: number) => stacks[from === to ? from : from + i]!;
          const upper = xs.map((b, i) => `${sx(b).toFixed(1)} ${sy(at(i)[c + 1]!).toFixed(1)}`);
          const lower = xs
            .map((b, i) => `${sx(b).toFixed(1)} ${sy(at(i)[c]!).toFixed(1)}`)
            .reverse();
          return `M${upper.join('L')}L${lower.join('L')}Z`;
        })
        .join(''),
    );
  }, [counts, colours, sx, sy]);
  const move = (e: MouseEvent<SVGRectElement>) => {
    const at = pointerIn(e.currentTarget.ownerSVGElement!, e.clientX, e.clientY);
    if (at)
      onHover?.(
        Math.max(
          0,
          Math.min(
            n - 1,
            Math.round(((at.x - M.left) / (W - M.left - M.right)) * Math.max(1, n - 1)),
          ),
        ),
      );
  };
  return (
    <ChartSvg svgRef={ref} width={W} height={H} ariaLabel={ariaLabel}>
      {measured && (
        <>
          <Axes
            box={{ left: M.left, right: W - M.right, top: M.top, bottom: H - M.bottom }}
            width={W}
            x={{ ticks, at: sx, format: formatPeriod, lines: false }}
            y={{ ticks: Y_TICKS, at: sy, format: (v) => formatPercent(v, 0) }}
          />
          {bands.map((d, c) => (
            <path
              key={c}
              d={d}
              fill={colours[c]}
              fillOpacity={0.75}
              stroke={colours[c]}
              strokeWidth={0.5}
              data-testid="timeline-band"
            />
          ))}
          {onHover && (
            <rect
              x={M.left}
              y={M.top}
              width={W - M.left - M.right}
              height={H - M.top - M.bottom}
              fill="transparent"
              onMouseMove={move}
              onMouseLeave={() => onHover(null)}
            />
          )}
        </>
      )}
    </ChartSvg>
  );
}
