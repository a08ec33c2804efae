import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterLabel, clusterName, formatBucket, shown } from './clusters.ts';

/** Posts per cluster. */
export function ClusterSizes({ result }: { result: TopicsResult }) {
  const data = result.clusters.map((c) => ({ name: clusterName(c.id), label: clusterLabel(c, result.settings.terms), size: c.size, share: c.share, id: c.id }));
  return (
    <ChartCard title="Cluster sizes" info="Posts in each cluster (posts without terms belong to none)." testId="cluster-sizes">
      <ResponsiveContainer width="100%" height={Math.max(180, 26 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 10, right: 30 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatInt(v)} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v, _n, item) => [`${formatInt(Number(v))} posts (${formatPercent((item.payload as { share: number }).share)})`, 'Size']} />
          <Bar dataKey="size" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.id} fill={clusterColour(d.id)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Each cluster's share of the clustered posts in each time bucket, stacked to 100%. */
export function ClusterTimelineChart({ result }: { result: TopicsResult }) {
  const t = result.timeline;
  const data = t
    ? t.starts.map((start, b) => {
        const row: Record<string, number | string> = { when: formatBucket(start, t.unit) };
        t.counts[b]!.forEach((n, c) => (row[`c${c}`] = n));
        return row;
      })
    : [];
  return (
    <ChartCard
      title="Clusters over time"
      info="Share of each cluster among the clustered posts of each period (UTC; weeks start on Monday); the period is chosen from the time span."
      empty={t ? null : 'No timestamp column: map the column with the post time to the role "timestamp" in the Dataset view.'}
      testId="cluster-timeline"
    >
      {t && (
        <>
          <p className="muted">
            Per {t.unit} of {t.column}
            {t.undated > 0 ? ` · ${formatInt(t.undated)} clustered posts without a readable time are left out` : ''}
          </p>
          <ResponsiveContainer width="100%" height={240}>
            <AreaChart data={data} stackOffset="expand" margin={{ left: 0, right: 20 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="when" minTickGap={24} />
              <YAxis tickFormatter={(v: number) => formatPercent(v, 0)} width={44} />
              <Tooltip formatter={(v, name) => [formatInt(Number(v)), String(name)]} />
              {result.clusters.map((c) => (
                <Area key={c.id} type="monotone" dataKey={`c${c.id}`} name={clusterLabel(c, result.settings.terms)} stackId="1" stroke={clusterColour(c.id)} fill={clusterColour(c.id)} fillOpacity={0.6} isAnimationActive={false} />
              ))}
            </AreaChart>
          </ResponsiveContainer>
        </>
      )}
    </ChartCard>
  );
}

/** Per cluster: size, silhouette, heaviest terms of its centre and the terms most of its posts use. */
export function ClusterTerms({ result }: { result: TopicsResult }) {
  const kind = result.settings.terms;
  return (
    <ChartCard
      wide
      title={kind === 'hashtags' ? 'Top hashtags per cluster' : 'Top terms per cluster'}
      info="“Centre weight”: the terms that weigh most in the cluster's centre (mean TF-IDF), what the cluster is about. “Most used”: how many of its posts use each term."
      testId="cluster-terms"
    >
      <table className="simple">
        <thead>
          <tr>
            <th>Cluster</th>
            <th className="num">Posts</th>
            <th className="num">Silhouette</th>
            <th>By centre weight</th>
            <th>Most used (posts)</th>
          </tr>
        </thead>
        <tbody>
          {result.clusters.map((c) => (
            <tr key={c.id} data-testid="cluster-row">
              <td style={{ whiteSpace: 'nowrap' }}>
                <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: clusterColour(c.id), marginRight: 6 }} />
                {clusterName(c.id)}
              </td>
              <td className="num">
                {formatInt(c.size)} <span className="muted">({formatPercent(c.share)})</span>
              </td>
              <td className="num">{c.silhouetteCosine === null ? '—' : formatNumber(c.silhouetteCosine, 3)}</td>
              <td>{c.topTerms.map((t) => shown(t.term, kind)).join(' ')}</td>
              <td>{c.topByPosts.map((t) => `${shown(t.term, kind)} (${formatInt(t.count)})`).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
