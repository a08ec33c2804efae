import { useMemo, useState, type MouseEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, ScatterChart, Tooltip, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { clusterColour, clusterLabel, clusterName, formatBucket, shown } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

/** Posts per cluster. */
export function ClusterSizes({ result }: { result: TopicsResult }) {
  const data = result.clusters.map((c) => ({ name: clusterName(c.id), label: clusterLabel(c, result.settings.terms), size: c.size, share: c.share, id: c.id }));
  return (
    <ChartCard title="Cluster sizes" info="Posts in each cluster (posts without terms belong to none)." testId="cluster-sizes">
      <ResponsiveContainer width="100%" height={Math.max(180, 26 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 10, right: 30 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatInt(v)} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 11 }} interval={0} />
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

interface Shares {
  /** Per bucket: the cumulative share below each cluster (k + 1 values, from 0 to 1 or all 0). */
  readonly stacks: readonly (readonly number[])[];
  readonly totals: readonly number[];
}

function stackShares(counts: readonly (readonly number[])[], k: number): Shares {
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const stacks = counts.map((row, b) => {
    const out = [0];
    for (let c = 0; c < k; c++) out.push(out[c]! + (totals[b]! > 0 ? row[c]! / totals[b]! : 0));
    return out;
  });
  return { stacks, totals };
}

/**
 * The stacked shares as one filled band per cluster, and the period under the pointer. Recharts'
 * stacked <Area> per cluster took 55–75 ms to draw 12 clusters × 35 weeks the first time in
 * Chromium (src/bench/topicsBench.ts); k paths take a few.
 */
function Bands({ shares, k, onHover }: { shares: Shares; k: number; onHover: (bucket: number | null) => void }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const n = shares.stacks.length;
  const px = (b: number) => (x(b) ?? 0).toFixed(1);
  const py = (v: number) => (y(v) ?? 0).toFixed(1);
  // periods without posts leave a gap: the bands are drawn over each run of periods with posts
  const runs: [number, number][] = [];
  for (let b = 0; b < n; b++) {
    if (shares.totals[b] === 0) continue;
    const last = runs.at(-1);
    if (last && last[1] === b - 1) last[1] = b;
    else runs.push([b, b]);
  }
  const bands = Array.from({ length: k }, (_, c) =>
    runs
      .map(([from, to]) => {
        // a lone period is drawn as a narrow column around it
        const xs = from === to ? [from - 0.3, from + 0.3] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
        const at = (i: number) => shares.stacks[from === to ? from : from + i]!;
        const upper = xs.map((b, i) => `${px(b)} ${py(at(i)[c + 1]!)}`);
        const lower = xs.map((b, i) => `${px(b)} ${py(at(i)[c]!)}`).reverse();
        return `M${upper.join('L')}L${lower.join('L')}Z`;
      })
      .join(''),
  );
  const move = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const rel = (e.clientX - box.left - area.x) / Math.max(1, area.width);
    onHover(Math.max(0, Math.min(n - 1, Math.round(rel * (n - 1)))));
  };
  return (
    <g>
      {bands.map((d, c) => (
        <path key={c} d={d} fill={clusterColour(c)} fillOpacity={0.75} stroke={clusterColour(c)} strokeWidth={0.5} data-testid="timeline-band" />
      ))}
      <rect x={area.x} y={area.y} width={area.width} height={area.height} fill="transparent" onMouseMove={move} onMouseLeave={() => onHover(null)} />
    </g>
  );
}

/** Each cluster's share of the clustered posts in each time bucket, stacked to 100%; hover for a period's figures. */
export function ClusterTimelineChart({ result }: { result: TopicsResult }) {
  const t = result.timeline;
  const [hovered, setHovered] = useState<number | null>(null);
  const shares = useMemo(() => (t ? stackShares(t.counts, result.k) : null), [t, result.k]);
  const n = t?.starts.length ?? 0;
  const ticks = n > 1 ? Array.from(new Set(Array.from({ length: 6 }, (_, i) => Math.round((i * (n - 1)) / 5)))) : [0];
  return (
    <ChartCard
      title="Clusters over time"
      info="Share of each cluster among the clustered posts of each period (UTC; weeks start on Monday); the period is chosen from the time span. Hover for a period's counts."
      empty={t ? null : 'No timestamp column: map the column with the post time to the role "timestamp" in the Dataset view.'}
      testId="cluster-timeline"
    >
      {t && shares && (
        <>
          <p className="muted">
            Per {t.unit} of {t.column}
            {t.undated > 0 ? ` · ${formatInt(t.undated)} clustered posts without a readable time are left out` : ''}
          </p>
          <div style={{ position: 'relative' }}>
            <ResponsiveContainer width="100%" height={240}>
              <ScatterChart margin={{ left: 0, right: 36, top: 10 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis type="number" dataKey="x" domain={[0, Math.max(1, n - 1)]} ticks={ticks} interval={0} allowDataOverflow tickFormatter={(b: number) => (t.starts[b] === undefined ? '' : formatBucket(t.starts[b]!, t.unit))} />
                <YAxis type="number" dataKey="y" domain={[0, 1]} allowDataOverflow tickFormatter={(v: number) => formatPercent(v, 0)} width={52} />
                <Bands shares={shares} k={result.k} onHover={setHovered} />
              </ScatterChart>
            </ResponsiveContainer>
            {hovered !== null && (
              <div className="card" role="tooltip" style={{ position: 'absolute', right: 24, top: 8, padding: '0.4rem 0.6rem', pointerEvents: 'none', fontSize: '0.82rem', boxShadow: '0 2px 8px rgba(0,0,0,0.15)' }} data-testid="timeline-tooltip">
                <strong>{formatBucket(t.starts[hovered]!, t.unit)}</strong> · {formatInt(shares.totals[hovered]!)} posts
                {result.clusters.map((c) =>
                  t.counts[hovered]![c.id]! > 0 ? (
                    <div key={c.id}>
                      <ClusterSwatch id={c.id} />
                      {clusterName(c.id)}: {formatInt(t.counts[hovered]![c.id]!)} ({formatPercent(t.counts[hovered]![c.id]! / shares.totals[hovered]!)})
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
                <ClusterSwatch id={c.id} />
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
