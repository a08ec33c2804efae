import { startTransition, useEffect, useState } from 'react';

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

/**
 * The current view, kept in the URL hash so reloads and the back button keep the place. A change
 * of view is a transition: React draws the new view in slices of a few ms, the old one staying
 * until it is ready, instead of one main-thread task as long as the whole view (50–90 ms for the
 * Topics view of the sample).
 */
export function useRoute(): ViewId {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const follow = () => startTransition(() => setRoute(read()));
    window.addEventListener('hashchange', follow);
    follow(); // a change between the first render and this effect
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
