import { Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochStats } from '../../../workers/api.ts';
import { SERIES_COLOUR } from '../../shared/palette.ts';

function Curve({
  history,
  keys,
  names,
  title,
  domain,
}: {
  history: readonly EpochStats[];
  keys: readonly [keyof EpochStats, keyof EpochStats];
  names: readonly [string, string];
  title: string;
  domain?: [number, number];
}) {
  return (
    <figure className="sentiment-curve" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={history as EpochStats[]} margin={{ left: 0, right: 16 }}>
          <XAxis
            dataKey="epoch"
            allowDecimals={false}
            interval={Math.max(0, Math.ceil(history.length / 10) - 1)}
          />
          <YAxis
            domain={domain ?? ['auto', 'auto']}
            interval={0}
            tickFormatter={(v: number) => v.toFixed(2)}
            width={44}
          />
          <Tooltip
            formatter={(v, name) => [Number(v).toFixed(4), String(name)]}
            labelFormatter={(l) => `epoch ${String(l)}`}
          />
          <Legend />
          <Line
            type="monotone"
            dataKey={keys[0]}
            name={names[0]}
            stroke={SERIES_COLOUR.primary}
            dot
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey={keys[1]}
            name={names[1]}
            stroke={SERIES_COLOUR.secondary}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Loss and accuracy per epoch, on the training rows and on the validation slice early stopping watches. */
export function TrainingCurves({ history }: { history: readonly EpochStats[] }) {
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
        domain={[0, 1]}
      />
    </div>
  );
}
