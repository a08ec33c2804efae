import { memo, useCallback, useId, useRef, useState } from 'react';
import type {
  AppError,
  JobProgress,
  TopicEdits,
  TopicsResult,
  TopicsSettings,
  TopicsStatus,
} from '../../../workers/api.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { languageList, useLanguageFilter } from '../../shared/languageFilter.ts';
import { formatInt, formatNumber, formatSeconds } from '../../shared/format.ts';
import { Staged } from '../../shared/Staged.tsx';
import { useJob } from '../../shared/useJob.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { editTopics, runTopics } from '../../engine/topicsEngine.ts';
import { analysis } from '../../engine/index.ts';
import { ClusterSizes, ClusterTerms, ClusterTimelineChart } from './ClusterCharts.tsx';
import { SilhouettePlotChart } from './SilhouettePlotChart.tsx';
import { ElbowChart, SilhouetteByK } from './SweepCharts.tsx';
import { TopicMap } from './TopicMap.tsx';
import { TopicsSettingsForm } from './TopicsSettingsForm.tsx';
import { TrendsCard } from './TrendsCard.tsx';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { keptSettings } from '../../shared/keptSettings.ts';
import { useKeepViewSettings } from '../../shared/useKeepViewSettings.ts';
import { WordCloudCard } from './WordCloudCard.tsx';
import { TopicsList } from './TopicsList.tsx';
import { editedResult } from './clusters.ts';
import { widerRange, type KRange } from './kRange.ts';
import { TopicCategoryCard, TopicSentimentCard } from './TopicBreakdownCards.tsx';

/** What the progress bar says for each phase of a run. */
function describe(
  p: JobProgress | null,
  refitK: number | null,
): { label: string; fraction: number | null } {
  const title = refitK === null ? 'Topic analysis' : `Refitting k = ${refitK}`;
  if (!p) return { label: `${title}: starting`, fraction: null };
  switch (p.phase) {
    case 'documents':
      return { label: `${title}: reading the posts’ terms`, fraction: null };
    case 'tfidf':
      return { label: `${title}: TF-IDF vectors`, fraction: null };
    case 'kmeans':
      return p.unit === 'k'
        ? {
            label: `${title}: k-means and silhouettes, ${p.message ?? ''} (${p.done} of ${p.total})`,
            fraction: p.done / p.total,
          }
        : { label: `${title}: k-means`, fraction: null };
    case 'projection':
      return { label: `${title}: 2-D map`, fraction: p.total > 0 ? p.done / p.total : null };
    default:
      return { label: `${title}: summarising the clusters`, fraction: 1 };
  }
}

function SourceNote({
  status,
  settings,
  onUseTerms,
}: {
  status: TopicsStatus;
  settings: TopicsSettings;
  onUseTerms: () => void;
}) {
  const h = status.hashtags;
  if (!h.source) {
    return (
      <div className="banner banner--info" role="status" data-testid="topics-source">
        No column has the hashtags or text role, so there is nothing to find topics in. Map the post
        text to the role “text” (and a hashtag column, if any, to “hashtags”) in the Dataset view.
      </div>
    );
  }
  const where =
    h.source.kind === 'hashtag-column'
      ? `the column “${h.source.column}”`
      : `the #tags in the text column “${h.source.column}” (no column has the hashtags role)`;
  if (h.postsWithTerms === 0) {
    return (
      <div className="banner banner--info" role="status" data-testid="no-hashtags">
        <div>
          <strong>No post has a hashtag</strong> (read from {where}).{' '}
          {status.textColumn
            ? `Topics can come from the words of the posts instead (text terms of “${status.textColumn}”).`
            : 'There is no text column for text terms either.'}
        </div>
        {status.textColumn && settings.terms === 'hashtags' && (
          <button
            type="button"
            className="button button--small"
            onClick={onUseTerms}
            data-testid="use-text-terms"
          >
            Use text terms
          </button>
        )}
      </div>
    );
  }
  return (
    <p className="muted" data-testid="topics-source">
      Hashtags from {where}: {formatInt(h.postsWithTerms)} of {formatInt(status.rows)} posts have at
      least one ({formatInt(h.distinctTerms)} distinct).
      {settings.terms === 'terms' && status.textColumn
        ? ` Documents now: the words of “${status.textColumn}” instead.`
        : ''}
    </p>
  );
}

/**
 * Which languages the analysis read, in a marketer's words: the language filter it ran under, the
 * common words dropped in each post's own language, and a nudge when the filter changed since.
 */
function TopicsLanguageNote({
  result,
  onRunAgain,
  running,
}: {
  result: TopicsResult;
  onRunAgain: () => void;
  running: boolean;
}) {
  const { facet } = useLanguageFilter();
  // an analysis kept from before languages were read counts every post, read as English
  const ran = result.languages ?? { only: null, stopWords: null };
  const only = ran.only ?? [];
  const now = facet?.chosen ?? [];
  const filterChanged = facet !== null && only.join(',') !== now.join(',');
  // the posts' languages were read after this analysis of their words
  const wordsStale = facet !== null && result.settings.terms === 'terms' && !ran.stopWords;
  if (only.length === 0 && !ran.stopWords && !filterChanged && !wordsStale) return null;
  return (
    <div className="stack" data-testid="topics-languages">
      <p className="muted">
        {only.length > 0
          ? `Topics found in the posts in ${languageList(only)} only (the language filter under the header); posts in other languages have no topic.`
          : 'Topics found in the posts in every language.'}
        {ran.stopWords &&
          ` Common words (“the”, “der”, “und” …) were left out in each post's own language (${languageList(ran.stopWords)}).`}{' '}
        <InfoTip text="Each post's language is the one detected in the Sentiment view. A post in a language without a list of common words (not English, German, French, Spanish, Italian, Portuguese or Dutch) loses the English ones." />
      </p>
      {(filterChanged || wordsStale) && (
        <div
          className="banner banner--info row"
          role="status"
          data-testid="topics-languages-changed"
        >
          <span>
            {filterChanged
              ? `The language filter is now ${now.length > 0 ? `only ${languageList(now)}` : 'all languages'}: run the analysis again to find the topics of those posts.`
              : "The posts' languages are read now: run the analysis again to leave out the common words of each post's own language."}
          </span>
          <button type="button" onClick={onRunAgain} disabled={running}>
            Run again
          </button>
        </div>
      )}
    </div>
  );
}

/** Memoised: progress events re-render the view several times a second while a run lasts. */
const Results = memo(function Results({
  result,
  pickK,
  running,
  version,
  hasText,
  categoryColumns,
  widen,
}: {
  result: TopicsResult;
  pickK: (k: number) => void;
  running: boolean;
  version: string;
  hasText: boolean;
  categoryColumns: readonly string[];
  widen: (range: KRange) => void;
}) {
  const pickId = useId();
  const wider = result.kAtEdge ? widerRange(result.kAtEdge, result.settings) : null;

  const p = result.pruning;
  const sil = result.silhouettePlot;
  return (
    <section className="stack" aria-label="Topic analysis results" data-testid="topics-results">
      <div className="kpis">
        <div className="kpi" data-testid="kpi-documents">
          <div className="kpi__value">{formatInt(result.documents)}</div>
          <div className="kpi__label">
            documents of {formatInt(result.posts)} posts ({formatInt(result.distinctDocuments)}{' '}
            distinct)
          </div>
        </div>
        <div className="kpi" data-testid="kpi-vocabulary">
          <div className="kpi__value">
            {formatInt(p.termsSeen)} → {formatInt(p.termsKept)}
          </div>
          <div className="kpi__label">
            vocabulary (terms){' '}
            <InfoTip
              text={`Pruning: min documents ${p.minDf} (dropped ${formatInt(p.droppedByMinDf)}), max share ${p.maxDf} (dropped ${formatInt(p.droppedByMaxDf)}), max terms ${p.maxFeatures === null ? 'none' : formatInt(p.maxFeatures)} (dropped ${formatInt(p.droppedByMaxFeatures)}).`}
            />
          </div>
        </div>
        <div className="kpi" data-testid="kpi-recommended">
          <div className="kpi__value">k = {result.recommendedK}</div>
          <div className="kpi__label">
            recommended <InfoTip text={`Rule: ${result.recommendationRule}.`} />
          </div>
        </div>
        {sil && (
          <div className="kpi" data-testid="kpi-silhouette-sample">
            <div className="kpi__value">{formatNumber(sil.mean, 3)}</div>
            <div className="kpi__label">
              {sil.sampled
                ? `silhouette on a seeded sample of ${formatInt(sil.scored)} posts`
                : `silhouette over all ${formatInt(sil.scored)} posts`}
            </div>
          </div>
        )}
        <div className="kpi">
          <div className="kpi__value">{formatSeconds(result.seconds)}</div>
          <div className="kpi__label">in a background worker</div>
        </div>
      </div>
      {result.notes.length > 0 && (
        <ul className="muted" data-testid="topics-notes">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {result.kAtEdge && wider && (
        <div className="banner banner--info row" role="status" data-testid="topics-widen">
          <span>
            k = {result.recommendedK} is at the {result.kAtEdge === 'high' ? 'top' : 'bottom'} of
            the range tried ({result.settings.kMin}..{result.settings.kMax}): the posts may hold{' '}
            {result.kAtEdge === 'high' ? 'more topics' : 'fewer, broader topics'}.
          </span>
          <button
            type="button"
            onClick={() => widen(wider)}
            disabled={running}
            data-testid="topics-widen-run"
          >
            Try k = {wider.kMin}..{wider.kMax}
          </button>
        </div>
      )}
      <div className="row">
        <label htmlFor={pickId}>Clusters shown</label>
        <select
          id={pickId}
          value={result.k}
          disabled={running}
          onChange={(e) => pickK(Number(e.target.value))}
          data-testid="k-picker"
        >
          {result.sweep.map((e) => (
            <option key={e.k} value={e.k}>
              k = {e.k}
              {e.k === result.recommendedK ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
        <span className="muted">Any k of the sweep: a quick refit of that k, the sweep stays.</span>
      </div>
      <div className="grid">
        <Staged value={`${result.k}:${result.seconds}:${result.settings.terms}`} wide={['terms']}>
          {[
            <SilhouetteByK key="silhouette-k" result={result} />,
            <ElbowChart key="elbow" result={result} />,
            <ClusterSizes key="sizes" result={result} />,
            <ClusterTimelineChart key="timeline" result={result} />,
            <TopicSentimentCard
              key="sentiment"
              result={result}
              version={version}
              hasText={hasText}
            />,
            <TopicCategoryCard
              key="category"
              result={result}
              version={version}
              columns={categoryColumns}
            />,
            <ClusterTerms key="terms" result={result} />,
            <TopicMap key="map" result={result} />,
            <SilhouettePlotChart key="silhouette" result={result} />,
          ]}
        </Staged>
      </div>
    </section>
  );
});

/** The Topics settings kept with the dataset, over the defaults (null when none can be read). */
function keptTopicsSettings(defaults: TopicsSettings, stored: unknown): TopicsSettings | null {
  if (stored === undefined) return null;
  const settings = keptSettings(defaults, stored);
  return settings === defaults || (settings.terms !== 'hashtags' && settings.terms !== 'terms')
    ? null
    : settings;
}

export default function TopicsView() {
  const { version } = useDataset();
  const status = useWorkerAnswer(version, () => analysis('topicsStatus', {}));
  // The settings as the person last left them on this dataset (kept in IndexedDB by the worker).
  const kept = useWorkerAnswer(`${version}:kept`, () => analysis('viewSettings', {}));
  const [edited, setEdited] = useState<{ version: string; settings: TopicsSettings } | null>(null);
  const keepSettings = useKeepViewSettings('topics', version);
  const [ran, setRan] = useState<{ version: string; refitK: number | null }>({
    version: '',
    refitK: null,
  });
  const job = useJob<TopicsResult, JobProgress>();
  const [edit, setEdit] = useState<{ base: TopicsResult; result: TopicsResult } | null>(null);
  const [editError, setEditError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const pickRef = useRef<(k: number) => void>(() => {});
  const pickK = useCallback((k: number) => pickRef.current(k), []);
  const widenRef = useRef<(range: KRange) => void>(() => {});
  const widen = useCallback((range: KRange) => widenRef.current(range), []);

  if (!status.ready) return <p className="muted">Reading the hashtags…</p>;
  if (!status.value) return status.error ? <ErrorBanner error={status.error} /> : null;
  const s = status.value;
  const settings =
    edited?.version === version
      ? edited.settings
      : (keptTopicsSettings(s.defaults, kept.value?.topics) ?? s.last?.settings ?? s.defaults);
  const setSettings = (next: TopicsSettings) => {
    setEdited({ version, settings: next });
    keepSettings(next);
  };
  const base = job.value && ran.version === version ? job.value : s.last;
  const result = base && edit?.base === base ? edit.result : base;
  const saveEdits = (edits: TopicEdits) => {
    if (!base) return;
    setSaving(true);
    void editTopics(edits).then((r) => {
      setSaving(false);
      if (r.ok) {
        setEditError(null);
        setEdit({ base, result: r.value });
      } else setEditError(r.error);
    });
  };
  const running = job.status === 'running';
  // every chart shows the topics as edited: merged, renamed, hidden
  const shown = result ? editedResult(result) : null;

  const start = (runSettings: TopicsSettings, k?: number) => {
    setRan({ version, refitK: k ?? null });
    keepSettings(runSettings);
    void job.run(({ signal, onProgress }) =>
      runTopics(runSettings, { signal, onProgress, ...(k !== undefined && { k }) }),
    );
  };
  const progress = describe(job.progress, ran.refitK);
  pickRef.current = (k) => {
    if (result) start(result.settings, k);
  };
  // the wider range becomes the form's too, so a later Run keeps it
  widenRef.current = (range) => {
    if (!result) return;
    const next = { ...result.settings, ...range };
    setSettings(next);
    start(next);
  };

  return (
    <div className="stack">
      <h2>Topics</h2>
      <SourceNote
        status={s}
        settings={settings}
        onUseTerms={() => setSettings({ ...settings, terms: 'terms' })}
      />
      <div role="radiogroup" aria-label="Documents" className="row" data-testid="documents-toggle">
        <span>Documents:</span>
        {(['hashtags', 'terms'] as const).map((t) => (
          <label key={t} className="row" style={{ gap: '0.25rem' }}>
            <input
              type="radio"
              name="topics-documents"
              checked={settings.terms === t}
              onChange={() => setSettings({ ...settings, terms: t })}
              disabled={running}
              data-testid={`documents-${t}`}
            />
            {t === 'hashtags' ? 'Hashtags' : 'Text terms'}
          </label>
        ))}
        <InfoTip text="Hashtags: each post's hashtags (case-folded), as TF-IDF documents. Text terms: the words of each post's text, without stop words (negations included), @handles, URLs, numbers or emoji; frequent phrases such as “customer service” kept whole; posts are grouped on 50 LSA dimensions (truncated SVD), where words used together count as related, so posts about one topic in other words (“bill”, “charged”) meet. Chosen by default when fewer than half the posts have a hashtag." />
      </div>
      <TopicsSettingsForm
        settings={settings}
        onChange={setSettings}
        onRun={() => start(settings)}
        running={running}
        distinctTerms={
          settings.terms === 'hashtags' && s.hashtags.source ? s.hashtags.distinctTerms : null
        }
      />
      {running && (
        <ProgressBar
          label={progress.label}
          fraction={progress.fraction}
          detail={
            job.progress?.etaSeconds !== undefined
              ? `about ${formatSeconds(job.progress.etaSeconds)} left`
              : undefined
          }
          onCancel={job.cancel}
          testId="topics-progress"
        />
      )}
      {job.status === 'cancelled' && (
        <div className="banner banner--info" role="status" data-testid="topics-cancelled">
          Cancelled: the analysis stopped
          {result ? '; the results below are from the run before' : ''}.
        </div>
      )}
      {job.error && <ErrorBanner error={job.error} testId="topics-error" />}
      {result?.edits && <TopicsList result={result} onEdit={saveEdits} busy={running || saving} />}
      {editError && <ErrorBanner error={editError} testId="topics-edit-error" />}
      {result && (
        <TopicsLanguageNote
          result={result}
          running={running}
          onRunAgain={() => start(result.settings)}
        />
      )}
      {result ? (
        <Results
          result={shown!}
          pickK={pickK}
          running={running}
          version={version}
          hasText={s.textColumn !== null}
          categoryColumns={s.categoryColumns ?? []}
          widen={widen}
        />
      ) : (
        !running && (
          <p className="muted">
            Run the analysis to cluster the posts by their{' '}
            {settings.terms === 'hashtags' ? 'hashtags' : 'words'}: a k-means sweep with
            silhouettes, in a background worker.
          </p>
        )
      )}
      <WordCloudCard
        initialWords={settings.terms}
        result={shown}
        hasText={s.textColumn !== null}
        version={version}
      />
      <TrendsCard words={settings.terms} version={version} />
    </div>
  );
}
