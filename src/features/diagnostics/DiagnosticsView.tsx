import { useRef, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { analysis, analysisGeneration, computePool } from '../../engine/index.ts';
import { useJob } from '../../shared/useJob.ts';
import type { JobProgress } from '../../../workers/api.ts';

/**
 * Checks the worker engine from the page: a long job with progress that Cancel must stop, and the
 * error path. The e2e suite drives it to prove cancellation is real.
 */
export default function DiagnosticsView() {
  const job = useJob<{ iterations: number }, JobProgress>();
  const [instance, setInstance] = useState<string | null>(null);
  const cancelledAt = useRef<number | null>(null);
  const [stoppedAfterMs, setStoppedAfterMs] = useState<number | null>(null);

  const start = async () => {
    setStoppedAfterMs(null);
    cancelledAt.current = null;
    const r = await job.run(({ signal, onProgress }) =>
      analysis('busyWork', { milliseconds: 20_000 }, { signal, onProgress }),
    );
    if (!r.ok && r.error.code === 'ABORTED')
      setStoppedAfterMs(
        cancelledAt.current === null ? null : Math.round(performance.now() - cancelledAt.current),
      );
  };

  return (
    <section aria-labelledby="diag-title" className="stack">
      <h2 id="diag-title">Engine check</h2>
      <p className="muted">
        Heavy work runs in Web Workers: one analysis worker, and a pool of {computePool().size}{' '}
        compute workers (one per core). This page proves that long work reports progress and that
        Cancel really stops it.
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => void start()}
          disabled={job.status === 'running'}
          data-testid="diag-start"
        >
          Start a 20-second job
        </button>
        <button
          type="button"
          className="button"
          data-testid="diag-instance"
          onClick={() =>
            void analysis('instanceId', {}).then((r) => {
              if (r.ok) setInstance(r.value);
            })
          }
        >
          Ask the worker who it is
        </button>
      </div>
      {job.status === 'running' && (
        <ProgressBar
          testId="diag-progress"
          label="Busy work"
          fraction={job.progress ? job.progress.done / job.progress.total : null}
          detail={
            job.progress?.etaSeconds !== undefined
              ? `about ${Math.round(job.progress.etaSeconds)} s left`
              : undefined
          }
          onCancel={() => {
            cancelledAt.current = performance.now();
            job.cancel();
          }}
        />
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="diag-status">{job.status}</dd>
        <dt>Analysis workers started</dt>
        <dd data-testid="diag-generation">{analysisGeneration()}</dd>
        <dt>Worker instance</dt>
        <dd data-testid="diag-instance-id">{instance ?? '—'}</dd>
        <dt>Stopped after Cancel in</dt>
        <dd data-testid="diag-stopped-ms">
          {stoppedAfterMs === null ? '—' : `${stoppedAfterMs} ms`}
        </dd>
      </dl>
      {job.error && <ErrorBanner error={job.error} />}
    </section>
  );
}
