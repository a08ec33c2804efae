import { createServer, type AddressInfo, type Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { expect, test } from './fixtures.ts';
import { JetstreamFixture } from '../scripts/bench/streamServer.ts';

const SUBSCRIBE = '/subscribe?wantedCollections=app.bsky.feed.post';

let fixture: JetstreamFixture | null = null;
test.afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

test('a live feed: nothing connects before Connect, the address shown is the one used, and every count matches what the server sent', async ({
  app,
  stream,
}) => {
  fixture = await JetstreamFixture.start({ seed: 3, nonPostShare: 0.1 });
  await app.open('stream');
  await stream.liveFeed();
  await expect(stream.privacy).toContainText('Nothing connects until you press Connect');
  // the public preset is shown in full, and not contacted (the fixture fails any outside request)
  await expect(stream.url).toHaveText(`wss://jetstream2.us-east.bsky.network${SUBSCRIBE}`);
  await stream.host.fill(fixture.url);
  await expect(stream.url).toHaveText(`${fixture.url}${SUBSCRIBE}`);
  expect(fixture.cursors).toEqual([]);

  await stream.connect.click();
  await stream.expectState('open');
  expect(fixture.cursors).toEqual([null]);
  await fixture.startProducing(400, 600);
  // frames no feed should send: each is counted under its reason and skipped
  fixture.sendRaw('{"did": "did:plc:x", "kind": "commit", "commit": ');
  fixture.sendRaw(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  fixture.sendRaw(
    JSON.stringify({
      did: 'did:plc:big',
      time_us: Date.now() * 1000,
      kind: 'commit',
      commit: { operation: 'create', rkey: 'big', record: { text: 'x'.repeat(1_100_000) } },
    }),
  );
  fixture.sendRaw(
    JSON.stringify({
      did: 'did:plc:y',
      kind: 'commit',
      time_us: Date.now() * 1000,
      commit: {
        operation: 'create',
        collection: 'app.bsky.feed.post',
        rkey: 'r1',
        record: { langs: ['en'] },
      },
    }),
  );

  const notPosts = fixture.events - fixture.posts;
  await stream.expectCount('posts', fixture.posts);
  await stream.expectCount('frames', fixture.framesSent);
  await stream.expectCount('scored', fixture.posts);
  expect(await stream.count('dropped')).toBe(0);
  expect(await stream.count('duplicates')).toBe(0);
  expect(await stream.count('skipped')).toBe(notPosts + 4);
  await expect(stream.skipReasons).toHaveText(
    `Skipped: 1 not JSON · 1 binary · 1 over 1 MB · ${notPosts} not a new post · 1 missing fields`,
  );

  // the dashboard: latest posts with their tags marked where the facets put them, windows, cloud
  await expect(stream.latest).toHaveCount(20);
  await expect(stream.latestTags.first()).toHaveText(/^#\S+$/);
  await expect(stream.windowRows.first()).toContainText(fixture.posts.toLocaleString('en-US'));
  await expect(stream.cloudWords.first()).toBeVisible();
  await expect(stream.model).toContainText('sentiment');
  const seq = await stream.updates();
  await expect.poll(() => stream.updates()).toBeGreaterThan(seq);
});

test('disconnect and reconnect resume from the cursor without duplicates; a dropped connection comes back by itself', async ({
  app,
  page,
  stream,
}) => {
  fixture = await JetstreamFixture.start({ seed: 4 });
  await app.open('stream');
  await stream.liveFeed();
  await stream.connectTo(fixture.url);
  await fixture.startProducing(500, 300);
  await stream.expectCount('posts', 300);

  await stream.disconnect.click();
  await stream.expectState('closed');
  const delivered = fixture.lastSentTimeUs!;
  await expect(stream.url).toHaveText(`${fixture.url}${SUBSCRIBE}&cursor=${delivered}`);
  await expect(stream.resume).toContainText(String(delivered));
  // posts made while disconnected wait in the server's log
  fixture.produce(200);
  await page.waitForTimeout(300);
  expect(await stream.count('posts')).toBe(300);

  await stream.connect.click();
  await stream.expectState('open');
  expect(fixture.cursors).toEqual([null, delivered]);
  await stream.expectCount('posts', 500);
  // the server replays from the cursor itself: that one event is recognised and skipped
  await stream.expectCount('duplicates', 1);
  expect(fixture.posts).toBe(500);

  // the server cuts the connection: the page says so, waits, and resumes on its own
  const beforeDrop = fixture.lastSentTimeUs!;
  fixture.dropAll();
  await expect(stream.feedError).toContainText('closed the connection');
  await stream.expectState('open');
  expect(fixture.cursors).toEqual([null, delivered, beforeDrop]);
  fixture.produce(100);
  await stream.expectCount('posts', 600);
  await stream.expectCount('duplicates', 2);
  await stream.expectCount('scored', 600);
  expect(await stream.count('posts')).toBe(fixture.posts);
});

test('a server that never answers: the attempt times out, the page says so and tries again later', async ({
  app,
  page,
  stream,
}) => {
  const sockets: Socket[] = [];
  const silent = createServer((c) => sockets.push(c));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  const address = `ws://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  try {
    await app.open('stream');
    await stream.liveFeed();
    await stream.timeout.fill('1');
    await stream.host.fill(address);
    await stream.connect.click();
    await expect(stream.feedError).toContainText(
      `No answer from 127.0.0.1:${(silent.address() as AddressInfo).port} within 1 s.`,
      { timeout: 10_000 },
    );
    // The first waits are short (jittered backoff from 0.5 s), so any attempt number may be the one seen.
    await expect(stream.status).toContainText(/next attempt \(\d+\) in \d+ s/);
    // it retries on its own, backing off
    await expect.poll(() => sockets.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await stream.disconnect.click();
    await stream.expectState('closed');
    const attempts = sockets.length;
    await page.waitForTimeout(2000);
    expect(sockets.length).toBe(attempts);
  } finally {
    sockets.forEach((s) => s.destroy());
    await new Promise<void>((r) => silent.close(() => r()));
  }
});

test('a flooding server: a uniform sample is scored within the budget, the rest counted as dropped, and the page stays usable', async ({
  app,
  stream,
}) => {
  fixture = await JetstreamFixture.start({ seed: 5, keepLog: false });
  await app.open('stream');
  await stream.liveFeed();
  await stream.budget.fill('500');
  await stream.connectTo(fixture.url);
  const floodStart = Date.now();
  await fixture.startProducing(4000, 8000);
  await stream.expectCount('posts', 8000);
  // every post has been offered for scoring once the page counts the last one
  const floodSeconds = (Date.now() - floodStart) / 1000;
  await expect
    .poll(async () => (await stream.count('scored')) + (await stream.count('dropped')))
    .toBe(8000);
  // At most 500 a second while the posts arrived, plus the budget's first second: about 1,500
  // for the two-second flood (a busy machine stretches the flood, and the budget with it).
  const budget = 500 * (1 + floodSeconds);
  expect(await stream.count('scored')).toBeLessThanOrEqual(budget);
  expect(await stream.count('dropped')).toBeGreaterThanOrEqual(8000 - budget);
  expect(await stream.count('dropped')).toBeGreaterThan(0);
  await stream.disconnect.click();
  await stream.expectState('closed');
});

test('a generic JSON feed mapped by paths', async ({ app, stream }) => {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  server.on('connection', (ws) => {
    for (let i = 0; i < 30; i++)
      ws.send(
        JSON.stringify({
          data: {
            id: `p${i % 25}`,
            body: `Post ${i}: ¡qué día tan bueno! 🌞`,
            tags: [{ name: 'verano' }],
            lang: 'es',
          },
          ts: Date.now(),
        }),
      );
    ws.send('not json');
  });
  try {
    await app.open('stream');
    await stream.liveFeed();
    await stream.genericFeed(url, {
      text: 'data.body',
      hashtags: 'data.tags[*].name',
      time: 'ts',
      language: 'data.lang',
      id: 'data.id',
    });
    await expect(stream.url).toHaveText(url);
    await stream.connect.click();
    await stream.expectState('open');
    // 30 messages with 25 distinct ids, and one that is not JSON
    await stream.expectCount('posts', 25);
    await stream.expectCount('duplicates', 5);
    await stream.expectCount('skipped', 1);
    await expect(stream.topHashtags).toContainText('#verano');
    await expect(stream.latest.first()).toContainText('es');
  } finally {
    for (const c of server.clients) c.terminate();
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test('replay of the sample: play, change speed, pause, seek and play to the end', async ({
  app,
  page,
  stream,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Stream');
  await expect(stream.replayPanel).toContainText(
    '5,000 posts of the active dataset in time order (“created_at”)',
  );
  await stream.replay('Play');
  // a day of posts per second: the windows are in days
  await expect(stream.speed).toHaveValue('x86400');
  await expect(stream.windowUnit).toHaveValue('day');
  await expect.poll(() => stream.position()).toBeGreaterThan(0);
  await expect(stream.latest.first()).toBeVisible();

  await stream.speed.selectOption({ label: '1,000 posts/s' });
  // polled often: the pause must come well before June (post 3,149), a couple of seconds away
  await expect.poll(() => stream.position(), { intervals: [100] }).toBeGreaterThan(1000);
  await stream.replay('Pause');
  await expect(stream.replayPosition).toContainText('Paused');
  const paused = await stream.position();
  await page.waitForTimeout(600);
  expect(await stream.position()).toBe(paused);
  await stream.expectCount('frames', paused);

  // seek to the first step of the slider in June: the windows start again from there
  const [min, step] = [
    Number(await stream.seek.getAttribute('min')),
    Number(await stream.seek.getAttribute('step')),
  ];
  await stream.seek.fill(String(min + Math.ceil((Date.UTC(2025, 5, 1) - min) / step) * step));
  await expect(stream.replayPosition).toContainText('2025-06-01');
  await expect(stream.latest).toHaveCount(0);
  const from = await stream.position();
  expect(from).toBeGreaterThan(paused);
  // slowly enough that June's 577 posts are still on screen when they are looked at, however busy the machine
  await stream.speed.selectOption({ label: '10 posts/s' });
  await stream.replay('Resume');
  await expect(stream.latest.first()).toContainText('2025-06');
  await stream.speed.selectOption({ label: '20,000 posts/s' });
  await expect(stream.replayPosition).toContainText('Ended · post 5,000 of 5,000', {
    timeout: 30_000,
  });
  await stream.expectCount('frames', paused + (5000 - from));
  await stream.expectCount('dropped', 0);
  await expect(stream.playAgain).toBeVisible();
});
