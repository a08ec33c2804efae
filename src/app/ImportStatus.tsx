import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { AutosaveNotice } from './AutosaveNotice.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { useDataset } from '../shared/DatasetProvider.tsx';
import { formatBytes, formatInt } from '../shared/format.ts';

const PHASE_LABEL = {
  reading: 'Reading file',
  profiling: 'Working out column types',
  saving: 'Saving in this browser',
} as const;

/** The import's progress bar with Cancel, any import or dataset error, and a failed model autosave. */
export function ImportStatus() {
  const { importJob, error, clearError } = useDataset();
  const p = importJob.progress;
  return (
    <div className="import-status" aria-live="polite">
      {importJob.status === 'running' && (
        <ProgressBar
          testId="import-progress"
          label={p ? PHASE_LABEL[p.phase] : 'Starting import'}
          fraction={p && p.totalBytes > 0 ? p.bytesRead / p.totalBytes : null}
          detail={
            p
              ? `${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)} · ${formatInt(p.rows)} rows`
              : undefined
          }
          onCancel={importJob.cancel}
        />
      )}
      {importJob.status === 'cancelled' && (
        <div className="banner banner--info" role="status" data-testid="import-cancelled">
          Import cancelled. The dataset you had before is still loaded.
        </div>
      )}
      {importJob.error && (
        <ErrorBanner error={importJob.error} onDismiss={importJob.reset} testId="import-error" />
      )}
      {error && <ErrorBanner error={error} onDismiss={clearError} />}
      <AutosaveNotice />
    </div>
  );
}
