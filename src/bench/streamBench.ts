/**
 * The Stream view in the benchmark page: mounted as the app mounts it (the Node side then types
 * the local Jetstream's address and presses Connect), with in-page counters of what the user
 * sees: dashboard updates (the `data-seq` of each snapshot drawn), animation frames, main-thread
 * long tasks, the page's JS heap and the counts on screen.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetProvider } from '../shared/DatasetProvider.tsx';
import StreamView from '../features/stream/StreamView.tsx';
import type { PageBenches } from './registry.ts';
import type { StreamPageSample } from './streamSample.ts';

let updates = 0;
let frames = 0;
let longTasks: number[] = [];
let watching = false;

function count(testId: string): number {
  const text = document.querySelector(`[data-testid="${testId}"] .kpi__value`)?.textContent ?? '';
  return Number(text.replace(/,/g, '')) || 0;
}

export const streamBenches: PageBenches = {
  /** Mounts the Stream view as the app does. */
  async streamMount() {
    const box = document.createElement('div');
    box.style.width = '1300px';
    document.body.append(box);
    createRoot(box).render(createElement(DatasetProvider, null, createElement(StreamView)));
    return true;
  },

  /** Starts counting dashboard updates, frames and long tasks. */
  async streamWatchStart() {
    if (watching) return true;
    watching = true;
    new MutationObserver((records) => {
      for (const r of records) if (r.attributeName === 'data-seq') updates++;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-seq'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    const frame = () => {
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return true;
  },

  /** The running totals now, and the long tasks since the last call. */
  async streamSample(): Promise<StreamPageSample> {
    const tasks = longTasks;
    longTasks = [];
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const dashboard = document.querySelector('[data-testid="stream-dashboard"]');
    return {
      t: performance.now(),
      updates,
      frames,
      longTasks: tasks,
      heapMb: memory ? Math.round((memory.usedJSHeapSize / 1024 / 1024) * 10) / 10 : null,
      counts: Object.fromEntries(
        ['frames', 'posts', 'scored', 'dropped', 'duplicates', 'skipped'].map((k) => [
          k,
          count(`count-${k}`),
        ]),
      ),
      held: {
        terms: Number(dashboard?.getAttribute('data-held-terms') ?? NaN),
        keys: Number(dashboard?.getAttribute('data-held-keys') ?? NaN),
      },
    };
  },
};
