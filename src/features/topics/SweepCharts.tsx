import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopicsResult } from '../../../workers/api.ts';
import { formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';

function Marks({ result }: { result: TopicsResult }) {
  return (
    <>
      <ReferenceLine x={result.recommendedK} stroke="#2f9e44" strokeWidth={2} />
      {result.k !== result.recommendedK && <ReferenceLine x={result.k} stroke="#5c6577" strokeDasharray="4 3" />}
    </>
  );
}

/** Says what the marks are; HTML, because recharts measures its own legend and labels in the DOM on every draw. */
function Key({ result, lines }: { result: TopicsResult; lines?: readonly [string, string][] }) {
  const swatch = (colour: string, dashed = false) => <span aria-hidden style={{ display: 'inline-block', width: 18, borderTop: `2px ${dashed ? 'dashed' : 'solid'} ${colour}`, verticalAlign: 'middle', marginRight: 4 }} />;
  return (
    <div className="row muted" style={{ fontSize: '0.82rem' }}>
      {lines?.map(([name, colour]) => (
        <span key={name}>
          {swatch(colour)}
          {name}
        </span>
      ))}
      <span>
        {swatch('#2f9e44')}
        recommended k = {result.recommendedK}
      </span>
      {result.k !== result.recommendedK && (
        <span>
          {swatch('#5c6577', true)}
          shown k = {result.k}
        </span>
      )}
    </div>
  );
}

function sweepData(result: TopicsResult) {
  return { data: result.sweep.map((e) => ({ k: e.k, cosine: e.silhouetteCosine, euclidean: e.silhouetteEuclidean, inertia: e.inertia })), ks: result.sweep.map((e) => e.k) };
}

/** Mean silhouette (cosine and euclidean) against k, with the recommended and the shown k marked. */
export function SilhouetteByK({ result }: { result: TopicsResult }) {
  const { data, ks } = sweepData(result);
  return (
    <ChartCard
      title="Silhouette by k"
      info={`Mean silhouette of the posts at each k, with cosine and euclidean distance: how much closer each post is to its own cluster than to the next one (−1 to 1, higher is better). Recommended: ${result.recommendationRule}.`}
      testId="silhouette-chart"
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 0, right: 20, top: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="k" type="number" domain={[ks[0]!, ks.at(-1)!]} ticks={ks} interval={0} allowDecimals={false} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 2)} width={48} />
          <Tooltip formatter={(v, name) => [formatNumber(Number(v), 4), String(name)]} labelFormatter={(k) => `k = ${k}`} />
          <Marks result={result} />
          <Line type="monotone" dataKey="cosine" name="cosine" stroke="#3b5bdb" dot isAnimationActive={false} />
          <Line type="monotone" dataKey="euclidean" name="euclidean" stroke="#f08c00" dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <Key
        result={result}
        lines={[
          ['cosine', '#3b5bdb'],
          ['euclidean', '#f08c00'],
        ]}
      />
    </ChartCard>
  );
}

/** Inertia against k (the elbow), with the recommended and the shown k marked. */
export function ElbowChart({ result }: { result: TopicsResult }) {
  const { data, ks } = sweepData(result);
  return (
    <ChartCard
      title="Elbow (inertia by k)"
      info="Inertia: the sum of squared distances of the posts to their cluster centre. It always falls as k grows; look for the bend where more clusters stop helping much."
      testId="elbow-chart"
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 10, right: 20, top: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="k" type="number" domain={[ks[0]!, ks.at(-1)!]} ticks={ks} interval={0} allowDecimals={false} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 0)} width={56} domain={['auto', 'auto']} />
          <Tooltip formatter={(v) => [formatNumber(Number(v), 2), 'inertia']} labelFormatter={(k) => `k = ${k}`} />
          <Marks result={result} />
          <Line type="monotone" dataKey="inertia" stroke="#5c6577" dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <Key result={result} />
    </ChartCard>
  );
}
