import { useEffect, useRef } from 'react';
import type { JobStatus } from './useJob.ts';

/** Whether keyboard focus is nowhere (the page itself, or a button that was just disabled or removed). */
export function focusIsLost(): boolean {
  const el = document.activeElement;
  return (
    !el ||
    el === document.body ||
    !el.isConnected ||
    (el instanceof HTMLButtonElement && el.disabled)
  );
}

/**
 * Moves focus to what `target` returns once it is on the page (views draw in stages, so it may come
 * a little later), unless the user has put focus somewhere meanwhile. Elements that are not
 * focusable get tabindex="-1" so they can take focus without joining the Tab order.
 */
export function focusWhenShown(target: () => HTMLElement | null, timeoutMs = 10_000): () => void {
  const until = performance.now() + timeoutMs;
  let timer = 0;
  const attempt = () => {
    if (!focusIsLost()) return;
    const el = target();
    if (el) {
      if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      return;
    }
    if (performance.now() < until) timer = window.setTimeout(attempt, 100);
  };
  attempt();
  return () => window.clearTimeout(timer);
}

/**
 * After a job finishes (Train, an import), focus moves to its result, so keyboard and screen reader
 * users land on what changed instead of the top of the page.
 */
export function useFocusAfter(status: JobStatus, target: () => HTMLElement | null): void {
  const previous = useRef(status);
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (was === 'running' && status === 'done') return focusWhenShown(() => latest.current());
  }, [status]);
}
