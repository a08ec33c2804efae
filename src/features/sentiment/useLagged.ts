import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, handed on `delayMs` after it changes. Giving each chart its own delay makes a new
 * summary redraw the charts one per task instead of all in one long task on the main thread.
 */
export function useLagged<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    // A transition: React may render it in slices and drop it for a newer value.
    const timer = setTimeout(() => startTransition(() => setShown(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, shown]);
  return shown;
}
