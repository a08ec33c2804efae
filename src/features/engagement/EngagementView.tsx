import { useState } from 'react';
import type { AppError } from '../../../workers/api.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { languageList, useLanguageFilter } from '../../shared/languageFilter.ts';
import { useFocusAfter } from '../../shared/focus.ts';
import { Staged } from '../../shared/Staged.tsx';
import { ErrorBanner, WarningList } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import { FeatureCorrelationCard } from './FeatureCorrelationCard.tsx';
import { GridCard } from './GridCard.tsx';
import { ImportanceCard } from './ImportanceCard.tsx';
import { LearningCurveCard } from './LearningCurveCard.tsx';
import { MetricsCard } from './MetricsCard.tsx';
import { NetworkCard } from './NetworkCard.tsx';
import { ResidualsCard, ScatterCard } from './PredictionCharts.tsx';
import { SetupCard } from './SetupCard.tsx';
import { TrainingProgress } from './TrainingProgress.tsx';
import { useEngagement } from './useEngagement.ts';
import './engagement.css';

/** Saves the kept model bundle (JSON) as a file; returns its name, or null when it failed. */
async function downloadBundle(onError: (e: AppError) => void): Promise<string | null> {
  const r = await analysis('engagementBundle', {});
  if (!r.ok) {
    onError(r.error);
    return null;
  }
  if (!r.value) {
    onError({
      code: 'MODEL_NOT_FOUND',
      message: 'No model to save yet.',
      hint: 'Train a model first.',
    });
    return null;
  }
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(r.value)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `murmur-engagement-${r.value.engagement.target.expression.replace(/[^\w]+/g, '_')}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return a.download;
}

/**
 * The page's language filter, said plainly: the model learns from the chosen languages' posts alone
 * and every chart counts them. When the filter changed since the results below were trained, it
 * says which languages they count and that Train applies the new choice.
 * @param trained the languages the shown results were trained on (null: every language); undefined
 *   while there are none.
 */
function LanguageNote({ trained }: { trained: readonly string[] | null | undefined }) {
  const { facet } = useLanguageFilter();
  const chosen = facet && facet.chosen.length > 0 ? facet.chosen : null;
  const name = (codes: readonly string[] | null) =>
    codes ? `posts in ${languageList(codes)}` : 'posts in every language';
  const same = JSON.stringify(chosen) === JSON.stringify(trained ?? null);
  if (trained === undefined || same) {
    if (!chosen) return null;
    return (
      <div className="banner banner--info" role="status" data-testid="engagement-languages">
        Only {name(chosen)} (the language filter):{' '}
        {trained === undefined
          ? 'the model will learn from them alone, and every chart will count them.'
          : 'the model learned from them alone, and every chart below counts them.'}
      </div>
    );
  }
  return (
    <div className="banner banner--info" role="status" data-testid="engagement-languages">
      The results below were trained on {name(trained ?? null)}; the language filter now keeps{' '}
      {name(chosen)}. Press Train to learn from those.
    </div>
  );
}

/** Predicting engagement from what is known before posting: a random forest tuned by grid search, its honest metrics and graphs, and a network beside it. */
export default function EngagementView() {
  const { version } = useDataset();
  const {
    columns,
    columnsError,
    settings,
    setSettings,
    training,
    result,
    train,
    network,
    mlp,
    trainNetwork,
    restoredAt,
  } = useEngagement(version);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const running = training.status === 'running';
  useFocusAfter(training.status, () => document.getElementById('engagement-summary'));
  const label = result?.prepared.target.label ?? '';
  return (
    <div className="stack">
      <h2 id="engagement-title" style={{ margin: 0 }}>
        Engagement
        <InfoTip text="How many likes (or shares, comments) will a post get? A random forest learns it from what is known before posting; a grid search with cross-validation picks its options; the held-out test posts say honestly how well it does." />
      </h2>
      <LanguageNote trained={result ? (result.prepared.languages ?? null) : undefined} />
      {columnsError && <ErrorBanner error={columnsError} />}
      {columns && columns.targets.length === 0 && (
        <p className="empty" data-testid="no-target-column">
          No numeric column to predict: give the column with likes, shares or comments its role in
          the Dataset view.
        </p>
      )}
      {columns && settings && columns.targets.length > 0 && (
        <SetupCard
          columns={columns}
          settings={settings}
          setSettings={setSettings}
          running={running}
          onTrain={train}
        />
      )}
      {running && <TrainingProgress progress={training.progress} onCancel={training.cancel} />}
      {training.status === 'cancelled' && (
        <div className="banner banner--info" role="status" data-testid="training-cancelled">
          Training cancelled: the workers were stopped
          {result ? '; the results below are from the previous run' : ''}. Press Train to start
          again.
        </div>
      )}
      {training.error && <ErrorBanner error={training.error} testId="training-error" />}
      {result && (
        <>
          <WarningList
            warnings={result.prepared.notes.map((message) => ({ message }))}
            testId="engagement-notes"
          />
          <div className="row">
            <span className="muted" id="engagement-summary" data-testid="engagement-summary">
              {`Target ${label}; ${result.prepared.sentimentSource === 'sentiment-view' ? 'VADER scores from the Sentiment view' : result.prepared.sentimentSource === 'scored-now' ? 'VADER scored for these features' : 'no text features'}; trained in ${result.seconds.toFixed(1)} s.`}
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => void downloadBundle(setSaveError).then(setSavedAs)}
              data-testid="download-bundle"
              title="The model bundle (JSON): feature builder, forest, metrics and network, for another tab or `murmur score`."
            >
              Save the model
            </button>
            <a
              href="#/live"
              className="button button--small"
              title="Type a draft post in the Live view and see its predicted engagement."
            >
              Try a draft
            </a>
          </div>
          {restoredAt !== null && (
            <p className="muted" data-testid="engagement-restored">
              Kept from your last visit (trained {new Date(restoredAt).toLocaleString()}): nothing
              was rerun. Press Train to train again.
            </p>
          )}
          {savedAs && (
            <p className="muted" role="status" data-testid="bundle-saved">
              Saved as {savedAs} in your browser&rsquo;s downloads folder. The model is also kept in
              this browser: see <a href="#/models">Models</a>.
            </p>
          )}
          {saveError && <ErrorBanner error={saveError} onDismiss={() => setSaveError(null)} />}
          <div className="grid" data-testid="engagement-results">
            <Staged value={result} wide={['metrics', 'grid', 'correlation']}>
              {[
                <MetricsCard key="metrics" result={result} />,
                <ScatterCard
                  key="scatter"
                  points={result.refit.points}
                  label={
                    result.prepared.task === 'classification'
                      ? 'class (1 = above the median) vs probability'
                      : label
                  }
                />,
                ...(result.prepared.task === 'regression'
                  ? [
                      <ResidualsCard
                        key="residuals"
                        points={result.refit.points}
                        histogram={result.refit.residuals}
                        label={label}
                      />,
                    ]
                  : []),
                <ImportanceCard
                  key="importance"
                  rows={result.refit.importances}
                  scoring={result.refit.permutationScoring}
                />,
                <GridCard key="grid" summary={result.summary} folds={result.folds} />,
                <LearningCurveCard key="curve" curve={result.curve} />,
                <FeatureCorrelationCard key="correlation" matrix={result.prepared.correlation} />,
              ]}
            </Staged>
          </div>
          <NetworkCard
            status={network.status}
            progress={network.progress}
            error={network.error}
            onCancel={network.cancel}
            result={mlp}
            forest={result.refit.report}
            onTrain={trainNetwork}
          />
        </>
      )}
    </div>
  );
}
