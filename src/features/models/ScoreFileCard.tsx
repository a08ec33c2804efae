import type { JobProgress, ScoredFile } from '../../../workers/api.ts';
import { formatInt, formatSeconds } from '../../shared/format.ts';
import { useState } from 'react';
import { useJob } from '../../shared/useJob.ts';
import { saveBlob } from '../../components/ChartExport.tsx';
import { Dropzone } from '../../components/Dropzone.tsx';
import { ErrorBanner, WarningList } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { scoreFile } from '../../engine/models.ts';

function progressText(p: JobProgress | null): {
  label: string;
  fraction: number | null;
  detail?: string;
} {
  if (!p) return { label: 'Starting…', fraction: null };
  const detail =
    p.unit === 'bytes'
      ? `${(p.done / 1024 / 1024).toFixed(1)} of ${(p.total / 1024 / 1024).toFixed(1)} MB`
      : `${formatInt(p.done)} of ${formatInt(p.total)} posts`;
  return {
    label: p.phase,
    fraction: p.total > 0 ? p.done / p.total : null,
    detail:
      p.etaSeconds === undefined ? detail : `${detail} · about ${formatSeconds(p.etaSeconds)} left`,
  };
}

function Summary({ scored }: { scored: ScoredFile }) {
  const s = scored.summary;
  return (
    <div className="stack" data-testid="score-summary">
      <p style={{ margin: 0 }}>
        Scored <strong data-testid="score-rows">{formatInt(s.rows)}</strong> posts with “
        {scored.modelName}” in {scored.seconds.toFixed(1)} s ({s.parts.join(', ')}); saved as{' '}
        <code>{scored.fileName}</code>.
      </p>
      {s.sentiment && (
        <p className="muted" style={{ margin: 0 }}>
          Sentiment:{' '}
          <span className="pill pill--positive">{formatInt(s.sentiment.positive)} positive</span>{' '}
          <span className="pill pill--neutral">{formatInt(s.sentiment.neutral)} neutral</span>{' '}
          <span className="pill pill--negative">{formatInt(s.sentiment.negative)} negative</span>
        </p>
      )}
      {s.clusters && (
        <p className="muted" style={{ margin: 0 }}>
          Topics: {s.clusters.counts.map((c, i) => `${i + 1}: ${formatInt(c)}`).join(' · ')}; no
          known hashtag: {formatInt(s.clusters.none)}
        </p>
      )}
      {s.meanEngagement !== null && (
        <p className="muted" style={{ margin: 0 }}>
          Mean predicted engagement: {s.meanEngagement.toFixed(2)}
        </p>
      )}
      <WarningList warnings={s.notes.map((message) => ({ message }))} testId="score-notes" />
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => saveBlob(scored.blob, scored.fileName)}
          data-testid="score-download"
        >
          Download the scored file again
        </button>
      </div>
    </div>
  );
}

/** Score a new CSV or Parquet file with the active model in a pool worker (progress, Cancel) and download it, as CSV or Parquet, with the scores added. */
export function ScoreFileCard({ activeName }: { activeName: string | null }) {
  const job = useJob<ScoredFile, JobProgress>();
  const [format, setFormat] = useState<'csv' | 'parquet'>('csv');
  const running = job.status === 'running';
  const onFile = async (file: File) => {
    const r = await job.run(({ signal, onProgress }) =>
      scoreFile(file, { signal, onProgress, format }),
    );
    if (r.ok) saveBlob(r.value.blob, r.value.fileName);
  };
  const p = progressText(job.progress);
  return (
    <section className="card stack" aria-labelledby="score-file-title" data-testid="score-file">
      <header className="card__header">
        <h3 className="card__title" id="score-file-title">
          Score a file
          <InfoTip text="Every post of a CSV or Parquet file gets the active model's scores: sentiment (neg, neu, pos, compound, label), topic (cluster, similarity, top terms) predicted engagement (value, 10th and 90th percentile), and each post's language (a two-letter code such as en or de; unknown when too short or mixed to tell). Columns are matched by their training names, else by role; parts whose columns are missing are left out and named. In a CSV, cells that start with =, +, -, @ are prefixed with ' so spreadsheets do not run them; a Parquet download keeps numbers as numbers for DuckDB, pandas or Spark. `npm run cli -- score` gives the same file." />
        </h3>
      </header>
      {activeName === null ? (
        <p className="empty" data-testid="score-no-model">
          No active model: pick one above, import one, or add the default model.
        </p>
      ) : (
        <>
          <p className="muted" style={{ margin: 0 }}>
            With “{activeName}”.
          </p>
          <label className="row" style={{ gap: '0.5rem' }}>
            <span>Download the scored posts as</span>
            <select
              value={format}
              onChange={(e) => setFormat(e.target.value as 'csv' | 'parquet')}
              disabled={running}
              data-testid="score-format"
            >
              <option value="csv">CSV (spreadsheets)</option>
              <option value="parquet">Parquet (DuckDB, pandas, Spark)</option>
            </select>
          </label>
          <Dropzone
            onFile={(f) => void onFile(f)}
            accept=".csv,.tsv,.txt,.parquet,text/csv"
            label="Choose a CSV or Parquet file to score"
            hint="…or drop it here. It is read in a worker; nothing leaves this browser."
            disabled={running}
            testId="score-file-drop"
            compact
          />
        </>
      )}
      {running && (
        <ProgressBar
          label={p.label}
          fraction={p.fraction}
          {...(p.detail ? { detail: p.detail } : {})}
          onCancel={job.cancel}
          testId="score-progress"
        />
      )}
      {job.status === 'cancelled' && (
        <p className="banner banner--info" role="status" data-testid="score-cancelled">
          Scoring cancelled: the worker was stopped. Drop the file again to start over.
        </p>
      )}
      {job.error && <ErrorBanner error={job.error} testId="score-error" />}
      {job.status === 'done' && job.value && <Summary scored={job.value} />}
    </section>
  );
}
