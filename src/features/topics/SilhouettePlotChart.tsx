import { useMemo } from 'react';
import type { SilhouettePlot, TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { Axes } from '../../components/charts/Axes.tsx';
import { linear } from '../../components/charts/scale.ts';
import { heightFor, useChartWidth } from '../../components/charts/useChartWidth.ts';
import { SERIES_COLOUR } from '../../shared/palette.ts';
import { clusterColour, clusterName } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';
import { ChartSvg } from '../../components/charts/ChartSvg.tsx';

/** Rows of empty space between clusters, so each cluster reads as its own block. */
const GAP = 6;

interface Block {
  readonly cluster: number;
  /** First row of the block. */
  readonly from: number;
  readonly values: number[];
}

function blocksOf(plot: SilhouettePlot): { blocks: Block[]; rows: number } {
  const blocks: Block[] = [];
  let row = 0;
  for (const b of plot.bars) {
    let last = blocks.at(-1);
    if (!last || last.cluster !== b.cluster) {
      if (last) row += GAP;
      last = { cluster: b.cluster, from: row, values: [] };
      blocks.push(last);
    }
    last.values.push(b.value);
    row++;
  }
  return { blocks, rows: row };
}

const M = { left: 12, right: 20, top: 10, bottom: 24 };

/**
 * Each cluster's sorted silhouettes as one filled outline from 0 (as scikit-learn's silhouette
 * example draws them with `fill_betweenx`): one path per cluster instead of a bar per post.
 * The axis runs from the lowest silhouette (rounded down to a fifth) to 1; the mean is dashed.
 */
function Outlines({
  blocks,
  rows,
  from,
  mean,
}: {
  blocks: readonly Block[];
  rows: number;
  from: number;
  mean: number;
}) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const H = heightFor(W, 340);
  const x = linear(from, 1, M.left, W - M.right);
  const y = linear(0, Math.max(1, rows), M.top, H - M.bottom);
  // ticks every 0.2 from `from` to 1
  const ticks = Array.from(
    { length: Math.round((1 - from) * 5) + 1 },
    (_, i) => Math.round((from + i * 0.2) * 10) / 10,
  );
  const x0 = x(0).toFixed(1);
  return (
    <ChartSvg
      svgRef={ref}
      width={W}
      height={H}
      ariaLabel="Silhouette of each post, sorted within its cluster"
    >
      {measured && (
        <>
          <Axes
            box={{ left: M.left, right: W - M.right, top: M.top, bottom: H - M.bottom }}
            width={W}
            x={{ ticks, at: x, format: (v) => formatNumber(v, 1) }}
          />
          {blocks.map((b) => {
            const pts = b.values.map(
              (v, i) => `${x(v).toFixed(1)} ${y(b.from + i + 0.5).toFixed(1)}`,
            );
            return (
              <path
                key={b.cluster}
                d={`M${x0} ${y(b.from).toFixed(1)}L${pts.join('L')}L${x0} ${y(b.from + b.values.length).toFixed(1)}Z`}
                fill={clusterColour(b.cluster)}
                fillOpacity={0.8}
                data-testid="silhouette-block"
              >
                <title>{`${clusterName(b.cluster)}: ${b.values.length} posts drawn, from ${formatNumber(b.values[0]!, 3)} to ${formatNumber(b.values.at(-1)!, 3)}`}</title>
              </path>
            );
          })}
          <line
            x1={x(mean)}
            x2={x(mean)}
            y1={M.top}
            y2={H - M.bottom}
            stroke={SERIES_COLOUR.ink}
            strokeWidth={1.5}
            strokeDasharray="4 3"
          >
            <title>{`Mean ${formatNumber(mean, 3)}`}</title>
          </line>
        </>
      )}
    </ChartSvg>
  );
}

/** The classic silhouette plot: each cluster's posts sorted by silhouette, with the mean marked. */
export function SilhouettePlotChart({ result }: { result: TopicsResult }) {
  const plot = result.silhouettePlot;
  const layout = useMemo(() => (plot ? blocksOf(plot) : null), [plot]);
  const lo = plot ? Math.min(0, ...plot.bars.map((b) => b.value)) : 0;
  return (
    <ChartCard
      title="Silhouette plot"
      info="Each post's silhouette (cosine) at the k shown, sorted within its cluster: a wide block fits its cluster well, values left of 0 sit closer to another cluster. The dashed line is the mean."
      empty={
        plot
          ? null
          : 'No silhouettes at this k (a silhouette needs 2 clusters and more documents than clusters).'
      }
      testId="silhouette-plot"
    >
      {plot && layout && (
        <>
          <p className="muted">
            Mean {formatNumber(plot.mean, 3)} over{' '}
            {plot.sampled
              ? `a seeded sample of ${formatInt(plot.scored)} posts`
              : `all ${formatInt(plot.scored)} posts`}
            ; {formatInt(plot.bars.length)} of them drawn, evenly spaced within each cluster
          </p>
          <Outlines
            blocks={layout.blocks}
            rows={layout.rows}
            from={Math.floor(lo * 5) / 5}
            mean={plot.mean}
          />
          <div className="row muted" style={{ fontSize: '0.82rem' }}>
            {plot.clusterMeans.map((m, c) => (
              <span key={c}>
                <ClusterSwatch id={c} legend />
                {clusterName(c)}: {m === null ? '—' : formatNumber(m, 3)}
              </span>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
