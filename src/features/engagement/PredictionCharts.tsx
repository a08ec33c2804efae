import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Histogram, PredictionPoints } from '../../../workers/api.ts';
import { formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';

const tick = (v: number) => formatNumber(v, 2);

function range(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** Predicted against actual for sampled test posts, with the line of perfect predictions. */
export function ScatterCard({ points, label, testId = 'scatter-chart', title = 'Predicted vs actual' }: { points: PredictionPoints; label: string; testId?: string; title?: string }) {
  const data = useMemo(() => Array.from(points.actual, (actual, i) => ({ actual, predicted: points.predicted[i]!, low: points.low[i]!, high: points.high[i]! })), [points]);
  const [lo, hi] = range([...points.actual, ...points.predicted]);
  return (
    <ChartCard
      title={title}
      info={`Each dot is a test post: its actual ${label} across, the prediction up. Dots on the dashed line are predicted exactly; a flat cloud means the model mostly predicts the average.${points.sampled ? ` A seeded sample of ${points.actual.length} test posts.` : ''}`}
      testId={testId}
    >
      <ResponsiveContainer width="100%" height={300}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="actual" name="actual" domain={[lo, hi]} tickFormatter={tick} label={{ value: `actual ${label}`, position: 'insideBottom', offset: -12 }} />
          <YAxis type="number" dataKey="predicted" name="predicted" domain={[lo, hi]} tickFormatter={tick} width={52} />
          <Tooltip formatter={(v) => formatNumber(Number(v), 3)} />
          <ReferenceLine segment={[{ x: lo, y: lo }, { x: hi, y: hi }]} stroke="#868e96" strokeDasharray="5 5" ifOverflow="extendDomain" />
          <Scatter data={data} fill="#3b5bdb" fillOpacity={0.45} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Residuals (actual − predicted) against the prediction, and their histogram over every test post. */
export function ResidualsCard({ points, histogram, label }: { points: PredictionPoints; histogram: Histogram | null; label: string }) {
  const data = useMemo(() => Array.from(points.actual, (actual, i) => ({ predicted: points.predicted[i]!, residual: actual - points.predicted[i]! })), [points]);
  const bars = useMemo(() => (histogram ? histogram.counts.map((count, i) => ({ bin: (histogram.edges[i]! + histogram.edges[i + 1]!) / 2, count })) : []), [histogram]);
  return (
    <ChartCard
      title="Residuals"
      info={`Actual minus predicted ${label}. Good models scatter evenly around 0 at every prediction; a funnel or a slope means the errors depend on the size of the prediction. The histogram covers every test post.`}
      testId="residuals-chart"
    >
      <ResponsiveContainer width="100%" height={220}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="predicted" name="predicted" tickFormatter={tick} domain={['auto', 'auto']} label={{ value: 'predicted', position: 'insideBottom', offset: -12 }} />
          <YAxis type="number" dataKey="residual" name="residual" tickFormatter={tick} width={52} />
          <Tooltip formatter={(v) => formatNumber(Number(v), 3)} />
          <ReferenceLine y={0} stroke="#868e96" strokeDasharray="5 5" />
          <Scatter data={data} fill="#e8590c" fillOpacity={0.45} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      {histogram && (
        <ResponsiveContainer width="100%" height={160}>
          <BarChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barCategoryGap={1}>
            <XAxis dataKey="bin" tickFormatter={tick} />
            <YAxis allowDecimals={false} width={52} />
            <Tooltip formatter={(v) => [String(v), 'posts']} labelFormatter={(l) => `residual ≈ ${formatNumber(Number(l), 3)}`} />
            <Bar dataKey="count" fill="#e8590c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
