import { formatNumber } from '../../app/format.ts';
import { extent, linear, niceTicks } from './scale.ts';

export interface LineSeries {
  readonly name: string;
  readonly colour: string;
  readonly y: readonly number[];
}

export interface LinePlotProps {
  readonly x: readonly number[];
  readonly series: readonly LineSeries[];
  readonly xLabel: string;
  readonly ariaLabel: string;
  readonly formatX?: (v: number) => string;
  /** Where to label the x axis (default: round values); e.g. period starts on a time axis. */
  readonly xTicks?: readonly number[];
  readonly formatY?: (v: number) => string;
}

const W = 520;
const H = 240;
const M = { left: 56, right: 12, top: 28, bottom: 40 };

/** Lines over a numeric x with a legend on top; each point has a native tooltip. */
export function LinePlot({ x, series, xLabel, ariaLabel, formatX = (v) => formatNumber(v, 2), xTicks, formatY }: LinePlotProps) {
  const legendStep = Math.min(200, (W - M.left) / Math.max(1, series.length));
  const [x0, x1] = extent(x);
  const [y0, y1] = extent(...series.map((s) => s.y));
  const sx = linear(x0, x1, M.left, W - M.right);
  const sy = linear(y0, y1, H - M.bottom, M.top);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={ariaLabel} style={{ display: 'block', maxHeight: 300 }}>
      <g stroke="#e9ecef" fontSize={11} fill="#5c6577">
        {niceTicks(y0, y1).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} />
            <text x={M.left - 6} y={sy(t) + 4} textAnchor="end" stroke="none">
              {formatY ? formatY(t) : formatNumber(t, 3)}
            </text>
          </g>
        ))}
        {(xTicks ?? niceTicks(x0, x1, 6)).map((t) => (
          <text key={t} x={sx(t)} y={H - M.bottom + 14} textAnchor="middle" stroke="none">
            {formatX(t)}
          </text>
        ))}
      </g>
      {series.map((s, k) => (
        <g key={s.name} data-testid="line-series">
          <polyline points={x.map((v, i) => `${sx(v).toFixed(1)},${sy(s.y[i]!).toFixed(1)}`).join(' ')} fill="none" stroke={s.colour} strokeWidth={2} />
          {x.length <= 40 &&
            x.map((v, i) => (
              <circle key={i} cx={sx(v)} cy={sy(s.y[i]!)} r={3} fill={s.colour}>
                <title>{`${s.name} at ${formatX(v)}: ${formatY ? formatY(s.y[i]!) : formatNumber(s.y[i]!, 4)}`}</title>
              </circle>
            ))}
          <rect x={M.left + k * legendStep} y={6} width={12} height={4} fill={s.colour} />
          <text x={M.left + k * legendStep + 16} y={12} fontSize={11}>
            {s.name}
          </text>
        </g>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle" fontSize={12}>
        {xLabel}
      </text>
    </svg>
  );
}
