/**
 * The stream worker's side of a replay: rows arrive in chunks (the page fetches them from the
 * analysis worker), wait in a short buffer, and the replay clock releases the ones that are due.
 * The buffer holds at most about two chunks: a feed call is answered only when there is room,
 * which paces the page's fetching.
 */
import type { ReplayChunk, ReplayPlan, ReplayStatus } from '../../api/stream.ts';
import { ReplayClock, type ReplaySpeed } from '../../core/stream/replayClock.ts';
import { tagSpans } from '../../core/stream/tagSpans.ts';
import type { StreamPost } from '../../core/stream/types.ts';

/** Rows buffered before a feed call waits. */
const ROOM = 4000;
/** Rows released per step at most: a replay that falls behind (a stall, a busy machine) catches up over a few steps instead of flooding the reservoir, so a replay is never sampled for its own burst. */
const MAX_RELEASE = 2000;

interface Waiting {
  readonly resolve: (next: number | null) => void;
}

export class ReplaySource {
  readonly clock: ReplayClock;
  state: ReplayStatus['state'] = 'playing';
  /** Replay position of the next row to release. */
  position: number;
  private buffer: StreamPost[] = [];
  private head = 0;
  /** Position of the first row not yet received. */
  private expected: number;
  private waiting: Waiting | null = null;

  constructor(
    readonly plan: ReplayPlan,
    speed: ReplaySpeed,
    from = 0,
    private readonly wallNow: () => number = () => Date.now(),
  ) {
    this.position = from;
    this.expected = from;
    this.clock = new ReplayClock(speed, plan.timed ? plan.startMs : wallNow());
  }

  get buffered(): number {
    return this.buffer.length - this.head;
  }

  status(): ReplayStatus {
    const { plan } = this;
    return {
      state: this.state,
      position: this.position,
      total: plan.rows,
      timed: plan.timed,
      startMs: plan.startMs,
      endMs: plan.endMs,
      timeMs: plan.timed ? this.clock.streamTimeMs : this.wallNow(),
      speed: this.clock.speed,
    };
  }

  /** Takes a chunk; resolves with the position wanted next once there is room (null: the replay ended or stopped while waiting). */
  feed(chunk: ReplayChunk): Promise<number | null> {
    // a chunk fetched before a seek is stale
    if (chunk.from === this.expected) {
      for (let i = 0; i < chunk.count; i++) {
        const text = chunk.texts[i]!;
        this.buffer.push({
          key: null,
          text,
          hashtags: chunk.hashtags[i]!,
          spans: tagSpans(text, chunk.hashtags[i]!),
          lang: chunk.langs?.[i] ?? null,
          timeMs: chunk.times[i]!,
          fields: Object.fromEntries(
            Object.entries(chunk.fields).map(([name, cells]) => [name, cells[i]!]),
          ),
          ...(chunk.sentiment && { chosenLabel: chunk.sentiment[i]! }),
        });
      }
      this.expected += chunk.count;
    }
    this.waiting?.resolve(null);
    this.waiting = null;
    if (this.wantsMore()) return Promise.resolve(this.expected);
    return new Promise((resolve) => (this.waiting = { resolve }));
  }

  private wantsMore(): boolean {
    return this.buffered < ROOM && this.expected < this.plan.rows;
  }

  /** The posts due after `elapsedWallMs` of wall time (none while paused). */
  release(elapsedWallMs: number): StreamPost[] {
    if (this.state !== 'playing') return [];
    const available = Math.min(this.buffered, MAX_RELEASE);
    const n = this.clock.step(elapsedWallMs, available, (i) => this.buffer[this.head + i]!.timeMs);
    const out = this.buffer.slice(this.head, this.head + n);
    this.head += n;
    this.position += n;
    if (this.head > ROOM) {
      this.buffer = this.buffer.slice(this.head);
      this.head = 0;
    }
    if (this.position >= this.plan.rows) this.state = 'ended';
    if (this.waiting && this.wantsMore()) {
      this.waiting.resolve(this.expected);
      this.waiting = null;
    }
    return out;
  }

  play(): void {
    if (this.state === 'paused') this.state = 'playing';
  }

  pause(): void {
    if (this.state === 'playing') this.state = 'paused';
  }

  setSpeed(speed: ReplaySpeed): void {
    this.clock.setSpeed(speed);
  }

  /** Moves to position `index` (time `timeMs`): drops the buffer and asks for rows from there. */
  seek(index: number, timeMs: number): void {
    this.buffer = [];
    this.head = 0;
    this.position = Math.max(0, Math.min(index, this.plan.rows));
    this.expected = this.position;
    this.clock.seek(this.plan.timed ? timeMs : this.wallNow());
    if (this.state === 'ended') this.state = this.position < this.plan.rows ? 'playing' : 'ended';
    if (this.waiting) {
      this.waiting.resolve(this.expected);
      this.waiting = null;
    }
  }

  /** Ends the replay: a waiting feed call resolves with null. */
  stop(): void {
    this.waiting?.resolve(null);
    this.waiting = null;
    this.state = 'ended';
  }
}
