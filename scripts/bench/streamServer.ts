/**
 * A local stand-in for Bluesky's Jetstream, for the stream benchmark and the e2e journeys: a
 * WebSocket server on 127.0.0.1 sending Jetstream v1 events (commit/create posts with text in
 * several languages, emoji, tag facets at their UTF-8 byte offsets, langs; some identity, account
 * and delete events), each with a rising `time_us`. Like Jetstream it replays from the `cursor` a
 * client connects with (events with time_us ≥ cursor), and it records every cursor it was given.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { createRng, type Rng } from '../../workers/core/random/rng.ts';
import { composeText } from '../sample/composeText.ts';
import { pick, pickWeighted } from '../sample/randomDraws.ts';
import {
  GENERIC_HASHTAGS,
  HANDLE_ENDS,
  HANDLE_STARTS,
  LANGUAGES,
  TONE_WEIGHTS,
  TONES,
  TOPICS,
} from '../sample/wordBanks.ts';

/** One post's record, ready to drop into an event: `{"$type":"app.bsky.feed.post","text":…,"facets":…}`. */
export interface PostRecord {
  readonly json: string;
  readonly text: string;
  readonly tags: readonly string[];
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

function token(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += B32[rng.int(32)];
  return s;
}

/** A post record as a Bluesky client writes it: the hashtags typed at the end of the text, each with a tag facet over its UTF-8 bytes. */
export function postRecord(rng: Rng): PostRecord {
  const topic = pick(rng, TOPICS);
  const language =
    LANGUAGES[
      pickWeighted(
        rng,
        LANGUAGES.map((l) => l.weight),
      )
    ]!.code;
  const tags = Array.from({ length: rng.int(4) }, () =>
    rng.next() < 0.85 ? pick(rng, topic.hashtags) : pick(rng, GENERIC_HASHTAGS),
  );
  const handles = [pick(rng, HANDLE_STARTS) + pick(rng, HANDLE_ENDS)];
  let text = composeText(rng, {
    tone: TONES[pickWeighted(rng, TONE_WEIGHTS)]!,
    topic,
    language,
    hashtags: [],
    handles,
  }).text;
  const facets: unknown[] = [];
  for (const tag of tags) {
    text += ' ';
    const byteStart = Buffer.byteLength(text, 'utf8');
    text += `#${tag}`;
    facets.push({
      $type: 'app.bsky.richtext.facet',
      index: { byteStart, byteEnd: Buffer.byteLength(text, 'utf8') },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag }],
    });
  }
  const record = {
    $type: 'app.bsky.feed.post',
    createdAt: '2025-06-01T12:00:00.000Z',
    langs: [language],
    text,
    ...(facets.length > 0 && { facets }),
  };
  return { json: JSON.stringify(record), text, tags };
}

/** One logged event: its frame, time and, for a post, its key (`did/rkey`). */
export interface FixtureEvent {
  readonly timeUs: number;
  readonly frame: string;
  readonly postKey: string | null;
}

export interface FixtureOptions {
  readonly seed?: number;
  /** Distinct post records cycled through (new rkey and time each time). Default 2,000. */
  readonly poolSize?: number;
  /** Share of events that are not new posts (identity, account, delete). Default 0. */
  readonly nonPostShare?: number;
  /** Keep every event to replay from a cursor (e2e); off for long benchmark runs. Default true. */
  readonly keepLog?: boolean;
}

interface Client {
  readonly ws: WebSocket;
  /** The cursor the client asked for (null: none). */
  readonly cursor: number | null;
  lastTimeUs: number | null;
}

export class JetstreamFixture {
  /** `ws://127.0.0.1:<port>`: what a user types as the host. */
  readonly url: string;
  /** The `cursor` query parameter of each connection, in order (null when absent). */
  readonly cursors: (number | null)[] = [];
  /** Every event made, when the log is kept. */
  readonly log: FixtureEvent[] = [];
  /** Events made, posts among them (each post once, however often it is sent). */
  events = 0;
  posts = 0;
  /** Frames written to sockets (replays included) and posts sent again from a cursor. */
  framesSent = 0;
  resentPosts = 0;
  /** time_us of the last event written to any socket. */
  lastSentTimeUs: number | null = null;
  private readonly pool: PostRecord[];
  private readonly rng: Rng;
  private readonly clients = new Set<Client>();
  private lastTimeUs = 0;
  private producer: ReturnType<typeof setInterval> | null = null;

  private constructor(
    private readonly server: WebSocketServer,
    private readonly options: FixtureOptions,
  ) {
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.rng = createRng(options.seed ?? 1);
    this.pool = Array.from({ length: options.poolSize ?? 2000 }, () => postRecord(this.rng));
    server.on('connection', (ws, req) => this.accept(ws, new URL(req.url ?? '/', this.url)));
  }

  static async start(options: FixtureOptions = {}): Promise<JetstreamFixture> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    return new JetstreamFixture(server, options);
  }

  /** Clients connected now. */
  get connected(): number {
    return this.clients.size;
  }

  private accept(ws: WebSocket, url: URL): void {
    const raw = url.searchParams.get('cursor');
    const cursor = raw === null ? null : Number(raw);
    this.cursors.push(cursor);
    const client: Client = { ws, cursor, lastTimeUs: null };
    this.clients.add(client);
    ws.on('close', () => this.clients.delete(client));
    ws.on('error', () => this.clients.delete(client));
    if (cursor !== null) {
      // as Jetstream: everything from the cursor on, then live events
      for (const e of this.log) {
        if (e.timeUs < cursor) continue;
        if (e.postKey !== null) this.resentPosts++;
        this.write(client, e);
      }
    }
  }

  private write(client: Client, e: FixtureEvent): void {
    if (client.ws.readyState !== client.ws.OPEN) return;
    client.ws.send(e.frame);
    client.lastTimeUs = e.timeUs;
    this.lastSentTimeUs = e.timeUs;
    this.framesSent++;
  }

  private nextTimeUs(): number {
    this.lastTimeUs = Math.max(Date.now() * 1000, this.lastTimeUs + 1);
    return this.lastTimeUs;
  }

  /** Makes one event (a post, or with `nonPostShare` sometimes another kind). */
  private makeEvent(): FixtureEvent {
    const timeUs = this.nextTimeUs();
    const did = `did:plc:${token(this.rng, 24)}`;
    const rkey = token(this.rng, 13);
    this.events++;
    const other = this.rng.next() < (this.options.nonPostShare ?? 0);
    if (other) {
      const kind = this.rng.int(3);
      const frame =
        kind === 0
          ? JSON.stringify({
              did,
              time_us: timeUs,
              kind: 'identity',
              identity: {
                did,
                handle: `${token(this.rng, 6)}.bsky.social`,
                seq: this.events,
                time: new Date(timeUs / 1000).toISOString(),
              },
            })
          : kind === 1
            ? JSON.stringify({
                did,
                time_us: timeUs,
                kind: 'account',
                account: {
                  active: true,
                  did,
                  seq: this.events,
                  time: new Date(timeUs / 1000).toISOString(),
                },
              })
            : JSON.stringify({
                did,
                time_us: timeUs,
                kind: 'commit',
                commit: {
                  rev: token(this.rng, 13),
                  operation: 'delete',
                  collection: 'app.bsky.feed.post',
                  rkey,
                },
              });
      return { timeUs, frame, postKey: null };
    }
    const record = this.pool[this.events % this.pool.length]!;
    this.posts++;
    const frame = `{"did":"${did}","time_us":${timeUs},"kind":"commit","commit":{"rev":"${token(this.rng, 13)}","operation":"create","collection":"app.bsky.feed.post","rkey":"${rkey}","record":${record.json},"cid":"bafyrei${token(this.rng, 52)}"}}`;
    return { timeUs, frame, postKey: `${did}/${rkey}` };
  }

  /** Makes `n` events now and sends them to every client. */
  produce(n: number): void {
    for (let i = 0; i < n; i++) {
      const e = this.makeEvent();
      if (this.options.keepLog ?? true) this.log.push(e);
      for (const c of this.clients) this.write(c, e);
    }
  }

  /**
   * Makes events at `perSecond` (in small batches every 10 ms) until `limit` events in all (or
   * `stopProducing`); resolves when the limit is reached.
   */
  startProducing(perSecond: number, limit = Infinity): Promise<void> {
    this.stopProducing();
    const started = Date.now();
    const base = this.events;
    return new Promise((resolve) => {
      this.producer = setInterval(() => {
        const due =
          Math.min(limit, Math.floor(((Date.now() - started) / 1000) * perSecond)) -
          (this.events - base);
        if (due > 0) this.produce(due);
        if (this.events - base >= limit) {
          this.stopProducing();
          resolve();
        }
      }, 10);
    });
  }

  stopProducing(): void {
    if (this.producer !== null) clearInterval(this.producer);
    this.producer = null;
  }

  /** Sends a frame that is not an event (malformed JSON, a binary frame, one over 1 MB …) to every client. */
  sendRaw(data: string | Buffer): void {
    for (const c of this.clients) {
      c.ws.send(data);
      this.framesSent++;
    }
  }

  /** Cuts every connection at once, as a network failure would (no close handshake). */
  dropAll(): void {
    for (const c of this.clients) c.ws.terminate();
    this.clients.clear();
  }

  async close(): Promise<void> {
    this.stopProducing();
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
