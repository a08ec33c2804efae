import type { SentimentSummary } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { Histogram } from '../../components/charts/Histogram.tsx';
import { LabelLegend } from './LabelLegend.tsx';
import { LABEL_COLOUR, sentimentMethod } from './labels.ts';
import { compoundBinColours } from '../../shared/palette.ts';

/** How compound scores spread over [-1, 1], bars coloured by the label their middle gets. */
export function CompoundHistogram({ summary }: { summary: SentimentSummary }) {
  const colours = compoundBinColours(summary.histogram.edges, summary.thresholds);
  const colourOf = (k: number) => colours[k] ?? LABEL_COLOUR.neutral;
  return (
    <ChartCard
      title="Compound score histogram"
      method={sentimentMethod({ ...summary, source: 'vader' })}
      info="VADER's compound score sums every word's valence and squashes it into -1 (most negative) to +1 (most positive). Posts without sentiment words sit at 0."
      testId="compound-histogram"
    >
      <p className="muted">
        Mean compound {summary.meanCompound.toFixed(3)}
        {summary.emptyTexts > 0 ? ` · ${formatInt(summary.emptyTexts)} empty posts score 0` : ''}
      </p>
      <Histogram
        data={summary.histogram}
        colour={LABEL_COLOUR.neutral}
        colourOf={colourOf}
        unit="posts"
        height={220}
        ariaLabel="Posts per compound score bin"
      />
      <LabelLegend />
    </ChartCard>
  );
}
