import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ImportanceRow, Scoring } from '../../../workers/api.ts';
import { formatNumber } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';

const SHOWN = 15;

/** The features the forest leans on: impurity decrease (from training) or permutation (test-score drop). */
export function ImportanceCard({ rows, scoring }: { rows: readonly ImportanceRow[]; scoring: Scoring }) {
  const [kind, setKind] = useState<'permutation' | 'impurity'>('permutation');
  const id = useId();
  const data = useMemo(
    () =>
      [...rows]
        .sort((a, b) => b[kind] - a[kind])
        .slice(0, SHOWN)
        .map((r) => ({ name: r.name, value: r[kind], std: r.permutationStd })),
    [rows, kind],
  );
  const unit = kind === 'impurity' ? 'share of impurity decrease' : scoring === 'neg_mse' ? 'test MSE increase when shuffled' : 'test accuracy drop when shuffled';
  return (
    <ChartCard
      title="Feature importance"
      info="Permutation: how much worse the test score gets when one feature's values are shuffled (5 times, as sklearn permutation_importance); it measures what the model needs on new posts. Impurity: how much each feature's splits reduced the error while training (sklearn feature_importances_); it favours features with many distinct values."
      testId="importance-chart"
      actions={
        <label htmlFor={id} className="row" style={{ gap: '0.3rem' }}>
          <span className="sr-only">Importance kind</span>
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="importance-kind">
            <option value="permutation">Permutation (test)</option>
            <option value="impurity">Impurity (training)</option>
          </select>
        </label>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, 24 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, 3)} />
          <YAxis type="category" dataKey="name" width={170} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v, _n, item) => [`${formatNumber(Number(v), 4)}${kind === 'permutation' ? ` ± ${formatNumber((item.payload as { std: number }).std, 4)}` : ''}`, unit]} />
          <Bar dataKey="value" fill="#2f9e44" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
