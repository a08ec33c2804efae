import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { BarList } from '../../components/charts/BarList.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS, sentimentMethod } from './labels.ts';

/** Posts per label under the current thresholds. */
export function LabelDistribution({ summary }: { summary: SentimentSummary }) {
  const total = summary.scored;
  const data = LABELS.map((l) => ({
    label: LABEL_NAME[l],
    key: l,
    count: summary.counts[l],
    share: total > 0 ? summary.counts[l] / total : 0,
  }));
  return (
    <ChartCard
      method={sentimentMethod(summary)}
      title={
        summary.source === 'classifier'
          ? 'Label distribution · trained classifier'
          : 'Label distribution · VADER'
      }
      info={`A post is positive when its compound score is at least ${summary.thresholds.positive}, negative when it is at most ${summary.thresholds.negative}, neutral in between. Change the thresholds above.`}
      testId="label-distribution"
    >
      <ul className="sentiment-counts" data-testid="sentiment-counts">
        {data.map((d) => (
          <li key={d.key}>
            <span className={`pill pill--${d.key}`}>{d.label}</span>{' '}
            <strong data-testid={`count-${d.key}`}>{formatInt(d.count)}</strong>{' '}
            <span className="muted">({formatPercent(d.share)})</span>
          </li>
        ))}
      </ul>
      <BarList
        rows={data.map((d) => ({
          label: d.label,
          value: d.count,
          colour: LABEL_COLOUR[d.key],
          detail: `posts (${formatPercent(d.share)})`,
        }))}
        colour={LABEL_COLOUR.neutral}
        formatValue={formatInt}
        ariaLabel="Posts per label"
      />
    </ChartCard>
  );
}
