import { useCallback, useId, useMemo } from 'react';
import type { SentimentTimeUnit } from '../../../workers/api.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { languageList } from '../../shared/languageFilter.ts';
import { formatInt, formatSeconds } from '../../shared/format.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ClassifierPanel } from './ClassifierPanel.tsx';
import { CompoundHistogram } from './CompoundHistogram.tsx';
import { LabelDistribution } from './LabelDistribution.tsx';
import { LabelMappingTable } from './LabelMappingTable.tsx';
import { LabellingPanel } from './LabellingPanel.tsx';
import { LanguagesCard } from './LanguagesCard.tsx';
import { PostsTable } from './PostsTable.tsx';
import { SentimentByCategory } from './SentimentByCategory.tsx';
import { SentimentOverTime } from './SentimentOverTime.tsx';
import { ThresholdControls } from './ThresholdControls.tsx';
import { SentimentModeSwitch } from '../../components/SentimentModeSwitch.tsx';
import { TopPosts } from './TopPosts.tsx';
import { useLabelMapping } from './useLabelMapping.ts';
import { useStaged } from '../../shared/useStaged.ts';
import { useSentimentScores } from './useSentimentScores.ts';
import { VaderEvaluation } from './VaderEvaluation.tsx';
import './sentiment.css';

/** Sentiment of every post (VADER, scored across the worker pool), its breakdowns, and checks against human labels. */
export default function SentimentView() {
  const { version } = useDataset();
  const { choices, setChoices, status, summary, error, scoring, resume, refresh, keptGeneration } =
    useSentimentScores(version);
  const labels = useLabelMapping(version, status?.columns.label ?? null);
  const textSelectId = useId();
  const columns = status?.columns;
  const running = scoring.status === 'running';
  const textColumn = status?.textColumn ?? null;
  const onUnit = useCallback(
    (timeUnit: SentimentTimeUnit | 'auto') => setChoices((c) => ({ ...c, timeUnit })),
    [setChoices],
  );
  const onCategory = useCallback(
    (categoryColumn: string) => setChoices((c) => ({ ...c, categoryColumn })),
    [setChoices],
  );
  const categories = columns?.categories;
  // Each chart takes a new summary in a task of its own (see useStaged), and only when it changed.
  const sDist = useStaged(summary);
  const sHist = useStaged(summary);
  const sTime = useStaged(summary);
  const sCat = useStaged(summary);
  const sTop = useStaged(summary);
  const sTable = useStaged(summary);
  const distribution = useMemo(() => sDist && <LabelDistribution summary={sDist} />, [sDist]);
  const histogram = useMemo(() => sHist && <CompoundHistogram summary={sHist} />, [sHist]);
  const overTime = useMemo(
    () =>
      sTime && (
        <SentimentOverTime
          summary={sTime}
          unit={sTime.overTime?.auto === false ? sTime.overTime.unit : 'auto'}
          onUnit={onUnit}
        />
      ),
    [sTime, onUnit],
  );
  const byCategory = useMemo(
    () =>
      sCat && (
        <SentimentByCategory summary={sCat} columns={categories ?? []} onColumn={onCategory} />
      ),
    [sCat, categories, onCategory],
  );
  const top = useMemo(() => sTop && <TopPosts summary={sTop} />, [sTop]);
  const table = useMemo(
    () => sTable?.complete && <PostsTable summary={sTable} version={version} />,
    [sTable, version],
  );
  return (
    <div className="stack">
      <section aria-labelledby="sentiment-title" className="stack">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="sentiment-title" style={{ margin: 0 }}>
            Sentiment
            <InfoTip text="Every post is scored with VADER (vaderSentiment 3.3.2, exactly), a lexicon and rule method made for social media: it reads capitals, '!!!', emoji, negations ('not good') and 'but'." />
          </h2>
          {columns && columns.textCandidates.length > 1 && (
            <label className="row" htmlFor={textSelectId}>
              Text column
              <select
                id={textSelectId}
                value={textColumn ?? ''}
                onChange={(e) => setChoices((c) => ({ ...c, textColumn: e.target.value }))}
                data-testid="text-column"
                disabled={running}
              >
                {columns.textCandidates.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <SentimentModeSwitch />
        <ThresholdControls
          key={`${version}:${keptGeneration}`}
          value={choices.thresholds}
          onChange={(thresholds) => setChoices((c) => ({ ...c, thresholds }))}
        />
      </section>
      {error && <ErrorBanner error={error} />}
      {status && !textColumn && (
        <p className="empty" data-testid="no-text-column">
          No column has the text role, so there is nothing to score. Give the column with the post
          text the role “text” in the Dataset view.
        </p>
      )}
      {running && (
        <ProgressBar
          label="Scoring sentiment"
          fraction={
            scoring.progress ? scoring.progress.done / Math.max(1, scoring.progress.total) : null
          }
          detail={
            scoring.progress
              ? `${formatInt(scoring.progress.done)} of ${formatInt(scoring.progress.total)} posts${scoring.progress.etaSeconds ? ` · about ${formatSeconds(scoring.progress.etaSeconds)} left` : ''}`
              : 'Starting the workers…'
          }
          onCancel={scoring.cancel}
          testId="sentiment-progress"
        />
      )}
      {scoring.status === 'cancelled' && !summary?.complete && (
        <div className="banner banner--info" role="status" data-testid="sentiment-cancelled">
          <span>
            Scoring cancelled:{' '}
            {summary
              ? `${formatInt(summary.scored)} of ${formatInt(summary.rows)} posts are scored and shown`
              : 'the posts scored so far are kept'}
            .
          </span>
          <button type="button" className="button button--small" onClick={resume}>
            Score the rest
          </button>
        </div>
      )}
      {scoring.error && <ErrorBanner error={scoring.error} testId="sentiment-error" />}
      {summary && (
        <p
          className="muted"
          data-testid="charts-source"
          data-source={summary.source}
          data-by-language={summary.byLanguage}
        >
          {summary.source === 'classifier'
            ? 'The label charts show the classifier trained on your labels (your own labels where you gave one).'
            : summary.byLanguage
              ? `The label charts read each post in its own language: English with VADER, German, Spanish, French, Italian, Portuguese and Arabic with word lists; ${formatInt(summary.unscored)} posts in other languages are counted apart as “can't read”.`
              : 'The label charts show VADER.'}
          {summary.languages && (
            <span data-testid="charts-language-filter">
              {' '}
              Only posts in {languageList(summary.languages)} are counted (
              {formatInt(summary.counted)} of {formatInt(summary.scored)}; change it under the
              header).
            </span>
          )}
        </p>
      )}
      {summary && (
        <div
          className="grid"
          data-testid="sentiment-charts"
          data-complete={summary.complete}
          data-scored={summary.scored}
        >
          {distribution}
          {histogram}
          {overTime}
          {byCategory}
          {top}
          {table}
        </div>
      )}
      {textColumn && summary?.complete && (
        <LanguagesCard
          version={version}
          textColumn={textColumn}
          thresholds={choices.thresholds}
          onRead={refresh}
        />
      )}
      {textColumn && columns && (
        <section
          className="card card--wide stack"
          aria-labelledby="evaluation-title"
          data-testid="evaluation"
        >
          <header className="card__header">
            <h3 className="card__title" id="evaluation-title">
              Against human labels
              <InfoTip text="Map each value of the label column to positive, neutral or negative (or leave it out), then see how often VADER agrees: accuracy, macro-F1, per-class precision, recall and F1, and the confusion matrix, as scikit-learn defines them." />
            </h3>
          </header>
          {!columns.label ? (
            <p className="empty" data-testid="no-label-column">
              No label column: give the column with human sentiment labels the role “label” in the
              Dataset view.
            </p>
          ) : (
            <>
              {labels.error && <ErrorBanner error={labels.error} />}
              {labels.values && <LabelMappingTable key={labels.values.column} state={labels} />}
              {labels.values && (
                <VaderEvaluation
                  textColumn={textColumn}
                  labelColumn={columns.label}
                  mapping={labels.mapping}
                  thresholds={choices.thresholds}
                  ready={!running && summary !== null}
                />
              )}
            </>
          )}
        </section>
      )}
      {textColumn && summary?.complete && (
        <LabellingPanel version={version} textColumn={textColumn} onSourceChanged={refresh} />
      )}
      {textColumn && columns?.label && labels.values && (
        <ClassifierPanel
          version={version}
          textColumn={textColumn}
          labelColumn={columns.label}
          mapping={labels.mapping}
          thresholds={choices.thresholds}
        />
      )}
    </div>
  );
}
