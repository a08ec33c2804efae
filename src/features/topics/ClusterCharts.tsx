import { useMemo, useState } from 'react';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { BarList } from '../../components/charts/BarList.tsx';
import { spreadTicks } from '../../components/charts/scale.ts';
import { ShareTimeline } from '../../components/charts/ShareTimeline.tsx';
import { clusterColour, clusterLabel, clusterName, formatBucket, shown } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

/** Posts per cluster. */
export function ClusterSizes({ result }: { result: TopicsResult }) {
  const rows = result.clusters.map((c) => ({
    label: clusterLabel(c, result.settings.terms),
    value: c.size,
    detail: `posts (${formatPercent(c.share)})`,
    colour: clusterColour(c.id),
  }));
  return (
    <ChartCard
      title="Cluster sizes"
      info="Posts in each cluster (posts without terms belong to none)."
      testId="cluster-sizes"
    >
      <BarList
        rows={rows}
        colour={clusterColour(0)}
        formatValue={formatInt}
        ariaLabel="Posts per cluster"
      />
    </ChartCard>
  );
}

/** Each cluster's share of the clustered posts in each time bucket, stacked to 100%; hover for a period's figures. */
export function ClusterTimelineChart({ result }: { result: TopicsResult }) {
  const t = result.timeline;
  const [hovered, setHovered] = useState<number | null>(null);
  const colours = useMemo(
    () => Array.from({ length: result.k }, (_, c) => clusterColour(c)),
    [result.k],
  );
  const n = t?.starts.length ?? 0;
  const ticks = spreadTicks(n);
  const total = hovered === null || !t ? 0 : t.counts[hovered]!.reduce((a, b) => a + b, 0);
  return (
    <ChartCard
      title="Clusters over time"
      info="Share of each cluster among the clustered posts of each period (UTC; weeks start on Monday); the period is chosen from the time span. Hover for a period's counts."
      empty={
        t
          ? null
          : 'No timestamp column: map the column with the post time to the role "timestamp" in the Dataset view.'
      }
      testId="cluster-timeline"
    >
      {t && (
        <>
          <p className="muted">
            Per {t.unit} of {t.column}
            {t.undated > 0
              ? ` · ${formatInt(t.undated)} clustered posts without a readable time are left out`
              : ''}
          </p>
          <div style={{ position: 'relative' }}>
            <ShareTimeline
              counts={t.counts}
              colours={colours}
              ticks={ticks}
              formatPeriod={(b) =>
                t.starts[b] === undefined ? '' : formatBucket(t.starts[b]!, t.unit)
              }
              ariaLabel="Share of each cluster per period"
              onHover={setHovered}
            />
            {hovered !== null && (
              <div
                className="card"
                role="tooltip"
                style={{
                  position: 'absolute',
                  right: 24,
                  top: 8,
                  padding: '0.4rem 0.6rem',
                  pointerEvents: 'none',
                  fontSize: '0.82rem',
                  boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
                }}
                data-testid="timeline-tooltip"
              >
                <strong>{formatBucket(t.starts[hovered]!, t.unit)}</strong> · {formatInt(total)}{' '}
                posts
                {result.clusters.map((c) =>
                  t.counts[hovered]![c.id]! > 0 ? (
                    <div key={c.id}>
                      <ClusterSwatch id={c.id} />
                      {clusterName(c.id)}: {formatInt(t.counts[hovered]![c.id]!)} (
                      {formatPercent(t.counts[hovered]![c.id]! / total)})
                    </div>
                  ) : null,
                )}
              </div>
            )}
          </div>
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
      info="“Centre weight”: the terms that weigh most in the cluster's centre (mean TF-IDF; for text terms the centre found on the LSA dimensions, so words used alongside the cluster's own weigh in too), what the cluster is about. “Most used”: how many of its posts use each term."
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
                <ClusterSwatch id={c.id} />
                {clusterName(c.id)}
              </td>
              <td className="num">
                {formatInt(c.size)} <span className="muted">({formatPercent(c.share)})</span>
              </td>
              <td className="num">
                {c.silhouetteCosine === null ? '—' : formatNumber(c.silhouetteCosine, 3)}
              </td>
              <td>{c.topTerms.map((t) => shown(t.term, kind)).join(' ')}</td>
              <td>
                {c.topByPosts
                  .map((t) => `${shown(t.term, kind)} (${formatInt(t.count)})`)
                  .join(' ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
