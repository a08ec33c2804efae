import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { Dropzone } from '../components/Dropzone.tsx';
import { DatasetProvider, useDataset } from '../shared/DatasetProvider.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ImportStatus } from './ImportStatus.tsx';
import { VIEWS, useRoute, type ViewId } from './route.ts';
import { ScoringModel } from './ScoringModel.tsx';
import { Welcome } from './Welcome.tsx';
import { formatInt } from '../shared/format.ts';
import { useFocusAfter } from '../shared/focus.ts';
import { LanguageFilterBar } from '../shared/LanguageFilterBar.tsx';

const loadDatasetView = () => import('../features/dataset/DatasetView.tsx');

const views: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  dataset: lazy(loadDatasetView),
  sentiment: lazy(() => import('../features/sentiment/SentimentView.tsx')),
  topics: lazy(() => import('../features/topics/TopicsView.tsx')),
  engagement: lazy(() => import('../features/engagement/EngagementView.tsx')),
  live: lazy(() => import('../features/live/LiveView.tsx')),
  models: lazy(() => import('../features/models/ModelsView.tsx')),
  stream: lazy(() => import('../features/stream/StreamView.tsx')),
  diagnostics: lazy(() => import('../features/diagnostics/DiagnosticsView.tsx')),
};

/** Views that are useful before any dataset is loaded. */
const WITHOUT_DATASET: readonly ViewId[] = ['live', 'models', 'stream', 'diagnostics'];

function Shell() {
  const route = useRoute();
  // The Dataset view appears the moment an import finishes: fetch and compile it while the user picks a file.
  useEffect(() => {
    const id = setTimeout(() => void loadDatasetView(), 500);
    return () => clearTimeout(id);
  }, []);
  // On a phone the tabs scroll sideways: keep the current one in sight.
  useEffect(() => {
    document.querySelector('.tab--active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [route]);
  const { profile, restoring, importFile, importJob } = useDataset();
  // After an import (the sample or a file), focus lands on the dataset's heading.
  useFocusAfter(importJob.status, () =>
    document.querySelector<HTMLElement>('#main h2:not(#welcome-title)'),
  );
  const View = views[route];
  const needsDataset = !WITHOUT_DATASET.includes(route);
  return (
    <div className="app">
      {/* Not href="#main": the views live in the URL's hash, so the link moves focus itself. */}
      <a
        className="skip-link"
        href={`#/${route}`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <h1 className="brand">
          <a href="#/dataset">Murmur</a>
        </h1>
        <nav className="tabs" aria-label="Views">
          {VIEWS.map((v) => (
            <a
              key={v.id}
              href={`#/${v.id}`}
              className={`tab${route === v.id ? ' tab--active' : ''}`}
              aria-current={route === v.id ? 'page' : undefined}
            >
              {v.label}
            </a>
          ))}
        </nav>
        <div className="topbar__dataset" data-testid="active-dataset">
          {profile ? (
            <>
              <span className="topbar__name" title={profile.meta.fileName}>
                {profile.meta.name}
              </span>
              <span className="muted"> · {formatInt(profile.meta.rows)} rows</span>
            </>
          ) : (
            <span className="muted">{restoring ? 'Loading…' : 'No dataset'}</span>
          )}
          <Dropzone
            compact
            onFile={(f) => void importFile(f)}
            accept=".csv,.tsv,.txt,.parquet,text/csv"
            label="Import CSV or Parquet"
            testId="topbar-import"
            disabled={importJob.status === 'running'}
          />
        </div>
        <ScoringModel />
      </header>
      <ImportStatus />
      {profile && <LanguageFilterBar />}
      <main className="main" id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={route}>
          {needsDataset && !profile ? (
            restoring ? (
              <p className="muted">Restoring your last dataset…</p>
            ) : (
              <Welcome />
            )
          ) : (
            <Suspense fallback={<p className="muted">Loading view…</p>}>
              <View />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <span>Private by design: no request leaves this page with your data.</span>
        <a href="#/diagnostics">Engine check</a>
      </footer>
    </div>
  );
}

export function App() {
  return (
    <DatasetProvider>
      <Shell />
    </DatasetProvider>
  );
}
