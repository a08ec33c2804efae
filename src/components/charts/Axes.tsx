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

/** Tick labels outside the plot box (x below, y on the left) and light grid lines inside it. */
export function Axes({ x, y, box }: { x?: AxisTicks; y?: AxisTicks; box: PlotBox }) {
  return (
    <g stroke="#e9ecef" fontSize={11} fill="#5c6577">
      {x?.ticks.map((t) => (
        <g key={`x${t}`}>
          {x.lines !== false && <line x1={x.at(t)} x2={x.at(t)} y1={box.top} y2={box.bottom} />}
          {/* a label at the right edge would be cut by the viewBox: it ends there instead */}
          <text
            x={x.at(t)}
            y={box.bottom + 14}
            textAnchor={x.at(t) > box.right - 1 ? 'end' : 'middle'}
            stroke="none"
          >
            {x.format(t)}
          </text>
        </g>
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
