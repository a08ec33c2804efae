import { describe, expect, it } from 'vitest';
import { createStageQueue, type StageTimers } from './stageQueue.ts';

/** Timers run by hand: `tick()` runs every callback due so far, in order. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: StageTimers = {
    setTimeout: (fn, ms) => {
      pending.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      const due = [...pending.entries()]
        .filter(([, t]) => t.at <= now)
        .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) return;
      pending.delete(due[0]);
      due[1].fn();
    }
  };
  return { timers, advance };
}

describe('createStageQueue', () => {
  /** A queue with three jobs a, b, c enqueued in order; `ran` lists the jobs started. */
  function threeJobs() {
    const { timers, advance } = manualTimers();
    const q = createStageQueue(500, timers);
    const ran: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => () => void ran.push(name)) as [
      () => void,
      () => void,
      () => void,
    ];
    q.enqueue(a);
    q.enqueue(b);
    q.enqueue(c);
    return { q, ran, advance, a, b };
  }

  it('runs one job at a time, the next only in a later task after the first finished', () => {
    const { q, ran, advance, a, b } = threeJobs();
    expect(ran).toEqual(['a']);
    advance(100);
    expect(ran).toEqual(['a']); // a has not finished
    q.finish(a);
    expect(ran).toEqual(['a']); // not in the same task
    advance(0);
    expect(ran).toEqual(['a', 'b']);
    q.finish(b);
    advance(0);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('drops a job finished before its turn, and moves on after the timeout when a job never finishes', () => {
    const { q, ran, advance, a, b } = threeJobs();
    q.finish(b); // replaced before it ran
    advance(499);
    expect(ran).toEqual(['a']);
    advance(1);
    expect(ran).toEqual(['a', 'c']);
    q.finish(a); // a late report from the job that timed out changes nothing
    advance(1000);
    expect(ran).toEqual(['a', 'c']);
  });

  it('with a paint to wait for, starts the next job only after the page has painted', () => {
    const { timers, advance } = manualTimers();
    const paints: (() => void)[] = [];
    const q = createStageQueue(500, { ...timers, afterPaint: (fn) => void paints.push(fn) });
    const ran: string[] = [];
    const a = () => void ran.push('a');
    const b = () => void ran.push('b');
    q.enqueue(a);
    q.enqueue(b);
    q.finish(a);
    advance(50);
    expect(ran).toEqual(['a']); // no paint yet: b waits however many tasks run
    expect(paints).toHaveLength(1);
    paints.shift()!();
    expect(ran).toEqual(['a', 'b']);
  });
});
