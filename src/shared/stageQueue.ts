/**
 * Runs jobs one at a time: the next starts (in a later task) only after the running one is
 * finished, or after `timeoutMs` in case it never reports back.
 */
export interface StageQueue {
  /** Queues a job; it starts at once when nothing is running. */
  enqueue(job: () => void): void;
  /** The job is over (or no longer wanted): frees its turn or its place in the queue. */
  finish(job: () => void): void;
}

export interface StageTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: StageTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createStageQueue(
  timeoutMs: number,
  timers: StageTimers = browserTimers,
): StageQueue {
  const queue: (() => void)[] = [];
  let running: (() => void) | null = null;
  let watchdog: unknown;

  function pump(): void {
    if (running) return;
    const next = queue.shift();
    if (!next) return;
    running = next;
    watchdog = timers.setTimeout(() => finish(next), timeoutMs);
    next();
  }

  function finish(job: () => void): void {
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
    if (running !== job) return;
    running = null;
    timers.clearTimeout(watchdog);
    timers.setTimeout(pump, 0);
  }

  return {
    enqueue(job) {
      queue.push(job);
      pump();
    },
    finish,
  };
}
