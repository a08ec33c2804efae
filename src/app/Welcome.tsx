import { Dropzone } from '../components/Dropzone.tsx';
import { useDataset } from '../shared/DatasetProvider.tsx';

/** The first screen: drop a file or try the sample. */
export function Welcome() {
  const { importFile, loadSample, importJob } = useDataset();
  const busy = importJob.status === 'running';
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Understand a social media export in minutes</h2>
      <p>
        Drop a CSV or Parquet file of posts (Twitter/X, Instagram, Facebook, TikTok, CrowdTangle,
        4CAT, a Bluesky archive … any layout) to get sentiment for every post, hashtag topics and
        trends, word clouds and a model that predicts engagement. Everything runs in this browser
        tab: <strong>your data never leaves your machine</strong>.
      </p>
      <Dropzone
        testId="welcome-dropzone"
        onFile={(f) => void importFile(f)}
        accept=".csv,.tsv,.txt,.parquet,text/csv,text/tab-separated-values"
        label="Choose a CSV or Parquet file…"
        hint="…or drop it here. Comma, semicolon, tab or pipe separated; UTF-8, UTF-16 or Latin-1; or Parquet."
        disabled={busy}
      />
      <div className="welcome__or">or</div>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void loadSample()}
        disabled={busy}
        data-testid="load-sample"
      >
        Try the sample dataset
      </button>
      <p className="muted">
        5,000 synthetic posts across five platforms and eight months, generated for this app.
      </p>
    </section>
  );
}
