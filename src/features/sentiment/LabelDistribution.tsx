import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS } from './labels.ts';

/** Posts per label under the current thresholds. */
export function LabelDistribution({ summary }: { summary: SentimentSummary }) {
  const total = summary.scored;
  const data = LABELS.map((l) => ({ label: LABEL_NAME[l], key: l, count: summary.counts[l], share: total > 0 ? summary.counts[l] / total : 0 }));
  return (
    <ChartCard
      title="Label distribution"
      info={`A post is positive when its compound score is at least ${summary.thresholds.positive}, negative when it is at most ${summary.thresholds.negative}, neutral in between. Change the thresholds above.`}
      testId="label-distribution"
    >
      <ul className="sentiment-counts" data-testid="sentiment-counts">
        {data.map((d) => (
          <li key={d.key}>
            <span className={`pill pill--${d.key}`}>{d.label}</span> <strong data-testid={`count-${d.key}`}>{formatInt(d.count)}</strong> <span className="muted">({formatPercent(d.share)})</span>
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} margin={{ left: 10, right: 20 }}>
          <XAxis dataKey="label" interval={0} />
          <YAxis allowDecimals={false} interval={0} tickFormatter={(v: number) => formatInt(v)} />
          <Tooltip formatter={(v, _n, item) => [`${formatInt(Number(v))} posts (${formatPercent((item.payload as { share: number }).share)})`, 'Posts']} />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.key} fill={LABEL_COLOUR[d.key]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
