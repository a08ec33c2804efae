import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterName } from './clusters.ts';

/** Rows of empty space between clusters, so each cluster reads as its own block. */
const GAP = 4;

/** The classic silhouette plot: each cluster's posts sorted by silhouette, as bars, with the mean marked. */
export function SilhouettePlotChart({ result }: { result: TopicsResult }) {
  const plot = result.silhouettePlot;
  const rows: { i: number; value: number | null; cluster: number }[] = [];
  if (plot) {
    let last = -1;
    for (const b of plot.bars) {
      if (last !== -1 && b.cluster !== last) for (let g = 0; g < GAP; g++) rows.push({ i: rows.length, value: null, cluster: -1 });
      rows.push({ i: rows.length, value: b.value, cluster: b.cluster });
      last = b.cluster;
    }
  }
  const lo = Math.min(0, ...rows.map((r) => r.value ?? 0));
  return (
    <ChartCard
      title="Silhouette plot"
      info="Each bar is a post's silhouette (cosine) at the k shown, sorted within its cluster: wide bars fit their cluster well, bars left of 0 sit closer to another cluster. The dashed line is the mean."
      empty={plot ? null : 'No silhouettes at this k (a silhouette needs 2 clusters and more documents than clusters).'}
      testId="silhouette-plot"
    >
      {plot && (
        <>
          <p className="muted">
            Mean {formatNumber(plot.mean, 3)} over {plot.sampled ? `a seeded sample of ${formatInt(plot.scored)} posts` : `all ${formatInt(plot.scored)} posts`}; {formatInt(plot.bars.length)} bars drawn, evenly spaced within each cluster
          </p>
          <ResponsiveContainer width="100%" height={340}>
            <BarChart data={rows} layout="vertical" barCategoryGap={0} margin={{ left: 0, right: 20 }}>
              <CartesianGrid strokeDasharray="3 3" vertical horizontal={false} />
              <XAxis type="number" domain={[Math.floor(lo * 10) / 10, 1]} tickFormatter={(v: number) => formatNumber(v, 1)} />
              <YAxis type="category" dataKey="i" hide />
              <Tooltip formatter={(v, _n, item) => [formatNumber(Number(v), 3), clusterName((item.payload as { cluster: number }).cluster)]} labelFormatter={() => ''} />
              <ReferenceLine x={plot.mean} stroke="#e03131" strokeDasharray="4 3" />
              <ReferenceLine x={0} stroke="#5c6577" />
              <Bar dataKey="value" isAnimationActive={false}>
                {rows.map((r) => (
                  <Cell key={r.i} fill={r.cluster >= 0 ? clusterColour(r.cluster) : 'transparent'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <div className="row muted" style={{ fontSize: '0.82rem' }}>
            {plot.clusterMeans.map((m, c) => (
              <span key={c}>
                <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: clusterColour(c), marginRight: 4 }} />
                {clusterName(c)}: {m === null ? '—' : formatNumber(m, 3)}
              </span>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
