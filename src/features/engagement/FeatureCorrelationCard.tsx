import { memo } from 'react';
import type { CorrelationMatrix } from '../../../workers/api.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { Heatmap } from '../../components/Heatmap.tsx';
import { featureLabel } from '../../shared/featureNames.ts';

/** Pearson correlations among the features and the target on the training posts. */
export const FeatureCorrelationCard = memo(function FeatureCorrelationCard({
  matrix,
}: {
  matrix: CorrelationMatrix;
}) {
  const n = matrix.columns.length;
  // the target (last) keeps its name; features read as people say them
  const labels = matrix.columns.map((c, i) => (i === n - 1 ? c : featureLabel(c)));
  return (
    <ChartCard
      title="Features and target: correlation"
      info="Pearson correlation on the training posts, as pandas DataFrame.corr(); the target is the last row and column. With more than 20 features, the 20 most correlated with the target are shown. Forests also find relations that are not linear, which r misses."
      testId="feature-correlation"
      wide
    >
      <Heatmap
        rowLabels={labels}
        colLabels={labels}
        values={matrix.r}
        ariaLabel="Correlation heatmap of the features and the target"
        cellSize={n > 14 ? 30 : 40}
      />
    </ChartCard>
  );
});
