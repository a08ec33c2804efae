import { memo, useMemo } from 'react';
import type { Histogram as HistogramData, PredictionPoints } from '../../../workers/api.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { Histogram } from '../../components/charts/Histogram.tsx';
import { ScatterPlot } from '../../components/charts/ScatterPlot.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

/** Predicted against actual for sampled test posts, with the line of perfect predictions. */
export const ScatterCard = memo(function ScatterCard({
  points,
  label,
}: {
  points: PredictionPoints;
  label: string;
}) {
  return (
    <ChartCard
      title="Predicted vs actual"
      info={`Each dot is a test post: its actual ${label} across, the prediction up. Dots on the dashed line are predicted exactly; a flat cloud means the model mostly predicts the average.${points.sampled ? ` A seeded sample of ${points.actual.length} test posts.` : ''}`}
      testId="scatter-chart"
    >
      <ScatterPlot
        x={points.actual}
        y={points.predicted}
        xLabel={`actual ${label}`}
        yLabel="predicted"
        guide="diagonal"
        colour={SERIES_COLOUR.primary}
        ariaLabel={`Predicted against actual ${label} for ${points.actual.length} test posts`}
      />
    </ChartCard>
  );
});

/** Residuals (actual − predicted) against the prediction, and their histogram over every test post. */
export const ResidualsCard = memo(function ResidualsCard({
  points,
  histogram,
  label,
}: {
  points: PredictionPoints;
  histogram: HistogramData | null;
  label: string;
}) {
  const residuals = useMemo(
    () => Float64Array.from(points.actual, (a, i) => a - points.predicted[i]!),
    [points],
  );
  return (
    <ChartCard
      title="Residuals"
      info={`Actual minus predicted ${label}. Good models scatter evenly around 0 at every prediction; a funnel or a slope means the errors depend on the size of the prediction. The histogram covers every test post.`}
      testId="residuals-chart"
    >
      <ScatterPlot
        x={points.predicted}
        y={residuals}
        xLabel="predicted"
        yLabel="actual − predicted"
        guide="zero"
        colour={SERIES_COLOUR.secondary}
        ariaLabel={`Residuals against predictions for ${points.actual.length} test posts`}
      />
      {histogram && (
        <Histogram
          data={histogram}
          colour={SERIES_COLOUR.secondary}
          unit="test posts"
          ariaLabel="Histogram of the residuals of every test post"
        />
      )}
    </ChartCard>
  );
});
