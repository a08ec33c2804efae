import { memo } from 'react';
import type { LearningCurveResult } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LinePlot } from '../../components/charts/LinePlot.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

/** Score against the number of training posts, on the training posts and on the held-out folds. */
export const LearningCurveCard = memo(function LearningCurveCard({
  curve,
}: {
  curve: LearningCurveResult;
}) {
  const mse = curve.scoring === 'neg_mse';
  const sign = mse ? -1 : 1;
  const name = mse ? 'MSE' : curve.scoring;
  return (
    <ChartCard
      title="Learning curve"
      info={`The best point (with at most ${curve.nEstimators} trees) fitted on growing shares of each fold's training posts, as sklearn learning_curve: ${name} on the posts it learned from and on the fold it did not see. A gap that keeps closing as posts are added says more data would help.`}
      testId="learning-curve"
    >
      <LinePlot
        x={curve.points.map((p) => p.trainSize)}
        series={[
          {
            name: `${name} on training posts`,
            colour: SERIES_COLOUR.primary,
            y: curve.points.map((p) => sign * p.meanTrain),
          },
          {
            name: `${name} on held-out folds`,
            colour: SERIES_COLOUR.secondary,
            y: curve.points.map((p) => sign * p.meanTest),
          },
        ]}
        xLabel="training posts"
        formatX={(v) => formatInt(v)}
        ariaLabel={`Learning curve: ${name} against training posts`}
      />
    </ChartCard>
  );
});
