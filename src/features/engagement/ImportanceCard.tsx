import { memo, useId, useMemo, useState } from 'react';
import type { ImportanceRow, Scoring } from '../../../workers/api.ts';
import { featureLabel } from '../../shared/featureNames.ts';
import { formatPlain } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { BarList } from '../../components/charts/BarList.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

const SHOWN = 15;

/** The features the forest leans on: impurity decrease (from training) or permutation (test-score drop). */
export const ImportanceCard = memo(function ImportanceCard({
  rows,
  scoring,
}: {
  rows: readonly ImportanceRow[];
  scoring: Scoring;
}) {
  const [kind, setKind] = useState<'permutation' | 'impurity'>('permutation');
  const id = useId();
  const data = useMemo(
    () =>
      [...rows]
        .sort((a, b) => b[kind] - a[kind])
        .slice(0, SHOWN)
        .map((r) => ({ name: featureLabel(r.name), value: r[kind], std: r.permutationStd })),
    [rows, kind],
  );
  const unit =
    kind === 'impurity'
      ? 'share of what the trees learned from it'
      : scoring === 'neg_mse'
        ? 'how much worse the test error gets when it is shuffled'
        : 'test accuracy lost when it is shuffled';
  return (
    <ChartCard
      title="What the predictions lean on"
      info="Permutation: how much worse the test score gets when one feature's values are shuffled (5 times, as sklearn permutation_importance); it measures what the model needs on new posts. Impurity: how much each feature's splits reduced the error while training (sklearn feature_importances_); it favours features with many distinct values."
      testId="importance-chart"
      actions={
        <label htmlFor={id} className="row" style={{ gap: '0.3rem' }}>
          <span className="sr-only">Importance kind</span>
          <select
            id={id}
            value={kind}
            onChange={(e) => setKind(e.target.value as typeof kind)}
            data-testid="importance-kind"
          >
            <option value="permutation">On new posts (permutation)</option>
            <option value="impurity">While training (impurity)</option>
          </select>
        </label>
      }
    >
      <BarList
        rows={data.map((d) => ({
          label: d.name,
          value: d.value,
          ...(kind === 'permutation'
            ? { detail: `± ${formatPlain(d.std, 4)} (${unit})` }
            : { detail: `(${unit})` }),
        }))}
        colour={SERIES_COLOUR.primary}
        ariaLabel={`Feature importance (${kind}), the ${data.length} largest`}
      />
    </ChartCard>
  );
});
