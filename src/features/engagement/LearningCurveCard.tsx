import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LearningCurveResult } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';

/** Score against the number of training posts, on the training posts and on the held-out folds. */
export function LearningCurveCard({ curve }: { curve: LearningCurveResult }) {
  const mse = curve.scoring === 'neg_mse';
  const data = curve.points.map((p) => ({ size: p.trainSize, train: mse ? -p.meanTrain : p.meanTrain, cv: mse ? -p.meanTest : p.meanTest }));
  const name = mse ? 'MSE' : curve.scoring;
  return (
    <ChartCard
      title="Learning curve"
      info={`The best point (with at most ${curve.nEstimators} trees) fitted on growing shares of each fold's training posts, as sklearn learning_curve: ${name} on the posts it learned from and on the fold it did not see. A gap that keeps closing as posts are added says more data would help.`}
      testId="learning-curve"
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="size" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => formatInt(v)} label={{ value: 'training posts', position: 'insideBottom', offset: -12 }} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 3)} width={56} domain={['auto', 'auto']} />
          <Tooltip formatter={(v, n) => [formatNumber(Number(v), 4), String(n)]} labelFormatter={(l) => `${formatInt(Number(l))} training posts`} />
          <Legend verticalAlign="top" />
          <Line dataKey="train" name={`${name} on training posts`} stroke="#3b5bdb" isAnimationActive={false} />
          <Line dataKey="cv" name={`${name} on held-out folds`} stroke="#f08c00" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
