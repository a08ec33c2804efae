import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { BarList } from '../../components/charts/BarList.tsx';
import {
  LABEL_COLOUR,
  LABEL_NAME,
  LABELS,
  sentimentMethod,
  UNSCORED_COLOUR,
  UNSCORED_NAME,
} from './labels.ts';

/** Posts per label under the current thresholds. */
export function LabelDistribution({ summary }: { summary: SentimentSummary }) {
  const total = summary.counted;
  const data: { label: string; key: string; count: number; share: number; colour: string }[] =
    LABELS.map((l) => ({
      label: LABEL_NAME[l],
      key: l,
      count: summary.counts[l],
      share: total > 0 ? summary.counts[l] / total : 0,
      colour: LABEL_COLOUR[l],
    }));
  // Read in their own language, posts we cannot read get a bar of their own, never neutral's.
  if (summary.byLanguage)
    data.push({
      label: UNSCORED_NAME,
      key: 'unscored',
      count: summary.unscored,
      share: total > 0 ? summary.unscored / total : 0,
      colour: UNSCORED_COLOUR,
    });
  return (
    <ChartCard
      method={sentimentMethod(summary)}
      title={
        summary.source === 'classifier'
          ? 'Label distribution · trained classifier'
          : summary.byLanguage
            ? 'Label distribution · each post in its language'
            : 'Label distribution · VADER'
      }
      info={`A post is positive when its compound score is at least ${summary.thresholds.positive}, negative when it is at most ${summary.thresholds.negative}, neutral in between. Change the thresholds above.${summary.byLanguage ? " Posts in a language we have no word list for are counted as can't read, never as neutral." : ''}`}
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
          colour: d.colour,
          detail: `posts (${formatPercent(d.share)})`,
        }))}
        colour={LABEL_COLOUR.neutral}
        formatValue={formatInt}
        ariaLabel="Posts per label"
      />
    </ChartCard>
  );
}
