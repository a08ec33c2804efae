import type { TopicsResult } from '../../../workers/api.ts';
import { formatNumber } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LinePlot, type LineMark } from '../../components/charts/LinePlot.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

/** The recommended k (solid green) and, when another k is shown, that one (dashed grey). */
function marks(result: TopicsResult): LineMark[] {
  const out: LineMark[] = [
    {
      x: result.recommendedK,
      colour: SERIES_COLOUR.highlight,
      label: `recommended k = ${result.recommendedK}`,
    },
  ];
  if (result.k !== result.recommendedK)
    out.push({
      x: result.k,
      colour: SERIES_COLOUR.reference,
      label: `shown k = ${result.k}`,
      dashed: true,
    });
  return out;
}

/** Every k on the axis while they fit (up to 15), round ones beyond. */
function kAxis(ks: readonly number[]) {
  return {
    x: ks,
    xTicks: ks.length <= 15 ? ks : undefined,
    formatX: (k: number) => `k = ${k}`,
    formatXTick: String,
    xLabel: 'Clusters (k)',
  };
}

/** Mean silhouette (cosine and euclidean) against k, with the recommended and the shown k marked. */
export function SilhouetteByK({ result }: { result: TopicsResult }) {
  return (
    <ChartCard
      title="Silhouette by k"
      info={`Mean silhouette of the posts at each k, with cosine and euclidean distance: how much closer each post is to its own cluster than to the next one (−1 to 1, higher is better). Recommended: ${result.recommendationRule}.`}
      testId="silhouette-chart"
    >
      <LinePlot
        {...kAxis(result.sweep.map((e) => e.k))}
        series={[
          {
            name: 'cosine',
            colour: SERIES_COLOUR.primary,
            y: result.sweep.map((e) => e.silhouetteCosine ?? NaN),
          },
          {
            name: 'euclidean',
            colour: SERIES_COLOUR.secondary,
            y: result.sweep.map((e) => e.silhouetteEuclidean ?? NaN),
          },
        ]}
        marks={marks(result)}
        ariaLabel="Mean silhouette by k"
      />
    </ChartCard>
  );
}

/** Inertia against k (the elbow), with the recommended and the shown k marked. */
export function ElbowChart({ result }: { result: TopicsResult }) {
  return (
    <ChartCard
      title="Elbow (inertia by k)"
      info="Inertia: the sum of squared distances of the posts to their cluster centre. It always falls as k grows; look for the bend where more clusters stop helping much."
      testId="elbow-chart"
    >
      <LinePlot
        {...kAxis(result.sweep.map((e) => e.k))}
        formatY={(v) => formatNumber(v, 0)}
        series={[
          {
            name: 'inertia',
            colour: SERIES_COLOUR.reference,
            y: result.sweep.map((e) => e.inertia),
          },
        ]}
        marks={marks(result)}
        ariaLabel="Inertia by k"
      />
    </ChartCard>
  );
}
