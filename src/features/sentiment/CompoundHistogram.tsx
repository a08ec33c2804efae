import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS } from './labels.ts';

/** How compound scores spread over [-1, 1], bars coloured by the label their middle gets. */
export function CompoundHistogram({ summary }: { summary: SentimentSummary }) {
  const { edges, counts } = summary.histogram;
  const { positive, negative } = summary.thresholds;
  // One series per label (a bin's count sits in the series of the label its middle gets), so the
  // colours come from three series rather than a Cell per bar.
  const data = counts.map((count, k) => {
    const mid = (edges[k]! + edges[k + 1]!) / 2;
    const label = mid >= positive ? 'positive' : mid <= negative ? 'negative' : 'neutral';
    return { range: `${edges[k]!.toFixed(2)} to ${edges[k + 1]!.toFixed(2)}`, tick: edges[k]!.toFixed(1), [label]: count };
  });
  return (
    <ChartCard
      title="Compound score histogram"
      info="VADER's compound score sums every word's valence and squashes it into -1 (most negative) to +1 (most positive). Posts without sentiment words sit at 0."
      testId="compound-histogram"
    >
      <p className="muted">Mean compound {summary.meanCompound.toFixed(3)}{summary.emptyTexts > 0 ? ` · ${formatInt(summary.emptyTexts)} empty posts score 0` : ''}</p>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ left: 10, right: 20 }} barCategoryGap={1}>
          <XAxis dataKey="tick" interval={4} />
          <YAxis allowDecimals={false} interval={0} tickFormatter={(v: number) => formatInt(v)} />
          <Tooltip labelFormatter={(_l, items) => String((items[0]?.payload as { range?: string } | undefined)?.range ?? '')} formatter={(v, name) => [formatInt(Number(v)), `${String(name)} posts`]} />
          {LABELS.map((l) => (
            <Bar key={l} dataKey={l} name={LABEL_NAME[l]} stackId="1" fill={LABEL_COLOUR[l]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
