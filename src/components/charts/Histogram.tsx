import { formatNumber } from '../../shared/format.ts';
import { linear, niceTicks } from './scale.ts';

const W = 520;
const M = { left: 44, right: 12, top: 8, bottom: 24 };

/** Bin counts over `edges` (one more edge than counts). */
export interface HistogramData {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

export interface HistogramProps {
  readonly data: HistogramData;
  readonly colour: string;
  /** A colour per bin (e.g. by the label a bin's middle gets); `colour` otherwise. */
  readonly colourOf?: (bin: number) => string;
  readonly ariaLabel: string;
  /** What is counted, in each bar's tooltip ("posts"). */
  readonly unit: string;
  readonly height?: number;
}

/** Counts per bin as touching bars, the x axis at round values of the bin edges. */
export function Histogram({
  data,
  colour,
  colourOf,
  ariaLabel,
  unit,
  height = 150,
}: HistogramProps) {
  const H = height;
  const edges = data.edges;
  const x0 = edges[0]!;
  const x1 = edges[edges.length - 1]!;
  const top = Math.max(1, ...data.counts);
  const sx = linear(x0, x1 > x0 ? x1 : x0 + 1, M.left, W - M.right);
  const sy = linear(0, top, H - M.bottom, M.top);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={ariaLabel}
      style={{ display: 'block' }}
    >
      {data.counts.map((c, i) => (
        <rect
          key={i}
          x={sx(edges[i]!)}
          width={Math.max(0.5, sx(edges[i + 1]!) - sx(edges[i]!) - 0.5)}
          y={sy(c)}
          height={sy(0) - sy(c)}
          fill={colourOf ? colourOf(i) : colour}
          data-testid="histogram-bar"
        >
          <title>{`${formatNumber(edges[i]!, 3)} to ${formatNumber(edges[i + 1]!, 3)}: ${c} ${unit}`}</title>
        </rect>
      ))}
      <g fontSize={11} fill="#5c6577">
        {niceTicks(x0, x1).map((t) => (
          <text key={t} x={sx(t)} y={H - 8} textAnchor="middle">
            {formatNumber(t, 2)}
          </text>
        ))}
        <text x={M.left - 6} y={M.top + 8} textAnchor="end">
          {top.toLocaleString('en-US')}
        </text>
        <text x={M.left - 6} y={H - M.bottom} textAnchor="end">
          0
        </text>
      </g>
    </svg>
  );
}
