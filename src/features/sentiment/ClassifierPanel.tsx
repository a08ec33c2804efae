import { useId, useState } from 'react';
import type {
  ClassifierChoice,
  ClassifierKind,
  LabelTarget,
  SentimentThresholds,
  SentimentTrainOptions,
  SentimentTrainProgress,
  SentimentTrainResult,
} from '../../../workers/api.ts';
import { formatInt, formatPercent, formatSeconds } from '../../shared/format.ts';
import { useFocusAfter } from '../../shared/focus.ts';
import { useJob } from '../../shared/useJob.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { analysis } from '../../engine/index.ts';
import { trainSentimentClassifier } from '../../engine/sentimentTraining.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { LanguageModels } from './LanguageModels.tsx';
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
  /** Also a word-pattern model per language (LanguageModels.tsx). */
  perLanguage: boolean;
}

const DEFAULTS: Settings = {
  epochs: 30,
  hidden: 32,
  maxFeatures: 3000,
  bigrams: true,
  heldOutPercent: 20,
  seed: 42,
  perLanguage: false,
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

const MODEL_NAMES: Record<ClassifierKind, string> = {
  linear: 'Word patterns',
  network: 'Neural network',
};

/** Which model was kept and why, both models' figures in plain words, and the method one click away. */
function KeptModel({ choice }: { choice: ClassifierChoice }) {
  const l = choice.linear;
  const n = choice.network;
  const names = { linear: 'word-pattern model', network: 'neural network' } as const;
  const other = choice.kept === 'linear' ? 'network' : 'linear';
  const held = { linear: l.heldOut.accuracy, network: n.heldOut.accuracy };
  const cv =
    choice.basis === 'cross-validation' && l.cvAccuracy !== null && typeof n.cvAccuracy === 'number'
      ? { linear: l.cvAccuracy, network: n.cvAccuracy }
      : null;
  const pct = (v: number) => formatPercent(v, 0);
  const kind = `${l.loss === 'logistic' ? 'logistic regression' : 'a linear SVM (squared hinge)'} with C = ${l.C}`;
  const method = cv
    ? `Both models learned from the same training posts. To choose between them, each was trained ${l.folds} more times on ${formatInt(l.cvRows)} of the training posts, each time leaving a part out and scoring it there (cross-validation; copies of a post stay in one part): the word-pattern model was right on ${pct(cv.linear)} of the posts left out, the network on ${pct(cv.network)}. The one right more often is kept; a tie keeps the word-pattern model. The word-pattern figure is that of its best kind and strength (${kind}) on those same parts, so it flatters it slightly. Then both were scored on the held-out posts, which neither the training nor the choice saw: those are the figures to quote.`
    : `Both models learned from the same training posts and were scored on the same held-out posts, which neither saw (copies of a post stay on one side). There were too few training posts to cross-validate, so the one right more often on the held-out posts is kept; a tie goes to the better macro-F1, then to the word-pattern model. The word-pattern model used ${kind}.`;
  const tip = `${method} The word-pattern model: TF-IDF of words, word pairs and 2–5 letter pieces (${formatInt(l.features)} features), then a linear model. The network: TF-IDF of words and word pairs, one hidden layer; its early stopping watches a slice of the training posts. Word patterns ${l.seconds.toFixed(1)} s, network ${n.seconds.toFixed(1)} s.`;
  return (
    <p>
      <span
        data-testid="classifier-kept"
        data-kept={choice.kept}
        data-basis={cv ? 'cross-validation' : 'held-out'}
      >
        {cv
          ? `Kept the ${names[choice.kept]}: right on ${pct(cv[choice.kept])} of posts in cross-validation; the ${names[other]}: ${pct(cv[other])}. On held-out posts: ${pct(held[choice.kept])} and ${pct(held[other])}.`
          : `Kept the ${names[choice.kept]}: right on ${pct(held[choice.kept])} of held-out posts; the ${names[other]}: ${pct(held[other])}.`}
      </span>{' '}
      <InfoTip text={tip} about="how the kept model was chosen" />
    </p>
  );
}

/**
 * A word-pattern (n-gram TF-IDF + linear) model and a TF-IDF + dense network classifier trained on the mapped labels (tfjs, in a pool worker) with
 * live loss and accuracy curves, Cancel; the better of the two in cross-validation on the same folds is kept, both
 * shown beside VADER's scores on the same rows.
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
        perLanguage: settings.perLanguage,
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
          <InfoTip text="Learns from your labels instead of a fixed lexicon, two ways, in a background worker: a word-pattern model (words, word pairs and 2–5 letter pieces weighted by TF-IDF, then logistic regression or a linear SVM) and a small neural network (TF-IDF of words and word pairs, one hidden layer, tfjs). A stratified share of the labelled rows is held out, copies of a post kept on one side; the one right more often in cross-validation on the training posts is kept, and both models and VADER are scored on exactly those held-out rows." />
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
        <label
          className="row"
          title="Train a word-pattern model for each language with enough labels beside one for all languages; the better on held-out posts is kept."
        >
          <input
            type="checkbox"
            checked={settings.perLanguage}
            onChange={(e) => set({ perLanguage: e.target.checked })}
            data-testid="per-language"
          />{' '}
          a model per language
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
          {result.choice && <KeptModel choice={result.choice} />}
          {result.languages && <LanguageModels comparison={result.languages} />}
          <p className="muted">
            Held-out rows: {formatInt(result.heldOut.n)} (trained on {formatInt(result.trainRows)}
            {result.labelledRows > result.trainRows + result.heldOut.n
              ? ` of a sample of the ${formatInt(result.labelledRows)} labelled rows`
              : ''}
            ) · network: vocabulary {formatInt(result.vocabulary)} terms, {result.history.length}{' '}
            epochs, weights of epoch {result.bestEpoch}
            {result.stoppedEarly ? ' (stopped early)' : ''} · {result.seconds.toFixed(1)} s on{' '}
            {result.backend}
          </p>
          <div className="sentiment-eval">
            <MetricsTable
              columns={
                result.choice
                  ? [
                      { name: 'Word patterns', evaluation: result.choice.linear.heldOut },
                      { name: 'Neural network', evaluation: result.choice.network.heldOut },
                      { name: 'VADER', evaluation: result.heldOut.vader },
                    ]
                  : [
                      { name: 'Classifier', evaluation: result.heldOut.model },
                      { name: 'VADER', evaluation: result.heldOut.vader },
                    ]
              }
              testId="comparison-metrics"
            />
            <ConfusionMatrix
              evaluation={result.heldOut.model}
              title={
                result.choice
                  ? `${MODEL_NAMES[result.choice.kept]} (kept) on the held-out rows`
                  : 'Classifier on the held-out rows'
              }
              testId="classifier-confusion"
            />
            <ConfusionMatrix
              evaluation={result.heldOut.vader}
              title="VADER on the same rows"
              testId="vader-heldout-confusion"
            />
          </div>
          <p className="muted">
            The kept model is also used by the live box in the Live scoring view and saved in model
            bundles.
          </p>
        </div>
      )}
    </section>
  );
}
