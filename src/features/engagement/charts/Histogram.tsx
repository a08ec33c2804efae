import type { Histogram as HistogramData } from '../../../../workers/api.ts';
import { formatNumber } from '../../../app/format.ts';
import { linear, niceTicks } from './scale.ts';

const W = 520;
const H = 150;
const M = { left: 44, right: 12, top: 8, bottom: 24 };

/** Counts per bin as touching bars, the x axis at round values of the bin edges. */
export function Histogram({ data, colour, ariaLabel, unit }: { data: HistogramData; colour: string; ariaLabel: string; unit: string }) {
  const edges = data.edges;
  const x0 = edges[0]!;
  const x1 = edges[edges.length - 1]!;
  const top = Math.max(1, ...data.counts);
  const sx = linear(x0, x1 > x0 ? x1 : x0 + 1, M.left, W - M.right);
  const sy = linear(0, top, H - M.bottom, M.top);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={ariaLabel} style={{ display: 'block' }}>
      {data.counts.map((c, i) => (
        <rect key={i} x={sx(edges[i]!)} width={Math.max(0.5, sx(edges[i + 1]!) - sx(edges[i]!) - 0.5)} y={sy(c)} height={sy(0) - sy(c)} fill={colour} data-testid="histogram-bar">
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
          {top}
        </text>
        <text x={M.left - 6} y={H - M.bottom} textAnchor="end">
          0
        </text>
      </g>
    </svg>
  );
}
