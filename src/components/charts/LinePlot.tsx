import { formatNumber } from '../../shared/format.ts';
import { Axes } from './Axes.tsx';
import { Readout } from './Readout.tsx';
import { LEGEND_ROW, layoutLegend } from './legend.ts';
import { extent, linear, niceTicks } from './scale.ts';
import { MIN_FONT_PX, leftMargin, tickCount } from './ticks.ts';
import { heightFor, useChartWidth } from './useChartWidth.ts';
import { useKeyIndex } from './useKeyIndex.ts';
import { ChartSvg } from './ChartSvg.tsx';

export interface LineSeries {
  readonly name: string;
  readonly colour: string;
  /** One value per x; NaN where there is none (a gap in the line). */
  readonly y: readonly number[];
}

/** A vertical line at an x value (e.g. a recommended k), named in the legend. */
export interface LineMark {
  readonly x: number;
  readonly colour: string;
  readonly label: string;
  readonly dashed?: boolean;
}

export interface LinePlotProps {
  readonly x: readonly number[];
  readonly series: readonly LineSeries[];
  readonly xLabel: string;
  readonly ariaLabel: string;
  /** An x value in tooltips (and on the axis, unless `formatXTick` is given). */
  readonly formatX?: (v: number) => string;
  /** An x value on the axis (default: `formatX`). */
  readonly formatXTick?: (v: number) => string;
  /** Where to label the x axis (default: round values); e.g. period starts on a time axis. */
  readonly xTicks?: readonly number[];
  readonly formatY?: (v: number) => string;
  /** Vertical lines drawn under the series and listed after them in the legend. */
  readonly marks?: readonly LineMark[];
  /** Start the y axis at 0 (e.g. for counts); default: the data's range. */
  readonly includeZero?: boolean;
  /** A dot with its own tooltip at every point (default: when there are at most 40 x values). */
  readonly dots?: boolean;
  /** Height in viewBox units, default 240. */
  readonly height?: number;
  /** The width drawn before the chart is measured (it then follows its container, 1 unit = 1 px), default 520. */
  readonly width?: number;
}

/** The line through the finite points; a missing value (NaN) leaves a gap. */
function linePath(
  x: readonly number[],
  y: readonly number[],
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  let d = '';
  let pen = false;
  x.forEach((v, i) => {
    const w = y[i]!;
    if (Number.isFinite(w)) d += `${pen ? 'L' : 'M'}${sx(v).toFixed(1)} ${sy(w).toFixed(1)}`;
    pen = Number.isFinite(w);
  });
  return d;
}

const M = { left: 56, right: 12, bottom: 40 };

/**
 * Lines over a numeric x with a legend on top. Each x has a native tooltip with every series'
 * value there; with dots, each point has its own. Focused, the arrow keys step through the x
 * values, each shown in a box in the chart and read out.
 */
export function LinePlot({
  x,
  series,
  xLabel,
  ariaLabel,
  formatX = (v) => formatNumber(v, 2),
  formatXTick = formatX,
  xTicks,
  formatY,
  marks = [],
  includeZero = false,
  dots = x.length <= 40,
  height = 240,
  width = 520,
}: LinePlotProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>(width);
  const H = heightFor(W, height);
  const formatTick = formatY ?? ((v: number) => formatNumber(v, 3));
  const formatValue = (v: number) =>
    !Number.isFinite(v) ? '—' : formatY ? formatY(v) : formatNumber(v, 4);
  const [x0, x1] = extent(x);
  const [y0, y1] = extent(...series.map((s) => s.y), includeZero ? [0] : []);
  const yTicks = niceTicks(y0, y1);
  const left = leftMargin(yTicks.map(formatTick), M.left);
  const legend = layoutLegend(
    [...series.map((s) => s.name), ...marks.map((m) => m.label)],
    left,
    W - M.right,
  );
  const top = 12 + legend.rows * LEGEND_ROW;
  const sx = linear(x0, x1, left, W - M.right);
  const sy = linear(y0, y1, H - M.bottom, top);
  const box = { left, right: W - M.right, top, bottom: H - M.bottom };
  const entry = (i: number) => legend.positions[i]!;
  const describe = (i: number) => [
    formatX(x[i]!),
    ...series.map((s) => `${s.name}: ${formatValue(s.y[i]!)}`),
  ];
  const { active, keyProps } = useKeyIndex(x.length);
  return (
    <>
      <ChartSvg
        svgRef={ref}
        width={W}
        height={H}
        ariaLabel={ariaLabel}
        style={{ maxHeight: H + 60 }}
        {...keyProps}
      >
        {measured && (
          <>
            <Axes
              box={box}
              width={W}
              y={{ ticks: yTicks, at: sy, format: formatTick }}
              x={{
                ticks: xTicks ?? niceTicks(x0, x1, Math.min(6, tickCount(box.right - box.left))),
                at: sx,
                format: formatXTick,
                lines: false,
              }}
            />
            <g fill="transparent">
              {x.map((v, i) => {
                // each x owns the band halfway to its neighbours
                const from = i === 0 ? box.left : (sx(x[i - 1]!) + sx(v)) / 2;
                const to = i === x.length - 1 ? box.right : (sx(v) + sx(x[i + 1]!)) / 2;
                return (
                  <rect
                    key={i}
                    x={from}
                    width={Math.max(0, to - from)}
                    y={top}
                    height={box.bottom - top}
                  >
                    <title>{describe(i).join('\n')}</title>
                  </rect>
                );
              })}
            </g>
            {marks.map((m, k) => {
              const at = entry(series.length + k);
              const ly = 4 + at.row * LEGEND_ROW;
              return (
                <g
                  key={m.label}
                  data-testid="line-mark"
                  stroke={m.colour}
                  strokeWidth={2}
                  strokeDasharray={m.dashed ? '4 3' : undefined}
                >
                  <line x1={sx(m.x)} x2={sx(m.x)} y1={top} y2={box.bottom}>
                    <title>{m.label}</title>
                  </line>
                  <line x1={at.x} x2={at.x + 14} y1={ly + 4} y2={ly + 4} />
                  <text
                    x={at.x + 18}
                    y={ly + 8}
                    fontSize={MIN_FONT_PX}
                    stroke="none"
                    fill="currentColor"
                  >
                    {m.label}
                  </text>
                </g>
              );
            })}
            {series.map((s, k) => {
              const at = entry(k);
              const ly = 4 + at.row * LEGEND_ROW;
              return (
                <g key={s.name} data-testid="line-series">
                  <path
                    d={linePath(x, s.y, sx, sy)}
                    fill="none"
                    stroke={s.colour}
                    strokeWidth={2}
                  />
                  {dots &&
                    x.map((v, i) =>
                      !Number.isFinite(s.y[i]) ? null : (
                        <circle key={i} cx={sx(v)} cy={sy(s.y[i]!)} r={3} fill={s.colour}>
                          <title>{`${s.name} at ${formatX(v)}: ${formatValue(s.y[i]!)}`}</title>
                        </circle>
                      ),
                    )}
                  <rect x={at.x} y={ly + 2} width={14} height={4} fill={s.colour} />
                  <text x={at.x + 18} y={ly + 8} fontSize={MIN_FONT_PX}>
                    {s.name}
                  </text>
                </g>
              );
            })}
            <text x={(left + W - M.right) / 2} y={H - 6} textAnchor="middle" fontSize={12}>
              {xLabel}
            </text>
            {active !== null && (
              <>
                <line
                  x1={sx(x[active]!)}
                  x2={sx(x[active]!)}
                  y1={top}
                  y2={box.bottom}
                  stroke="#868e96"
                  strokeDasharray="2 2"
                />
                <Readout
                  lines={describe(active)}
                  x={sx(x[active]!)}
                  top={top}
                  left={box.left}
                  right={box.right}
                />
              </>
            )}
          </>
        )}
      </ChartSvg>
      <span className="sr-only" aria-live="polite">
        {active === null ? '' : describe(active).join(', ')}
      </span>
    </>
  );
}
