import { useSyncExternalStore } from 'react';

export const VIEWS = [
  { id: 'dataset', label: 'Dataset' },
  { id: 'sentiment', label: 'Sentiment' },
  { id: 'topics', label: 'Topics' },
  { id: 'engagement', label: 'Engagement' },
  { id: 'live', label: 'Live scoring' },
  { id: 'models', label: 'Models' },
  { id: 'stream', label: 'Stream' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'] | 'diagnostics';

function read(): ViewId {
  const id = window.location.hash.replace(/^#\/?/, '');
  return id === 'diagnostics' || VIEWS.some((v) => v.id === id) ? (id as ViewId) : 'dataset';
}

function subscribe(fn: () => void): () => void {
  window.addEventListener('hashchange', fn);
  return () => window.removeEventListener('hashchange', fn);
}

/** The current view, kept in the URL hash so reloads and the back button keep the place. */
export function useRoute(): ViewId {
  return useSyncExternalStore(subscribe, read, () => 'dataset');
}
