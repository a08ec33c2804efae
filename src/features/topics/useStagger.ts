import { useEffect, useState } from 'react';

/**
 * How many of `total` heavy children to draw: one more per task (a `setTimeout(0)` apart), so
 * each chart mounts in a task of its own instead of all of them in one long main-thread task.
 * Starts again from none whenever `key` changes (a new result).
 */
export function useStagger(total: number, key: string): number {
  // none in the first commit: the view around them (a new result's figures) draws alone
  const [shown, setShown] = useState({ key, n: 0 });
  const n = shown.key === key ? shown.n : 0;
  useEffect(() => {
    if (n >= total) return;
    const id = setTimeout(() => setShown({ key, n: n + 1 }), 0);
    return () => clearTimeout(id);
  }, [n, total, key]);
  return Math.min(n, total);
}
