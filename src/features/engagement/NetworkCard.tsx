import { memo, useId, useState } from 'react';
import type {
  AppError,
  ClassificationReport,
  EpochStats,
  MlpOptions,
  MlpProgress,
  MlpResult,
  RegressionReport,
} from '../../../workers/api.ts';
import { formatPlain } from '../../shared/format.ts';
import type { JobStatus } from '../../shared/useJob.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { LinePlot } from '../../components/charts/LinePlot.tsx';
import { SERIES_COLOUR } from '../../shared/palette.ts';

function LossCurve({ history }: { history: readonly EpochStats[] }) {
  return (
    <figure
      style={{ margin: 0 }}
      data-testid="mlp-loss-chart"
      data-epochs={history.length}
      aria-label="Loss per epoch"
    >
      <LinePlot
        x={history.map((h) => h.epoch)}
        series={[
          { name: 'training loss', colour: SERIES_COLOUR.primary, y: history.map((h) => h.loss) },
          {
            name: 'validation loss',
            colour: SERIES_COLOUR.secondary,
            y: history.map((h) => h.valLoss),
          },
        ]}
        xLabel="epoch"
        formatX={(v) => String(Math.round(v))}
        ariaLabel="Training and validation loss per epoch"
      />
    </figure>
  );
}

type Report = RegressionReport | ClassificationReport;

/** Forest, network and baseline on the same test posts. */
function Comparison({ forest, mlp }: { forest: Report; mlp: Report }) {
  if (forest.kind === 'regression' && mlp.kind === 'regression') {
    const scales = [
      ['learned scale', forest.fitted, mlp.fitted] as const,
      ...(forest.raw && mlp.raw ? [['raw scale', forest.raw, mlp.raw] as const] : []),
    ];
    return (
      <table className="simple" data-testid="model-comparison">
        <thead>
          <tr>
            <th>Test posts</th>
            <th className="num">Forest MSE</th>
            <th className="num">Network MSE</th>
            <th className="num">Baseline MSE</th>
            <th className="num">Forest R²</th>
            <th className="num">Network R²</th>
          </tr>
        </thead>
        <tbody>
          {scales.map(([name, f, m]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="num">{formatPlain(f.model.mse, 4)}</td>
              <td className="num">{formatPlain(m.model.mse, 4)}</td>
              <td className="num">{formatPlain(f.baseline.mse, 4)}</td>
              <td className="num">{formatPlain(f.model.r2, 4)}</td>
              <td className="num">{formatPlain(m.model.r2, 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (forest.kind === 'classification' && mlp.kind === 'classification') {
    return (
      <table className="simple" data-testid="model-comparison">
        <thead>
          <tr>
            <th>Test posts</th>
            <th className="num">Accuracy</th>
            <th className="num">F1</th>
            <th className="num">ROC AUC</th>
          </tr>
        </thead>
        <tbody>
          {[['Random forest', forest] as const, ['Network', mlp] as const].map(([name, r]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="num">{formatPlain(r.accuracy, 4)}</td>
              <td className="num">{formatPlain(r.f1, 4)}</td>
              <td className="num">{r.rocAuc === null ? '—' : formatPlain(r.rocAuc, 4)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Baseline (majority)</th>
            <td className="num">{formatPlain(forest.baseline.accuracy, 4)}</td>
            <td className="num">{formatPlain(forest.baseline.f1, 4)}</td>
            <td className="num">0.5</td>
          </tr>
        </tbody>
      </table>
    );
  }
  return null;
}

function parseHidden(text: string): number[] | null {
  const sizes = text
    .split(/[,\s]+/)
    .filter((t) => t !== '')
    .map(Number);
  return sizes.length > 0 &&
    sizes.length <= 4 &&
    sizes.every((n) => Number.isInteger(n) && n >= 1 && n <= 1024)
    ? sizes
    : null;
}

/** A second model: an MLP (tfjs, wasm) on the same z-scored features, with live loss curves, compared with the forest. */
export const NetworkCard = memo(function NetworkCard({
  status,
  progress,
  error,
  onCancel,
  result,
  forest,
  onTrain,
}: {
  status: JobStatus;
  progress: MlpProgress | null;
  error: AppError | null;
  onCancel: () => void;
  result: MlpResult | null;
  forest: Report;
  onTrain: (o: MlpOptions) => void;
}) {
  const id = useId();
  const [hidden, setHidden] = useState('64, 32');
  const [epochs, setEpochs] = useState(60);
  const [rate, setRate] = useState(0.001);
  const sizes = parseHidden(hidden);
  const running = status === 'running';
  const history = running ? (progress?.history ?? []) : (result?.history ?? []);
  return (
    <section
      className="card card--wide stack"
      aria-labelledby={`${id}-title`}
      data-testid="mlp-card"
    >
      <header className="card__header">
        <h3 className="card__title" id={`${id}-title`}>
          Neural network beside the forest
          <InfoTip text="A multilayer perceptron (TensorFlow.js, WebAssembly) on the same features, z-scored with the training posts' means and standard deviations. Early stopping watches 15 % of the training posts; the test posts are the forest's, so the two are compared fairly." />
        </h3>
      </header>
      <div className="engagement-form">
        <div className="field">
          <label htmlFor={`${id}-hidden`}>Hidden layers</label>
          <input
            id={`${id}-hidden`}
            type="text"
            value={hidden}
            onChange={(e) => setHidden(e.target.value)}
            title="Units per hidden layer (ReLU), comma-separated, up to 4 layers."
            data-testid="mlp-hidden"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-epochs`}>Epochs at most</label>
          <input
            id={`${id}-epochs`}
            type="number"
            min={1}
            max={500}
            value={epochs}
            onChange={(e) => setEpochs(Math.max(1, Math.round(Number(e.target.value))))}
            data-testid="mlp-epochs"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-rate`}>Learning rate</label>
          <input
            id={`${id}-rate`}
            type="number"
            min={0.00001}
            max={1}
            step={0.0005}
            value={rate}
            onChange={(e) => setRate(Number(e.target.value))}
            title="Adam's step size."
          />
        </div>
      </div>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={running || !sizes || !(rate > 0)}
          onClick={() => sizes && onTrain({ hidden: sizes, epochs, learningRate: rate })}
          data-testid="train-mlp"
        >
          Train the network
        </button>
        {!sizes && (
          <span className="muted">
            Hidden layers: up to 4 whole numbers from 1 to 1024, e.g. 64, 32.
          </span>
        )}
      </div>
      {running && (
        <ProgressBar
          label="Training the network"
          fraction={progress ? progress.done / Math.max(1, progress.total) : null}
          detail={progress?.message ?? 'Starting TensorFlow.js…'}
          onCancel={onCancel}
          testId="mlp-progress"
        />
      )}
      {status === 'cancelled' && (
        <p className="banner banner--info" role="status" data-testid="mlp-cancelled">
          Network training cancelled.
        </p>
      )}
      {error && <ErrorBanner error={error} testId="mlp-error" />}
      {history.length > 0 && <LossCurve history={history} />}
      {result && !running && (
        <>
          <p className="muted">{`Kept the weights of epoch ${result.part.bestEpoch} of ${result.history.length}${result.stoppedEarly ? ' (stopped early)' : ''}; ${result.seconds.toFixed(1)} s on ${result.backend}.`}</p>
          <Comparison forest={forest} mlp={result.part.metrics} />
        </>
      )}
    </section>
  );
});
