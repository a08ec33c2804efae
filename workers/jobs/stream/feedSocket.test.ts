import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createRng } from '../../core/random/rng.ts';
import { FeedSocket, type SocketLike } from './feedSocket.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The `ws` client as the browser's WebSocket (its errors are reported through onerror/onclose). */
function nodeSocket(url: string): SocketLike {
  const ws = new WebSocket(url);
  ws.on('error', () => {});
  return ws as unknown as SocketLike;
}

/** Waits for `check` to hold (a generous limit: a busy machine slows the sockets, not the logic). */
function until(check: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () =>
      check()
        ? resolve()
        : Date.now() - start > ms
          ? reject(new Error('timed out waiting'))
          : setTimeout(poll, 5);
    poll();
  });
}

async function wsServer(
  onConnection: (ws: WebSocket, url: URL) => void,
): Promise<{ port: number; urls: URL[] }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  const urls: URL[] = [];
  server.on('connection', (ws, req) => {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    urls.push(url);
    onConnection(ws, url);
  });
  cleanups.push(() => {
    for (const c of server.clients) c.terminate();
    return new Promise<void>((r) => server.close(() => r()));
  });
  return { port: (server.address() as AddressInfo).port, urls };
}

function feed(
  urlFor: () => string,
  onMessage: (data: unknown) => void,
  timeoutMs = 5000,
): FeedSocket {
  const s = new FeedSocket({
    urlFor,
    onMessage,
    connectTimeoutMs: timeoutMs,
    backoff: { baseMs: 20, maxMs: 200 },
    rng: createRng(1),
    create: nodeSocket,
  });
  cleanups.push(() => s.stop());
  return s;
}

describe('FeedSocket', () => {
  it('reconnects after the server drops it, asking for the address with the latest cursor', async () => {
    let connection = 0;
    const { port, urls } = await wsServer((ws) => {
      connection++;
      if (connection === 1) {
        ws.send('{"n":1}');
        ws.send('{"n":2}');
        setTimeout(() => ws.terminate(), 30);
      } else ws.send('{"n":3}');
    });
    const received: unknown[] = [];
    // each message moves the cursor on by 100
    let cursor = 0;
    const s = feed(
      () => `ws://127.0.0.1:${port}/subscribe?cursor=${cursor}`,
      (d) => {
        received.push(d);
        cursor += 100;
      },
    );
    s.start();
    await until(() => received.length === 3);
    expect(received.map(String)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect(received.every((d) => typeof d === 'string')).toBe(true);
    expect(urls.map((u) => u.searchParams.get('cursor'))).toEqual(['0', '200']);
    expect(s.state).toBe('open');
    expect(s.connections).toBe(2);
    // a message arrived on the new connection: the count of failures starts again; what happened is kept
    expect(s.attempt).toBe(0);
    expect(s.lastError).toBe(`127.0.0.1:${port} closed the connection (code 1006).`);
  });

  it('gives up on a server that never answers after the timeout, says so, and tries again later', async () => {
    // a TCP server that accepts and never says a word (no WebSocket handshake)
    const sockets: Socket[] = [];
    const silent: Server = createServer((c) => sockets.push(c));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => {
      sockets.forEach((c) => c.destroy());
      return new Promise<void>((r) => silent.close(() => r()));
    });
    const port = (silent.address() as AddressInfo).port;
    const s = feed(
      () => `ws://127.0.0.1:${port}/`,
      () => {},
      150,
    );
    s.start();
    expect(s.state).toBe('connecting');
    // read while waiting (a busy machine may already be past the retry time, never past the wait)
    let retryInMs: number | null = null;
    await until(() => {
      if (s.state !== 'waiting') return false;
      retryInMs = s.retryInMs;
      return true;
    });
    expect(s.lastError).toBe(`No answer from 127.0.0.1:${port} within 0.15 s.`);
    // a retry is scheduled, within the backoff's cap
    expect(retryInMs).not.toBeNull();
    expect(retryInMs).toBeLessThanOrEqual(200);
    await until(() => s.attempt >= 2);
    expect(sockets.length).toBeGreaterThanOrEqual(2);
  });

  it('backs off further with each refused attempt and stops for good when asked', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const s = feed(
      () => `ws://127.0.0.1:${port}/`,
      () => {},
    );
    s.start();
    await until(() => s.attempt >= 3);
    expect(s.lastError).toBe(`Could not connect to 127.0.0.1:${port}.`);
    s.stop();
    const attempts = s.attempt;
    await new Promise((r) => setTimeout(r, 300));
    expect(s.state).toBe('closed');
    expect(s.attempt).toBe(attempts);
  });
});
