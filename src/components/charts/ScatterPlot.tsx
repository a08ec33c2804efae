import { formatNumber } from '../../shared/format.ts';
import { Axes } from './Axes.tsx';
import { extent, linear, niceTicks } from './scale.ts';
import { leftMargin, tickCount } from './ticks.ts';
import { heightFor, useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

export interface ScatterPlotProps {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Draw y = x (predicted vs actual, on a shared range) or y = 0 (residuals). */
  readonly guide: 'diagonal' | 'zero';
  readonly colour: string;
  readonly ariaLabel: string;
}

const M = { left: 56, right: 12, top: 10, bottom: 40 };
const tick = (v: number) => formatNumber(v, 2);

/** One circle per point, with gridlines at round values and the guide line dashed. */
export function ScatterPlot({ x, y, xLabel, yLabel, guide, colour, ariaLabel }: ScatterPlotProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const H = heightFor(W, 300);
  let [x0, x1] = extent(x);
  let [y0, y1] = extent(y, guide === 'zero' ? [0] : []);
  if (guide === 'diagonal')
    [x0, x1, y0, y1] = [Math.min(x0, y0), Math.max(x1, y1), Math.min(x0, y0), Math.max(x1, y1)];
  const yTicks = niceTicks(y0, y1);
  const left = leftMargin(yTicks.map(tick), M.left);
  const sx = linear(x0, x1, left, W - M.right);
  const sy = linear(y0, y1, H - M.bottom, M.top);
  const circles = [];
  for (let i = 0; i < x.length; i++)
    circles.push(<circle key={i} cx={sx(x[i]!).toFixed(1)} cy={sy(y[i]!).toFixed(1)} r={3} />);
  return (
    <ChartSvg svgRef={ref} width={W} height={H} ariaLabel={ariaLabel} style={{ maxHeight: 320 }}>
      {measured && (
        <>
          <Axes
            box={{ left, right: W - M.right, top: M.top, bottom: H - M.bottom }}
            width={W}
            x={{ ticks: niceTicks(x0, x1, tickCount(W - left - M.right)), at: sx, format: tick }}
            y={{ ticks: yTicks, at: sy, format: tick }}
          />
          {guide === 'diagonal' ? (
            <line
              x1={sx(x0)}
              y1={sy(x0)}
              x2={sx(x1)}
              y2={sy(x1)}
              stroke="#868e96"
              strokeDasharray="5 5"
            />
          ) : (
            <line
              x1={left}
              x2={W - M.right}
              y1={sy(0)}
              y2={sy(0)}
              stroke="#868e96"
              strokeDasharray="5 5"
            />
          )}
          <g fill={colour} fillOpacity={0.45} data-testid="scatter-points">
            {circles}
          </g>
          <text x={(left + W - M.right) / 2} y={H - 6} textAnchor="middle" fontSize={12}>
            {xLabel}
          </text>
          <text
            transform={`translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            fontSize={12}
          >
            {yLabel}
          </text>
        </>
      )}
    </ChartSvg>
  );
}
