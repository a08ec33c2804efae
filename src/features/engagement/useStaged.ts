import { useEffect, useState } from 'react';

/**
 * How many of `count` heavy parts (charts) to render, growing by one per timer tick after `key`
 * changes: each chart mounts in a task of its own, so none of them makes one long task.
 */
export function useStaged(key: unknown, count: number, everyMs = 16): number {
  const [shown, setShown] = useState({ key, n: 0 });
  const n = shown.key === key ? shown.n : 0;
  useEffect(() => {
    if (n >= count) return;
    const t = setTimeout(() => setShown({ key, n: n + 1 }), everyMs);
    return () => clearTimeout(t);
  }, [key, n, count, everyMs]);
  return n;
}
