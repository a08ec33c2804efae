import { useId } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LabelLegend } from './LabelLegend.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS } from './labels.ts';

export interface SentimentByCategoryProps {
  summary: SentimentSummary;
  columns: readonly string[];
  onColumn: (column: string) => void;
}

/** Share of each label per value of a categorical column (platform, country, source…). */
export function SentimentByCategory({ summary, columns, onColumn }: SentimentByCategoryProps) {
  const selectId = useId();
  const by = summary.byCategory;
  const data = (by?.groups ?? []).map((g) => ({
    value: g.value,
    total: g.total,
    meanCompound: g.meanCompound,
    ...Object.fromEntries(LABELS.map((l) => [l, g.total > 0 ? g[l] / g.total : 0])),
  }));
  return (
    <ChartCard
      title="Sentiment by category"
      info="Share of positive, neutral and negative posts for each value of the chosen column; the twelve most frequent values, the rest as Other."
      empty={columns.length === 0 ? 'No categorical column: give a column such as platform or country the role "category" in the Dataset view.' : null}
      testId="sentiment-by-category"
      actions={
        columns.length > 0 && (
          <label className="row" htmlFor={selectId}>
            By
            <select id={selectId} value={by?.column ?? ''} onChange={(e) => onColumn(e.target.value)} data-testid="category-column">
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, 30 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
          <XAxis type="number" domain={[0, 1]} interval={0} tickFormatter={(v: number) => formatPercent(v, 0)} />
          <YAxis type="category" dataKey="value" width={130} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip
            labelFormatter={(label, items) => {
              const p = items[0]?.payload as { total: number; meanCompound: number } | undefined;
              return p ? `${String(label)}: ${formatInt(p.total)} posts, mean compound ${p.meanCompound.toFixed(3)}` : String(label);
            }}
            formatter={(v, name) => [formatPercent(Number(v)), String(name)]}
          />
          {LABELS.map((l) => (
            <Bar key={l} dataKey={l} name={LABEL_NAME[l]} stackId="1" fill={LABEL_COLOUR[l]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <LabelLegend />
    </ChartCard>
  );
}
