/**
 * One live feed's WebSocket, kept open: a connection that fails, closes or does not open within
 * the timeout is retried after an exponential, capped, jittered delay, at the address `urlFor`
 * gives then (Jetstream: with the cursor, so the feed resumes where it stopped). Only `stop`
 * ends it. The socket and timers are passed in, so tests run it against a real server in Node.
 */
import type { FeedState } from '../../api/stream.ts';
import { backoffDelay, type BackoffOptions } from '../../core/stream/backoff.ts';
import type { Rng } from '../../core/random/rng.ts';

/** What the feed needs of a WebSocket (the browser's, or the `ws` package's in tests). */
export interface SocketLike {
  binaryType: string;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface FeedSocketOptions {
  /** The address for the next connection (called before each attempt). */
  readonly urlFor: () => string;
  readonly onMessage: (data: unknown) => void;
  /** Called whenever the state, attempt or error changes. */
  readonly onChange?: () => void;
  readonly connectTimeoutMs?: number;
  readonly backoff?: BackoffOptions;
  readonly rng: Rng;
  readonly create: (url: string) => SocketLike;
  readonly now?: () => number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** The host of a URL for messages ("jetstream2.us-east.bsky.network", "127.0.0.1:4000"). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export class FeedSocket {
  state: FeedState = 'closed';
  /** Failed attempts in a row; 0 again once a message arrives. */
  attempt = 0;
  /** Why the last connection ended or failed (kept after a reconnect, to say what happened). */
  lastError: string | null = null;
  /** Connections that opened. */
  connections = 0;
  /** The address of the current or last attempt. */
  url = '';
  private socket: SocketLike | null = null;
  private retryAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly o: FeedSocketOptions) {
    this.now = o.now ?? (() => Date.now());
  }

  /** Wall ms until the next attempt, while waiting. */
  get retryInMs(): number | null {
    return this.state === 'waiting' && this.retryAt !== null
      ? Math.max(0, this.retryAt - this.now())
      : null;
  }

  start(): void {
    if (this.state !== 'closed') return;
    this.attempt = 0;
    this.lastError = null;
    this.connect();
  }

  /** Closes the socket and stops retrying. */
  stop(): void {
    this.clearTimer();
    const s = this.socket;
    this.socket = null;
    if (s) {
      detach(s);
      s.close(1000, 'disconnected by the user');
    }
    this.state = 'closed';
    this.retryAt = null;
    this.o.onChange?.();
  }

  private connect(): void {
    this.clearTimer();
    this.url = this.o.urlFor();
    this.state = 'connecting';
    let socket: SocketLike;
    try {
      socket = this.o.create(this.url);
    } catch (e) {
      this.fail(`Could not open ${this.url}: ${e instanceof Error ? e.message : String(e)}.`);
      return;
    }
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    const timeoutMs = this.o.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.timer = setTimeout(() => {
      if (this.socket !== socket || this.state !== 'connecting') return;
      this.fail(
        `No answer from ${hostOf(this.url)} within ${Number((timeoutMs / 1000).toPrecision(2))} s.`,
      );
    }, timeoutMs);
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.clearTimer();
      this.state = 'open';
      this.connections++;
      this.o.onChange?.();
    };
    socket.onmessage = (ev) => {
      if (this.socket !== socket) return;
      if (this.attempt !== 0) {
        this.attempt = 0;
        this.o.onChange?.();
      }
      this.o.onMessage(ev.data);
    };
    socket.onerror = () => {
      // browsers say nothing more about why; the close event follows
      if (this.socket === socket && this.state === 'connecting')
        this.lastError = `Could not connect to ${hostOf(this.url)}.`;
    };
    socket.onclose = (ev) => {
      if (this.socket !== socket) return;
      const opened = this.state === 'open';
      this.fail(
        opened
          ? `${hostOf(this.url)} closed the connection (code ${ev.code}${ev.reason ? `: ${ev.reason}` : ''}).`
          : (this.lastError ?? `Could not connect to ${hostOf(this.url)}.`),
      );
    };
    this.o.onChange?.();
  }

  /** Ends the current socket and schedules the next attempt. */
  private fail(message: string): void {
    const s = this.socket;
    this.socket = null;
    if (s) {
      detach(s);
      try {
        s.close();
      } catch {
        // already closing
      }
    }
    this.lastError = message;
    const delay = backoffDelay(this.attempt++, this.o.rng, this.o.backoff);
    this.state = 'waiting';
    this.retryAt = this.now() + delay;
    this.clearTimer();
    this.timer = setTimeout(() => this.connect(), delay);
    this.o.onChange?.();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function detach(s: SocketLike): void {
  s.onopen = null;
  s.onmessage = null;
  s.onerror = null;
  s.onclose = null;
}
