/**
 * The live stream end to end in Chromium: a local WebSocket server replays Jetstream-format
 * events (scripts/bench/streamServer.ts) into the app's Stream view, connected as a user does
 * (host typed, Connect pressed). Reported per input rate: posts received and scored per second,
 * dropped by sampling, dashboard updates and animation frames per second, main-thread long tasks;
 * then a long run at 5,000 posts/s (10 minutes; 1 with --quick) for the memory slope (renderer
 * RSS, page heap) and the bounded stores. Also the pipeline alone in Node (parse, score, windows).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRng } from '../../workers/core/random/rng.ts';
import { StreamDashboard } from '../../workers/core/stream/dashboard.ts';
import { parseJetstreamFrame } from '../../workers/core/stream/jetstream.ts';
import { scoreSentimentOnly } from '../../workers/core/stream/scorePosts.ts';
import { loadLexicons, type LanguageLexicons } from '../../workers/core/sentiment/byLanguage.ts';
import { LEXICON_LANGUAGES } from '../../workers/core/sentiment/languageLexicons.ts';
import { ok } from '../../workers/core/errors/index.ts';
import type { StreamPageSample } from '../../src/bench/streamSample.ts';
import { withBenchPage, type BenchPage } from './browser.ts';
import { round, type BenchContext, type BenchSection } from './section.ts';
import { JetstreamFixture, postRecord } from './streamServer.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Share of the fixture's events that are not posts. */
const NON_POSTS = 0.05;

/**
 * Parse, dedupe, sample, score (VADER, or the word list of the declared language, as the stream
 * worker does) and window `n` Jetstream frames on one Node thread: posts per second.
 */
function nodePipeline(n: number, lexicons: LanguageLexicons): Record<string, number> {
  const rng = createRng(5);
  const base = Date.now() * 1000;
  const frames = Array.from(
    { length: n },
    (_, i) =>
      `{"did":"did:plc:bench${i % 997}","time_us":${base + i * 200},"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k${i}","record":${postRecord(rng).json}}}`,
  );
  const d = new StreamDashboard();
  const score = (posts: Parameters<typeof scoreSentimentOnly>[0]) =>
    ok(scoreSentimentOnly(posts, 'social', lexicons));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    d.frame(parseJetstreamFrame(frames[i]!), base / 1000);
    // a scoring round per 250 frames, as the worker's loop does at 12,500 posts/s
    if (i % 250 === 249) d.process(score);
  }
  d.process(score);
  d.snapshot({ window: 0, cloud: 'words' });
  const s = (performance.now() - t0) / 1000;
  return {
    posts: d.counters.scored,
    seconds: round(s, 2),
    postsPerSecond: Math.round(d.counters.scored / s),
  };
}

/** Resident memory (MB) of the renderer processes now: the page and its workers. */
async function rendererRssMb(bench: BenchPage): Promise<number | null> {
  try {
    const cdp = await bench.page.context().browser()!.newBrowserCDPSession();
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await cdp.detach();
    let kb = 0;
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    }
    return kb > 0 ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** Least-squares slope of y over x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den > 0 ? num / den : NaN;
}

/** Rates between two page samples. */
function between(a: StreamPageSample, b: StreamPageSample, longTasks: number[]) {
  const s = (b.t - a.t) / 1000;
  const per = (k: string) => Math.round((b.counts[k]! - a.counts[k]!) / s);
  return {
    seconds: round(s, 1),
    receivedPostsPerSecond: per('posts'),
    scoredPostsPerSecond: per('scored'),
    droppedPerSecond: per('dropped'),
    dashboardUpdatesPerSecond: round((b.updates - a.updates) / s, 1),
    animationFramesPerSecond: round((b.frames - a.frames) / s, 1),
    longTasksOver50ms: longTasks.filter((t) => t > 50).length,
    longestMainThreadTaskMs: Math.max(0, ...longTasks),
  };
}

/**
 * The stream's budgets at 5,000 posts/s: the page keeps up (at least 95% of that rate received and
 * scored, none dropped: the bench profile sets no scoring budget), the dashboard updated at least
 * 10 times a second, animation near 60 fps, and no main-thread task over 50 ms.
 */
function keepsUp(ctx: BenchContext, what: string, f: ReturnType<typeof between>): void {
  ctx.budget({
    name: `${what}: posts scored`,
    value: f.scoredPostsPerSecond,
    unit: 'posts/s',
    min: 4750,
  });
  ctx.budget({ name: `${what}: dropped`, value: f.droppedPerSecond, unit: 'posts/s', max: 0 });
  ctx.budget({
    name: `${what}: dashboard updates`,
    value: f.dashboardUpdatesPerSecond,
    unit: 'updates/s',
    min: 10,
  });
  ctx.budget({
    name: `${what}: animation frames`,
    value: f.animationFramesPerSecond,
    unit: 'frames/s',
    min: 50,
  });
  ctx.budget({
    name: `${what}: longest main-thread task`,
    value: Math.round(f.longestMainThreadTaskMs),
    unit: 'ms',
    max: 50,
  });
}

async function connect(bench: BenchPage, fixture: JetstreamFixture): Promise<void> {
  const { page } = bench;
  await bench.run('streamMount');
  await page.getByTestId('source-feed').click();
  await page.getByTestId('feed-host').fill(fixture.url);
  await page.getByTestId('feed-url').getByText(fixture.url).waitFor();
  await page.getByTestId('feed-connect').click();
  await page.locator('[data-testid="feed-status"][data-state="open"]').waitFor({ timeout: 20_000 });
  await bench.run('streamWatchStart');
}

export const bench: BenchSection = async (ctx) => {
  const quick = ctx.quick;
  ctx.log('Node: parse, score and window 50,000 Jetstream frames');
  const node = nodePipeline(50_000, await loadLexicons(LEXICON_LANGUAGES));
  const fixture = await JetstreamFixture.start({
    seed: 1,
    keepLog: false,
    nonPostShare: NON_POSTS,
  });
  const loadAtStart = loadavg()[0]!;
  try {
    const chromium = await withBenchPage(async (bench) => {
      await connect(bench, fixture);
      const sample = () => bench.run<StreamPageSample>('streamSample');
      const rates: Record<string, unknown> = {};
      for (const rate of quick ? [5000, 10_000] : [5000, 7500, 10_000, 20_000]) {
        ctx.log(`chromium: ${rate.toLocaleString('en-US')} posts/s`);
        void fixture.startProducing(Math.ceil(rate / (1 - NON_POSTS)));
        await sleep(3000);
        const a = await sample();
        const tasks: number[] = [];
        let b = a;
        for (let i = 0; i < (quick ? 10 : 20); i++) {
          await sleep(1000);
          b = await sample();
          tasks.push(...b.longTasks);
        }
        fixture.stopProducing();
        const figures = between(a, b, tasks);
        rates[`posts_${rate}`] = figures;
        if (rate === 5000) keepsUp(ctx, `${rate.toLocaleString('en-US')} posts/s`, figures);
        await sleep(2000);
      }

      const seconds = quick ? 60 : 600;
      ctx.log(`chromium: ${seconds} s at 5,000 posts/s for the memory slope`);
      void fixture.startProducing(Math.ceil(5000 / (1 - NON_POSTS)));
      const start = await sample();
      const points: {
        min: number;
        rssMb: number | null;
        heapMb: number | null;
        terms: number;
        keys: number;
      }[] = [];
      const tasks: number[] = [];
      let last = start;
      const t0 = Date.now();
      while (Date.now() - t0 < seconds * 1000) {
        await sleep(5000);
        last = await sample();
        tasks.push(...last.longTasks);
        points.push({
          min: (Date.now() - t0) / 60_000,
          rssMb: await rendererRssMb(bench),
          heapMb: last.heapMb,
          terms: last.held.terms,
          keys: last.held.keys,
        });
        if (points.length % 12 === 0)
          ctx.log(
            `  ${Math.round((Date.now() - t0) / 1000)} s: renderer ${points[points.length - 1]!.rssMb} MB, ${last.counts.scored!.toLocaleString('en-US')} scored`,
          );
      }
      fixture.stopProducing();
      await sleep(3000);
      const end = await sample();
      // the first fifth warms up (windows filling, JIT); the slope is over the rest
      const steady = points.slice(Math.floor(points.length / 5)).filter((p) => p.rssMb !== null);
      const rss = steady.map((p) => p.rssMb!);
      const heap = steady.filter((p) => p.heapMb !== null);
      const longRun = between(start, last, tasks);
      keepsUp(ctx, `${seconds} s at 5,000 posts/s`, longRun);
      const rssSlope = round(
        slope(
          steady.map((p) => p.min),
          rss,
        ),
        2,
      );
      // every store is bounded: over ten minutes the renderer's memory stays flat (a minute is too noisy to judge)
      if (!quick)
        ctx.budget({
          name: `${seconds} s at 5,000 posts/s: renderer memory slope`,
          value: rssSlope,
          unit: 'MB/min',
          max: 1,
        });
      return {
        rates,
        longRun: {
          ...longRun,
          eventsSent: fixture.events,
          postsSent: fixture.posts,
          postsCountedByThePage: end.counts.posts,
          scored: end.counts.scored,
          dropped: end.counts.dropped,
          rendererRssMb: {
            first: points[0]?.rssMb ?? null,
            min: Math.min(...rss),
            max: Math.max(...rss),
            last: rss[rss.length - 1] ?? null,
          },
          rendererRssSlopeMbPerMinute: rssSlope,
          pageHeapSlopeMbPerMinute: round(
            slope(
              heap.map((p) => p.min),
              heap.map((p) => p.heapMb!),
            ),
            2,
          ),
          heldTerms: {
            first: points[0]?.terms ?? null,
            last: points[points.length - 1]?.terms ?? null,
          },
          heldPostIds: {
            first: points[0]?.keys ?? null,
            last: points[points.length - 1]?.keys ?? null,
          },
          samples: points.map((p) => [round(p.min, 2), p.rssMb, p.heapMb]),
        },
        rendererPeakRssMb: await bench.rendererPeakRssMb(),
      };
    });
    return {
      note: 'posts from a local Jetstream-format server (plus 5% identity/account/delete events) on the same machine, connected through the Stream view as a user does; sentiment-only scoring (no model in the bench profile); the server, the browser and this script share the cores',
      loadAverage1m: { start: round(loadAtStart, 2), end: round(loadavg()[0]!, 2) },
      node,
      chromium,
    };
  } finally {
    await fixture.close();
  }
};
