import { useState } from 'react';
import type { AppError } from '../../../workers/api.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { saveBlob } from '../../components/ChartExport.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';

/** The current analysis as a readable HTML page and as one JSON file (charts export one by one from their cards). */
export function ReportCard() {
  const { profile } = useDataset();
  const [busy, setBusy] = useState(false);
  const download = async (job: 'modelsReport' | 'modelsReportHtml') => {
    setBusy(true);
    const r = await analysis(job, {});
    setBusy(false);
    if (r.ok) saveBlob(r.value.blob, r.value.fileName);
    setError(r.ok ? null : r.error);
  };
  const [error, setError] = useState<AppError | null>(null);
  return (
    <section className="card stack" aria-labelledby="report-title" data-testid="report">
      <header className="card__header">
        <h3 className="card__title" id="report-title">
          Report
          <InfoTip text="HTML: one page to read, share or print to PDF, with the overview in sentences, the key charts and how the numbers were made; nothing in it loads from the internet. JSON, for machines: the dataset profile (columns, types, roles), the sentiment summary and the classifier's held-out scores, the topics, the engagement model's metrics and the active model. Each chart downloads as PNG or SVG from its card's Export menu." />
        </h3>
      </header>
      {profile ? (
        <div className="row">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            data-testid="download-report-html"
            onClick={() => void download('modelsReportHtml')}
          >
            Download report (HTML)
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="download-report"
            onClick={() => void download('modelsReport')}
          >
            Download the analysis of “{profile.meta.name}” (JSON)
          </button>
        </div>
      ) : (
        <p className="empty">No dataset loaded: import one in the Dataset view to report on it.</p>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
