import { useEffect, useState } from 'react';
import { createStageQueue } from './stageQueue.ts';

/**
 * One queue for the whole page: charts committed in the same task add up to one main-thread long
 * task, and stagers with timers of their own would still let React batch their updates together.
 * A stage is released only after the one before it has committed; a stage that never commits
 * gives up its turn after 500 ms.
 */
const stages = createStageQueue(500);

/**
 * `value`, handed on in a task of its own once the stages queued before it have drawn: the staging
 * hook for every heavy child of the page (see `Staged` for a grid of charts). `null` until the
 * first turn; after a change, the previous value until the new one's turn.
 */
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
