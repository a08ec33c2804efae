/**
 * Runs jobs one at a time: the next starts (in a later task, after the page has painted) only
 * after the running one is finished, or after `timeoutMs` in case it never reports back.
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
  /** Runs `fn` once the page has painted what is on it; without it, the next task. */
  afterPaint?(fn: () => void): void;
}

/** A frame's paint gives way to the next stage; a page that does not paint (a hidden tab) waits this long. */
const PAINT_WAIT_MS = 100;

const browserTimers: StageTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  // the task after the next frame: two stages committed in one frame are laid out together, and
  // a word cloud and the trend charts laid out at once took 60–110 ms the first time
  afterPaint: (fn) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      fn();
    };
    const fallback = setTimeout(once, PAINT_WAIT_MS);
    requestAnimationFrame(() => setTimeout(once, 0));
  },
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
    if (timers.afterPaint) timers.afterPaint(pump);
    else timers.setTimeout(pump, 0);
  }

  return {
    enqueue(job) {
      queue.push(job);
      pump();
    },
    finish,
  };
}
