import { ChartCard } from '../../components/ChartCard.tsx';
import { Heatmap } from '../../components/Heatmap.tsx';
import type { CorrelationMatrix } from '../../../workers/api.ts';

/** Pearson correlations between the numeric columns (pairwise-complete rows). */
export function CorrelationCard({ matrix }: { matrix: CorrelationMatrix }) {
  return (
    <ChartCard
      title="Correlations of numeric columns"
      info="Pearson r between every pair of numeric columns, over the rows where both have a value: +1 move together, −1 opposite, 0 unrelated. Identifiers are left out."
      empty={
        matrix.columns.length < 2 ? 'Fewer than two numeric columns: nothing to correlate.' : null
      }
      testId="correlation-heatmap"
    >
      <Heatmap
        ariaLabel="Correlation heatmap of the numeric columns"
        rowLabels={matrix.columns}
        colLabels={matrix.columns}
        values={matrix.r}
        cellSize={matrix.columns.length > 12 ? 28 : 44}
      />
    </ChartCard>
  );
}
