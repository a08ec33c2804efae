import { useEffect, useState } from 'react';
import { createStageQueue } from './stageQueue.ts';

/**
 * Hands new values to expensive children one at a time, each in a task of its own: several
 * charts committed together add up to one long task on the main thread. The next staged value
 * is released only after the previous one has committed, so React cannot batch them together.
 * A stage that never commits must not stall the rest: it gives up its turn after 500 ms.
 */
const stages = createStageQueue(500);

/** `value`, shown after the stages queued before it have drawn; `null` until its first turn. */
export function useStaged<T>(value: T | null): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const job = () => setShown(() => value);
    stages.enqueue(job);
    // Runs once the new value has committed (its turn is over), or when a newer value or
    // unmounting replaces it (its place in the queue is freed).
    return () => stages.finish(job);
  }, [value, shown]);
  return shown;
}
