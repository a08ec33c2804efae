import { useCallback, useEffect, useRef } from 'react';
import type { ViewSection } from '../../workers/api.ts';
import { analysis } from '../engine/index.ts';

/** How long after the last change the settings are written (typing a number is many changes). */
const SAVE_AFTER_MS = 400;

/**
 * Keeps a view's settings with the active dataset (IndexedDB, through the analysis worker) a little
 * after the last change. Leaving the view writes a waiting change at once; a change still waiting
 * when the dataset changes is dropped, so it is never filed under the next dataset.
 */
export function useKeepViewSettings(
  section: ViewSection,
  version: string,
): (value: unknown) => void {
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: unknown } | null>(null);
  const write = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void analysis('saveViewSettings', { section, value: p.value });
  }, [section]);
  useEffect(() => write, [write]);
  useEffect(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, [version]);
  return useCallback(
    (value: unknown) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { timer: setTimeout(write, SAVE_AFTER_MS), value };
    },
    [write],
  );
}
