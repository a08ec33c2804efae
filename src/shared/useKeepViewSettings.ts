import { useCallback, useEffect, useRef } from 'react';
import type { ViewSection } from '../../workers/api.ts';
import { analysis } from '../engine/index.ts';

/** How long after the last change the settings are written (typing a number is many changes). */
const SAVE_AFTER_MS = 400;

/**
 * Keeps a view's settings with the active dataset (IndexedDB, through the analysis worker) a little
 * after the last change. A change still waiting when the dataset changes is dropped, so it is never
 * filed under the next dataset.
 */
export function useKeepViewSettings(
  section: ViewSection,
  version: string,
): (value: unknown) => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    },
    [version],
  );
  return useCallback(
    (value: unknown) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void analysis('saveViewSettings', { section, value });
      }, SAVE_AFTER_MS);
    },
    [section],
  );
}
