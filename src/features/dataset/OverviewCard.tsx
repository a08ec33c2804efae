import { useEffect, useRef, useState } from 'react';
import type { AppError, JobProgress, OverviewSentence } from '../../../workers/api.ts';
import { saveBlob } from '../../components/ChartExport.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { analysis } from '../../engine/index.ts';
import { scoreDataset } from '../../engine/sentimentScoring.ts';
import { runTopics } from '../../engine/topicsEngine.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { useSentimentMode } from '../../shared/sentimentReading.ts';
import { useJob } from '../../shared/useJob.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import './overview.css';

/**
 * Sentiment is read at once for datasets up to this many posts (a few seconds on two cores);
 * larger ones wait for a click, so an import is never followed by minutes of work unasked.
 */
const AUTO_SENTIMENT_ROWS = 50_000;

const fractionOf = (p: JobProgress | null) => (p && p.total > 0 ? p.done / p.total : null);

/**
 * The overview after an import: the dataset in sentences a marketer would write (posts, dates,
 * languages, duplicates, sentiment with its ranges, the largest topics, what drives engagement),
 * each linking to the view that shows it, and the analysis as a readable HTML report.
 */
export function OverviewCard() {
  const { profile, version } = useDataset();
  const [mode] = useSentimentMode();
  const [asked, setAsked] = useState(0);
  const { value: overview, error } = useWorkerAnswer(`${version}:${mode}:${asked}`, () =>
    analysis('modelsOverview', {}),
  );
  const scoring = useJob<unknown, JobProgress>();
  const topics = useJob<unknown, JobProgress>();
  const [reportBusy, setReportBusy] = useState(false);
  const [reportError, setReportError] = useState<AppError | null>(null);
  const autoStarted = useRef<string | null>(null);

  const readSentiment = () =>
    void scoring
      .run(({ signal, onProgress }) => scoreDataset({ view: { mode }, signal, onProgress }))
      .then((r) => r.ok && setAsked((n) => n + 1));
  const findTopics = () =>
    void topics
      .run(async ({ signal, onProgress }) => {
        const status = await analysis('topicsStatus', {});
        if (!status.ok) return status;
        return runTopics(status.value.defaults, { signal, onProgress });
      })
      .then((r) => r.ok && setAsked((n) => n + 1));

  const rows = profile?.meta.rows ?? 0;
  const needsSentiment =
    overview !== null && overview.summary.hasText && overview.summary.sentiment === null;
  // Read the sentiment once per dataset without a click when it is small enough.
  useEffect(() => {
    if (!needsSentiment || rows > AUTO_SENTIMENT_ROWS || autoStarted.current === version) return;
    autoStarted.current = version;
    readSentiment();
    // readSentiment reads the current mode; starting once per dataset is the point
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsSentiment, rows, version]);

  const downloadHtml = async () => {
    setReportBusy(true);
    const r = await analysis('modelsReportHtml', {});
    setReportBusy(false);
    if (r.ok) saveBlob(r.value.blob, r.value.fileName);
    setReportError(r.ok ? null : r.error);
  };

  const actionOf = (s: OverviewSentence) => {
    if (!s.action) return null;
    if (s.part === 'sentiment' && s.view === 'sentiment')
      return scoring.status === 'running' ? null : (
        <button
          type="button"
          className="button button--small"
          onClick={readSentiment}
          data-testid="overview-read-sentiment"
        >
          {s.action}
        </button>
      );
    if (s.part === 'topics')
      return topics.status === 'running' ? null : (
        <button
          type="button"
          className="button button--small"
          onClick={findTopics}
          data-testid="overview-find-topics"
        >
          {s.action}
        </button>
      );
    return (
      <a className="overview__action" href={`#/${s.view}`}>
        {s.action}
      </a>
    );
  };

  return (
    <section
      className="card stack overview"
      aria-labelledby="overview-title"
      data-testid="overview"
      aria-busy={overview === null}
    >
      <header className="card__header">
        <h3 className="card__title" id="overview-title">
          Overview
        </h3>
      </header>
      {overview ? (
        <ul className="overview__sentences">
          {overview.sentences.map((s) => (
            <li key={s.part} data-testid={`overview-${s.part}`}>
              <a href={`#/${s.view}`} className="overview__sentence">
                {s.text}
              </a>
              {s.note && <span className="overview__note muted">{s.note}</span>}
              {actionOf(s)}
            </li>
          ))}
        </ul>
      ) : (
        !error && <p className="muted">Reading the dataset…</p>
      )}
      {scoring.status === 'running' && (
        <ProgressBar
          label="Reading the sentiment"
          fraction={fractionOf(scoring.progress)}
          onCancel={scoring.cancel}
          testId="overview-sentiment-progress"
        />
      )}
      {topics.status === 'running' && (
        <ProgressBar
          label="Finding the topics"
          fraction={fractionOf(topics.progress)}
          onCancel={topics.cancel}
          testId="overview-topics-progress"
        />
      )}
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={reportBusy || overview === null}
          onClick={() => void downloadHtml()}
          data-testid="overview-download-html"
        >
          Download report (HTML)
        </button>
        <span className="muted">One page to read, share or print to PDF.</span>
      </div>
      {error && <ErrorBanner error={error} />}
      {scoring.error && <ErrorBanner error={scoring.error} onDismiss={scoring.reset} />}
      {topics.error && <ErrorBanner error={topics.error} onDismiss={topics.reset} />}
      {reportError && <ErrorBanner error={reportError} onDismiss={() => setReportError(null)} />}
    </section>
  );
}
