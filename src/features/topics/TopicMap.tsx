import { useMemo, useState } from 'react';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { PointMap, type PointHover } from '../../components/charts/PointMap.tsx';
import { clusterColour, clusterLabel, clusterName } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

/** Posts on their first two principal components, coloured by cluster; hover a point for its terms. */
export function TopicMap({ result }: { result: TopicsResult }) {
  const map = result.map;
  const [hovered, setHovered] = useState<PointHover | null>(null);
  const columns = useMemo(() => {
    const points = map?.points ?? [];
    return {
      x: points.map((p) => p.x),
      y: points.map((p) => p.y),
      group: points.map((p) => p.cluster),
    };
  }, [map]);
  const colours = useMemo(
    () => Array.from({ length: result.k }, (_, c) => clusterColour(c)),
    [result.k],
  );
  const point = hovered && map?.points[hovered.index];
  return (
    <ChartCard
      title="Map of posts"
      info="Each dot is a post, placed by the first two principal components (PCA) of its TF-IDF vector and coloured by cluster. Posts with the same terms share a spot. Hover a dot for the post's terms."
      empty={map && map.points.length > 0 ? null : 'No map: there are fewer than two documents.'}
      testId="topic-map"
    >
      {map && (
        <>
          <p className="muted">
            {map.sampled
              ? `A seeded sample of ${formatInt(map.sampleSize)} of ${formatInt(map.documents)} posts`
              : `All ${formatInt(map.sampleSize)} posts`}{' '}
            · the axes explain {formatPercent(map.explainedVarianceRatio[0])} and{' '}
            {formatPercent(map.explainedVarianceRatio[1])} of the variance
          </p>
          <div style={{ position: 'relative' }}>
            <PointMap
              {...columns}
              colours={colours}
              xLabel="PC 1"
              yLabel="PC 2"
              ariaLabel="Posts on the first two principal components, coloured by cluster"
              onHover={setHovered}
            />
            {hovered && point && (
              <div
                className="card"
                role="tooltip"
                style={{
                  position: 'absolute',
                  left: hovered.left + 12,
                  top: hovered.top + 12,
                  transform: hovered.left > 320 ? 'translateX(calc(-100% - 24px))' : undefined,
                  padding: '0.4rem 0.6rem',
                  maxWidth: 320,
                  pointerEvents: 'none',
                  boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
                }}
                data-testid="map-tooltip"
              >
                <strong>{clusterName(point.cluster)}</strong>{' '}
                <span className="muted">· row {formatInt(point.row + 1)}</span>
                <div style={{ overflowWrap: 'anywhere' }}>{point.terms || '(no terms kept)'}</div>
              </div>
            )}
          </div>
          <div className="row muted" style={{ fontSize: '0.82rem' }}>
            {result.clusters.map((c) => (
              <span key={c.id}>
                <ClusterSwatch id={c.id} round legend />
                {clusterLabel(c, result.settings.terms)}
              </span>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
