import { AXIS_TEXT, GRID_LINE } from '../../shared/palette.ts';
import { MIN_FONT_PX, fitTicks } from './ticks.ts';

/** One axis of a plain SVG chart: where its ticks go and how they read. */
export interface AxisTicks {
  readonly ticks: readonly number[];
  /** The tick's position in the chart's viewBox units. */
  readonly at: (v: number) => number;
  readonly format: (v: number) => string;
  /** Draw a grid line across the plot at each tick (default true). */
  readonly lines?: boolean;
}

/** The plot area in viewBox units. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Tick labels outside the plot box (x below, y on the left) and light grid lines inside it. x
 * labels that would overlap are thinned out, and the outer ones kept inside the chart's `width`
 * (default: the box's right edge plus 12).
 */
export function Axes({
  x,
  y,
  box,
  width = box.right + 12,
}: {
  x?: AxisTicks;
  y?: AxisTicks;
  box: PlotBox;
  width?: number;
}) {
  // With y labels beside the plot, an x label may not run left under them.
  const xLabels = x ? fitTicks(x.ticks, x.at, x.format, width, y ? box.left - 4 : 0) : [];
  return (
    <g stroke={GRID_LINE} fontSize={MIN_FONT_PX} fill={AXIS_TEXT} data-testid="chart-axes">
      {x?.lines !== false &&
        x?.ticks.map((t) => (
          <line key={`xl${t}`} x1={x.at(t)} x2={x.at(t)} y1={box.top} y2={box.bottom} />
        ))}
      {xLabels.map((t) => (
        <text key={`x${t.value}`} x={t.x} y={box.bottom + 14} textAnchor={t.anchor} stroke="none">
          {t.label}
        </text>
      ))}
      {y?.ticks.map((t) => (
        <g key={`y${t}`}>
          {y.lines !== false && <line x1={box.left} x2={box.right} y1={y.at(t)} y2={y.at(t)} />}
          <text x={box.left - 6} y={y.at(t) + 4} textAnchor="end" stroke="none">
            {y.format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}
