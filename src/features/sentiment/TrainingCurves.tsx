import { memo } from 'react';
import type { EpochStats } from '../../../workers/api.ts';
import { LinePlot } from '../../components/charts/LinePlot.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

function Curve({
  history,
  keys,
  names,
  title,
}: {
  history: readonly EpochStats[];
  keys: readonly [keyof EpochStats, keyof EpochStats];
  names: readonly [string, string];
  title: string;
}) {
  const epochs = history.map((h) => h.epoch);
  return (
    <figure className="sentiment-curve" aria-label={title}>
      <figcaption>{title}</figcaption>
      {/* our own SVG plot: mounting two recharts charts when training starts was one 60–160 ms task */}
      <LinePlot
        x={epochs}
        xTicks={epochs.length <= 15 ? epochs : undefined}
        formatX={(e) => `epoch ${e}`}
        formatXTick={String}
        xLabel="Epoch"
        formatY={(v) => v.toFixed(2)}
        series={[
          {
            name: names[0],
            colour: SERIES_COLOUR.primary,
            y: history.map((h) => h[keys[0]] ?? NaN),
          },
          {
            name: names[1],
            colour: SERIES_COLOUR.secondary,
            y: history.map((h) => h[keys[1]] ?? NaN),
          },
        ]}
        ariaLabel={title}
        height={200}
      />
    </figure>
  );
}

/** Loss and accuracy per epoch, on the training rows and on the validation slice early stopping watches. */
function Curves({ history }: { history: readonly EpochStats[] }) {
  return (
    <div className="sentiment-curves" data-testid="training-curves" data-epochs={history.length}>
      <Curve
        history={history}
        keys={['loss', 'valLoss']}
        names={['training loss', 'validation loss']}
        title="Loss (cross-entropy) per epoch"
      />
      <Curve
        history={history}
        keys={['accuracy', 'valAccuracy']}
        names={['training accuracy', 'validation accuracy']}
        title="Accuracy per epoch"
      />
    </div>
  );
}

/**
 * Drawn again only when an epoch ends: progress arrives every 100 ms during training, each time
 * with a fresh copy of the same history.
 */
export const TrainingCurves = memo(
  Curves,
  (a, b) =>
    a.history.length === b.history.length && a.history.at(-1)?.epoch === b.history.at(-1)?.epoch,
);
