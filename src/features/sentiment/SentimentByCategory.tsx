import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { StackedBars } from '../../components/charts/StackedBars.tsx';
import { LabelLegend } from './LabelLegend.tsx';
import {
  LABEL_COLOUR,
  LABEL_NAME,
  LABELS,
  sentimentMethod,
  UNSCORED_COLOUR,
  UNSCORED_NAME,
} from './labels.ts';
import { ColumnSelect } from '../../components/ColumnSelect.tsx';

export interface SentimentByCategoryProps {
  summary: SentimentSummary;
  columns: readonly string[];
  onColumn: (column: string) => void;
}

/** Share of each label per value of a categorical column (platform, country, source…). */
export function SentimentByCategory({ summary, columns, onColumn }: SentimentByCategoryProps) {
  const by = summary.byCategory;
  const rows = (by?.groups ?? []).map((g) => ({
    label: g.value,
    shares: [
      ...LABELS.map((l) => (g.total > 0 ? g[l] / g.total : 0)),
      ...(summary.byLanguage ? [g.total > 0 ? g.unscored / g.total : 0] : []),
    ],
    detail: `${formatInt(g.total)} posts${g.unscored > 0 ? ` (${formatInt(g.unscored)} we can't read)` : ''}, mean compound ${g.meanCompound.toFixed(3)}`,
  }));
  return (
    <ChartCard
      title="Sentiment by category"
      method={sentimentMethod(summary)}
      info="Share of positive, neutral and negative posts for each value of the chosen column; the twelve most frequent values, the rest as Other."
      empty={
        columns.length === 0
          ? 'No categorical column: give a column such as platform or country the role "category" in the Dataset view.'
          : null
      }
      testId="sentiment-by-category"
      actions={
        columns.length > 0 && (
          <ColumnSelect
            columns={columns}
            value={by?.column ?? ''}
            onChange={onColumn}
            testId="category-column"
          />
        )
      }
    >
      <StackedBars
        segments={[
          ...LABELS.map((l) => ({ name: LABEL_NAME[l], colour: LABEL_COLOUR[l] })),
          ...(summary.byLanguage ? [{ name: UNSCORED_NAME, colour: UNSCORED_COLOUR }] : []),
        ]}
        rows={rows}
        ariaLabel={`Share of each label per ${by?.column ?? 'category'}`}
      />
      <LabelLegend unscored={summary.byLanguage} />
    </ChartCard>
  );
}
