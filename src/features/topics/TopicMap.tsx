import { useMemo, useState, type MouseEvent } from 'react';
import { CartesianGrid, ResponsiveContainer, ScatterChart, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import type { TopicMapPoint, TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterLabel, clusterName } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

const RADIUS = 3.5;
/** A hover this close to a point (px) shows it. */
const HOVER_PX = 24;

interface Hovered {
  readonly point: TopicMapPoint;
  readonly px: number;
  readonly py: number;
}

/**
 * The points, one SVG path per cluster. Recharts' <Scatter> draws each point as a component of
 * its own: 1,000 of them made one 750 ms long task in Chromium (src/bench/topicsBench.ts); one
 * path per cluster draws in a few ms. Hover finds the nearest point in the page instead.
 */
function MapPoints({ points, k, onHover }: { points: readonly TopicMapPoint[]; k: number; onHover: (h: Hovered | null) => void }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const placed = useMemo(() => (xScale && yScale ? points.map((p) => ({ p, px: xScale(p.x) ?? NaN, py: yScale(p.y) ?? NaN })) : []), [points, xScale, yScale]);
  if (!area || placed.length === 0) return null;
  const paths = Array.from({ length: k }, () => [] as string[]);
  for (const { p, px, py } of placed) {
    if (Number.isFinite(px) && Number.isFinite(py)) paths[p.cluster]?.push(`M${(px - RADIUS).toFixed(1)} ${py.toFixed(1)}a${RADIUS} ${RADIUS} 0 1 0 ${2 * RADIUS} 0a${RADIUS} ${RADIUS} 0 1 0 ${-2 * RADIUS} 0`);
  }
  const move = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const mx = e.clientX - box.left;
    const my = e.clientY - box.top;
    let best: (typeof placed)[number] | null = null;
    let bestD = HOVER_PX * HOVER_PX;
    for (const q of placed) {
      const d = (q.px - mx) ** 2 + (q.py - my) ** 2;
      if (d < bestD) {
        bestD = d;
        best = q;
      }
    }
    onHover(best && { point: best.p, px: best.px, py: best.py });
  };
  return (
    <g>
      {paths.map((d, c) => (
        <path key={c} d={d.join('')} fill={clusterColour(c)} fillOpacity={0.7} data-testid="map-points" data-cluster={c} />
      ))}
      <rect x={area.x} y={area.y} width={area.width} height={area.height} fill="transparent" onMouseMove={move} onMouseLeave={() => onHover(null)} data-testid="map-hover" />
    </g>
  );
}

function paddedDomain(values: readonly number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/** Posts on their first two principal components, coloured by cluster; hover a point for its terms. */
export function TopicMap({ result }: { result: TopicsResult }) {
  const map = result.map;
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const domains = useMemo(() => (map && map.points.length > 0 ? { x: paddedDomain(map.points.map((p) => p.x)), y: paddedDomain(map.points.map((p) => p.y)) } : null), [map]);
  return (
    <ChartCard
      title="Map of posts"
      info="Each dot is a post, placed by the first two principal components (PCA) of its TF-IDF vector and coloured by cluster. Posts with the same terms share a spot. Hover a dot for the post's terms."
      empty={map && domains ? null : 'No map: there are fewer than two documents.'}
      testId="topic-map"
    >
      {map && domains && (
        <>
          <p className="muted">
            {map.sampled ? `A seeded sample of ${formatInt(map.sampleSize)} of ${formatInt(map.documents)} posts` : `All ${formatInt(map.sampleSize)} posts`} · the axes explain {formatPercent(map.explainedVarianceRatio[0])} and{' '}
            {formatPercent(map.explainedVarianceRatio[1])} of the variance
          </p>
          <div style={{ position: 'relative' }}>
            <ResponsiveContainer width="100%" height={320}>
              <ScatterChart margin={{ left: 0, right: 20, top: 10 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" dataKey="x" domain={domains.x} allowDataOverflow tickFormatter={(v: number) => formatNumber(v, 2)} label={{ value: 'PC 1', position: 'insideBottomRight', offset: -2, fontSize: 11 }} />
                <YAxis type="number" dataKey="y" domain={domains.y} allowDataOverflow tickFormatter={(v: number) => formatNumber(v, 2)} width={48} />
                <MapPoints points={map.points} k={result.k} onHover={setHovered} />
              </ScatterChart>
            </ResponsiveContainer>
            {hovered && (
              <div className="card" role="tooltip" style={{ position: 'absolute', left: hovered.px + 12, top: hovered.py + 12, transform: hovered.px > 320 ? 'translateX(calc(-100% - 24px))' : undefined, padding: '0.4rem 0.6rem', maxWidth: 320, pointerEvents: 'none', boxShadow: '0 2px 8px rgba(0,0,0,0.15)' }} data-testid="map-tooltip">
                <strong>{clusterName(hovered.point.cluster)}</strong> <span className="muted">· row {formatInt(hovered.point.row + 1)}</span>
                <div style={{ overflowWrap: 'anywhere' }}>{hovered.point.terms || '(no terms kept)'}</div>
              </div>
            )}
          </div>
          <div className="row muted" style={{ fontSize: '0.82rem' }}>
            {result.clusters.map((c) => (
              <span key={c.id}>
                <ClusterSwatch id={c.id} round />
                {clusterLabel(c, result.settings.terms)}
              </span>
            ))}
          </div>
        </>
      )}
    </ChartCard>
  );
}
