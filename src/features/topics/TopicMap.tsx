import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopicMapPoint, TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterLabel, clusterName } from './clusters.ts';

function PointTip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const p = active ? (payload?.[0]?.payload as TopicMapPoint | undefined) : undefined;
  if (!p) return null;
  return (
    <div className="card" style={{ padding: '0.4rem 0.6rem', maxWidth: 320 }} data-testid="map-tooltip">
      <strong>{clusterName(p.cluster)}</strong> <span className="muted">· row {formatInt(p.row + 1)}</span>
      <div style={{ overflowWrap: 'anywhere' }}>{p.terms}</div>
    </div>
  );
}

/** Posts on their first two principal components, coloured by cluster; hover a point for its terms. */
export function TopicMap({ result }: { result: TopicsResult }) {
  const map = result.map;
  const byCluster = result.clusters.map((c) => ({ c, points: map ? map.points.filter((p) => p.cluster === c.id) : [] }));
  return (
    <ChartCard
      title="Map of posts"
      info="Each dot is a post, placed by the first two principal components (PCA) of its TF-IDF vector and coloured by cluster. Posts with the same terms share a spot. Hover a dot for the post's terms."
      empty={map ? null : 'No map: there are fewer than two documents.'}
      testId="topic-map"
    >
      {map && (
        <>
          <p className="muted">
            {map.sampled ? `A seeded sample of ${formatInt(map.sampleSize)} of ${formatInt(map.documents)} posts` : `All ${formatInt(map.sampleSize)} posts`} · the axes explain {formatPercent(map.explainedVarianceRatio[0])} and{' '}
            {formatPercent(map.explainedVarianceRatio[1])} of the variance
          </p>
          <ResponsiveContainer width="100%" height={320}>
            <ScatterChart margin={{ left: 0, right: 20, top: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" name="PC 1" tickFormatter={(v: number) => formatNumber(v, 2)} />
              <YAxis type="number" dataKey="y" name="PC 2" tickFormatter={(v: number) => formatNumber(v, 2)} width={48} />
              <Tooltip content={PointTip} cursor={{ strokeDasharray: '3 3' }} />
              <Legend />
              {byCluster.map(({ c, points }) => (
                <Scatter key={c.id} name={clusterLabel(c, result.settings.terms)} data={points} fill={clusterColour(c.id)} fillOpacity={0.7} shape="circle" isAnimationActive={false} />
              ))}
            </ScatterChart>
          </ResponsiveContainer>
        </>
      )}
    </ChartCard>
  );
}
