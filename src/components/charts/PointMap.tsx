import { useMemo, type MouseEvent } from 'react';
import { formatNumber } from '../../shared/format.ts';
import { Axes } from './Axes.tsx';
import { offsetOf, pointerIn } from './pointer.ts';
import { extent, linear, niceTicks } from './scale.ts';
import { leftMargin, tickCount } from './ticks.ts';
import { heightFor, useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

/** The point under the pointer: its index, and where it is drawn in CSS px from the chart's top-left corner. */
export interface PointHover {
  readonly index: number;
  readonly left: number;
  readonly top: number;
}

export interface PointMapProps {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** Each point's group (0 to `colours.length` − 1); a point of another group is not drawn. */
  readonly group: ArrayLike<number>;
  /** One colour per group. */
  readonly colours: readonly string[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly ariaLabel: string;
  /** Called with the point nearest the pointer (within 24 viewBox units), or null. */
  readonly onHover?: (hover: PointHover | null) => void;
  /** Height in viewBox units (the width is 520), default 320. */
  readonly height?: number;
}

const M = { left: 48, right: 12, top: 10, bottom: 36 };
const RADIUS = 3.5;
const HOVER = 24;
const tick = (v: number) => formatNumber(v, 2);

/** [lo, hi] of the values with 5% room on each side. */
function padded(v: ArrayLike<number>): [number, number] {
  const [lo, hi] = extent(v);
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/**
 * Points coloured by group, drawn as one SVG path per group (a DOM node per point would make a
 * map of thousands slow to mount); hover finds the nearest point in the chart's units.
 */
export function PointMap({
  x,
  y,
  group,
  colours,
  xLabel,
  yLabel,
  ariaLabel,
  onHover,
  height = 320,
}: PointMapProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const H = heightFor(W, height);
  const layout = useMemo(() => {
    // the first render only measures (see useChartWidth): the paths are built once, at its width
    if (!measured) return null;
    const [x0, x1] = padded(x);
    const [y0, y1] = padded(y);
    const yTicks = niceTicks(y0, y1);
    const left = leftMargin(yTicks.map(tick), M.left);
    const sx = linear(x0, x1, left, W - M.right);
    const sy = linear(y0, y1, H - M.bottom, M.top);
    const px = Float64Array.from({ length: x.length }, (_, i) => sx(x[i]!));
    const py = Float64Array.from({ length: y.length }, (_, i) => sy(y[i]!));
    const paths = colours.map(() => [] as string[]);
    for (let i = 0; i < px.length; i++) {
      if (Number.isFinite(px[i]) && Number.isFinite(py[i]))
        paths[group[i]!]?.push(
          `M${(px[i]! - RADIUS).toFixed(1)} ${py[i]!.toFixed(1)}a${RADIUS} ${RADIUS} 0 1 0 ${2 * RADIUS} 0a${RADIUS} ${RADIUS} 0 1 0 ${-2 * RADIUS} 0`,
        );
    }
    return { x0, x1, y0, y1, yTicks, left, sx, sy, px, py, paths: paths.map((p) => p.join('')) };
  }, [x, y, group, colours, H, W, measured]);
  if (!layout) return <ChartSvg svgRef={ref} width={W} height={H} ariaLabel={ariaLabel} />;
  const { sx, sy, px, py } = layout;

  const move = (e: MouseEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement!;
    const at = pointerIn(svg, e.clientX, e.clientY);
    let best = -1;
    let bestD = HOVER * HOVER;
    for (let i = 0; at && i < px.length; i++) {
      const d = (px[i]! - at.x) ** 2 + (py[i]! - at.y) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    onHover?.(best < 0 ? null : { index: best, ...offsetOf(svg, px[best]!, py[best]!) });
  };
  return (
    <ChartSvg svgRef={ref} width={W} height={H} ariaLabel={ariaLabel}>
      {measured && (
        <>
          <Axes
            box={{ left: layout.left, right: W - M.right, top: M.top, bottom: H - M.bottom }}
            width={W}
            x={{
              ticks: niceTicks(layout.x0, layout.x1, tickCount(W - layout.left - M.right)),
              at: sx,
              format: tick,
            }}
            y={{ ticks: layout.yTicks, at: sy, format: tick }}
          />
          {layout.paths.map((d, c) => (
            <path
              key={c}
              d={d}
              fill={colours[c]}
              fillOpacity={0.7}
              data-testid="map-points"
              data-group={c}
            />
          ))}
          <text x={W - M.right} y={H - 6} textAnchor="end" fontSize={11}>
            {xLabel}
          </text>
          <text
            transform={`translate(12,${(M.top + H - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            fontSize={11}
          >
            {yLabel}
          </text>
          {onHover && (
            <rect
              x={layout.left}
              y={M.top}
              width={W - layout.left - M.right}
              height={H - M.top - M.bottom}
              fill="transparent"
              onMouseMove={move}
              onMouseLeave={() => onHover(null)}
              data-testid="map-hover"
            />
          )}
        </>
      )}
    </ChartSvg>
  );
}
