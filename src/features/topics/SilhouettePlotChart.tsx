import { CartesianGrid, ReferenceLine, ResponsiveContainer, ScatterChart, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import type { SilhouettePlot, TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterName } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

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

/**
 * Each cluster's sorted silhouettes as one filled outline from 0 (as scikit-learn's silhouette
 * example draws them with `fill_betweenx`): one path per cluster instead of a bar per post.
 */
function Outlines({ blocks }: { blocks: readonly Block[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const x0 = x(0) ?? 0;
  return (
    <g>
      {blocks.map((b) => {
        const pts = b.values.map((v, i) => `${(x(v) ?? x0).toFixed(1)} ${(y(b.from + i + 0.5) ?? 0).toFixed(1)}`);
        const top = y(b.from) ?? 0;
        const bottom = y(b.from + b.values.length) ?? 0;
        return (
          <path key={b.cluster} d={`M${x0.toFixed(1)} ${top.toFixed(1)}L${pts.join('L')}L${x0.toFixed(1)} ${bottom.toFixed(1)}Z`} fill={clusterColour(b.cluster)} fillOpacity={0.8} data-testid="silhouette-block">
            <title>{`${clusterName(b.cluster)}: ${b.values.length} posts drawn, from ${formatNumber(b.values[0]!, 3)} to ${formatNumber(b.values.at(-1)!, 3)}`}</title>
          </path>
        );
      })}
    </g>
  );
}

/** The classic silhouette plot: each cluster's posts sorted by silhouette, with the mean marked. */
export function SilhouettePlotChart({ result }: { result: TopicsResult }) {
  const plot = result.silhouettePlot;
  const layout = plot ? blocksOf(plot) : null;
  const lo = plot ? Math.min(0, ...plot.bars.map((b) => b.value)) : 0;
  // ticks every 0.2 from the lowest silhouette (rounded down) to 1
  const from = Math.floor(lo * 5) / 5;
  const ticks = Array.from({ length: Math.round((1 - from) * 5) + 1 }, (_, i) => Math.round((from + i * 0.2) * 10) / 10);
  return (
    <ChartCard
      title="Silhouette plot"
      info="Each post's silhouette (cosine) at the k shown, sorted within its cluster: a wide block fits its cluster well, values left of 0 sit closer to another cluster. The dashed line is the mean."
      empty={plot ? null : 'No silhouettes at this k (a silhouette needs 2 clusters and more documents than clusters).'}
      testId="silhouette-plot"
    >
      {plot && layout && (
        <>
          <p className="muted">
            Mean {formatNumber(plot.mean, 3)} over {plot.sampled ? `a seeded sample of ${formatInt(plot.scored)} posts` : `all ${formatInt(plot.scored)} posts`}; {formatInt(plot.bars.length)} of them drawn, evenly spaced within each cluster
          </p>
          <ResponsiveContainer width="100%" height={340}>
            <ScatterChart margin={{ left: 0, right: 20, top: 10 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" dataKey="x" domain={[from, 1]} ticks={ticks} interval={0} allowDataOverflow tickFormatter={(v: number) => formatNumber(v, 1)} />
              <YAxis type="number" dataKey="y" domain={[0, layout.rows]} reversed hide allowDataOverflow />
              <Outlines blocks={layout.blocks} />
              <ReferenceLine x={plot.mean} stroke="#e03131" strokeDasharray="4 3" />
            </ScatterChart>
          </ResponsiveContainer>
          <div className="row muted" style={{ fontSize: '0.82rem' }}>
            {plot.clusterMeans.map((m, c) => (
              <span key={c}>
                <ClusterSwatch id={c} />
                {clusterName(c)}: {m === null ? '—' : formatNumber(m, 3)}
              </span>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
