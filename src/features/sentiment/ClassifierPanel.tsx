import { useId, useState } from 'react';
import type {
  LabelTarget,
  SentimentThresholds,
  SentimentTrainOptions,
  SentimentTrainProgress,
  SentimentTrainResult,
} from '../../../workers/api.ts';
import { formatInt, formatSeconds } from '../../shared/format.ts';
import { useFocusAfter } from '../../shared/focus.ts';
import { useJob } from '../../shared/useJob.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { analysis } from '../../engine/index.ts';
import { trainSentimentClassifier } from '../../engine/sentimentTraining.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { TrainingCurves } from './TrainingCurves.tsx';

export interface ClassifierPanelProps {
  version: string;
  textColumn: string;
  labelColumn: string;
  mapping: Readonly<Record<string, LabelTarget>>;
  thresholds: SentimentThresholds;
}

interface Settings {
  epochs: number;
  hidden: number;
  maxFeatures: number;
  bigrams: boolean;
  heldOutPercent: number;
  seed: number;
}

const DEFAULTS: Settings = {
  epochs: 30,
  hidden: 32,
  maxFeatures: 3000,
  bigrams: true,
  heldOutPercent: 20,
  seed: 42,
};

function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  tip,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (v: number) => void;
  tip: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} title={tip}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) =>
          Number.isFinite(e.target.valueAsNumber) && onChange(e.target.valueAsNumber)
        }
        style={{ width: '7rem' }}
      />
    </div>
  );
}

/**
 * A TF-IDF + dense network classifier trained on the mapped labels (tfjs, in a pool worker) with
 * live loss and accuracy curves, Cancel, and its held-out scores beside VADER's on the same rows.
 */
export function ClassifierPanel({
  version,
  textColumn,
  labelColumn,
  mapping,
  thresholds,
}: ClassifierPanelProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  // The classifier kept from an earlier training of this dataset, if any.
  const kept = useWorkerAnswer(version, () => analysis('sentimentClassifier', {}));
  const job = useJob<SentimentTrainResult, SentimentTrainProgress>();
  useFocusAfter(job.status, () => document.querySelector('[data-testid="classifier-comparison"]'));

  const classes = new Set(Object.values(mapping).filter((t) => t !== 'ignore'));
  const running = job.status === 'running';
  const result = job.value ?? kept.value;
  const history = running ? (job.progress?.history ?? []) : (result?.history ?? []);
  const set = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));

  const train = () => {
    const options: SentimentTrainOptions = {
      epochs: settings.epochs,
      hidden: settings.hidden,
      maxFeatures: settings.maxFeatures,
      bigrams: settings.bigrams,
      testShare: settings.heldOutPercent / 100,
      seed: settings.seed,
    };
    void job.run(({ signal, onProgress }) =>
      trainSentimentClassifier({
        mapping,
        textColumn,
        labelColumn,
        train: options,
        thresholds,
        signal,
        onProgress,
      }),
    );
  };

  return (
    <section
      className="card card--wide stack"
      aria-labelledby="classifier-title"
      data-testid="classifier-panel"
    >
      <header className="card__header">
        <h3 className="card__title" id="classifier-title">
          Trained classifier
          <InfoTip text="Learns from your labels instead of a fixed lexicon: the cleaned text as TF-IDF word and word-pair weights, then a small neural network (tfjs, in a background worker). A stratified share of the labelled rows is held out; both the classifier and VADER are scored on exactly those rows." />
        </h3>
      </header>
      <div className="row" role="group" aria-label="Training options">
        <NumberField
          label="Max epochs"
          value={settings.epochs}
          min={1}
          max={200}
          onChange={(v) => set({ epochs: v })}
          tip="Training stops earlier when the validation loss stops improving for 4 epochs."
        />
        <NumberField
          label="Hidden units"
          value={settings.hidden}
          min={1}
          max={256}
          onChange={(v) => set({ hidden: v })}
          tip="Size of the network's hidden layer."
        />
        <NumberField
          label="Vocabulary"
          value={settings.maxFeatures}
          min={50}
          max={20000}
          step={50}
          onChange={(v) => set({ maxFeatures: v })}
          tip="The most frequent terms kept as features."
        />
        <NumberField
          label="Held out %"
          value={settings.heldOutPercent}
          min={5}
          max={50}
          onChange={(v) => set({ heldOutPercent: v })}
          tip="Share of labelled rows kept aside for the comparison, per class."
        />
        <NumberField
          label="Seed"
          value={settings.seed}
          min={0}
          max={2 ** 31 - 1}
          onChange={(v) => set({ seed: v })}
          tip="The same seed, data and options give the same classifier."
        />
        <label className="row" title="Add adjacent word pairs such as “not good” to single words.">
          <input
            type="checkbox"
            checked={settings.bigrams}
            onChange={(e) => set({ bigrams: e.target.checked })}
          />{' '}
          word pairs
        </label>
        <button
          type="button"
          className="button button--primary"
          onClick={train}
          disabled={running || classes.size < 2}
          data-testid="train-classifier"
        >
          {result ? 'Train again' : 'Train classifier'}
        </button>
      </div>
      {classes.size < 2 && (
        <p className="muted">Map label values to at least two classes to train.</p>
      )}
      {running && (
        <ProgressBar
          label="Training classifier"
          fraction={job.progress ? job.progress.done / job.progress.total : null}
          detail={
            job.progress
              ? `${job.progress.message ?? ''}${job.progress.etaSeconds ? ` · about ${formatSeconds(job.progress.etaSeconds)} left at most` : ''}`
              : 'Preparing the labelled rows and loading tfjs…'
          }
          onCancel={job.cancel}
          testId="training-progress"
        />
      )}
      {job.status === 'cancelled' && (
        <p className="banner banner--info" role="status" data-testid="training-cancelled">
          Training cancelled: the background worker was stopped. Train again when you are ready.
        </p>
      )}
      {job.error && <ErrorBanner error={job.error} testId="training-error" />}
      {(running || history.length > 0) && <TrainingCurves history={history} />}
      {result && !running && (
        <div className="stack" data-testid="classifier-comparison">
          <p className="muted">
            Held-out rows: {formatInt(result.heldOut.n)} (trained on {formatInt(result.trainRows)}
            {result.labelledRows > result.trainRows + result.heldOut.n
              ? ` of a sample of the ${formatInt(result.labelledRows)} labelled rows`
              : ''}
            ) · vocabulary {formatInt(result.vocabulary)} terms · {result.history.length} epochs,
            weights of epoch {result.bestEpoch}
            {result.stoppedEarly ? ' (stopped early)' : ''} · {result.seconds.toFixed(1)} s on{' '}
            {result.backend}
          </p>
          <div className="sentiment-eval">
            <MetricsTable
              columns={[
                { name: 'Classifier', evaluation: result.heldOut.model },
                { name: 'VADER', evaluation: result.heldOut.vader },
              ]}
              testId="comparison-metrics"
            />
            <ConfusionMatrix
              evaluation={result.heldOut.model}
              title="Classifier on the held-out rows"
              testId="classifier-confusion"
            />
            <ConfusionMatrix
              evaluation={result.heldOut.vader}
              title="VADER on the same rows"
              testId="vader-heldout-confusion"
            />
          </div>
          <p className="muted">
            The classifier is also used by the live box in the Live scoring view.
          </p>
        </div>
      )}
    </section>
  );
}
