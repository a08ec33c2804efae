/**
 * Sentiment: single-threaded VADER throughput in Node on the reference corpora, beside the
 * reference's (Python vaderSentiment 3.3.2, `python_throughput.json`), and agreement with its
 * outputs; then in Chromium, texts/s across the compute pool on the same corpora and the time to
 * score 1M posts as the Sentiment view does (import excluded), with the pool size and main-thread
 * long tasks. The 1M posts repeat the two corpora with small changes (or, without ../shared, come
 * from the messy CSV generator). Also the label mapping proposed for a column of 300 distinct labels.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createRng } from '../../workers/core/random/rng.ts';
import {
  getEmojiMap,
  getLexicon,
  polarityScores,
  scoreTexts,
  explainSentiment,
} from '../../workers/core/sentiment/index.ts';
import { proposeLabelMapping } from '../../workers/core/sentiment/labelMapping.ts';
import {
  measureAgreement,
  parseReferenceCsv,
} from '../../workers/core/sentiment/referenceAgreement.ts';
import { csvField } from '../sample/csvWriter.ts';
import { withBenchPage } from './browser.ts';
import { writeMessyCsv } from './gen/messyCsv.ts';
import {
  BENCH_OUT,
  peakRssMb,
  round,
  sharedPath,
  type BenchContext,
  type BenchSection,
} from './section.ts';

interface PythonThroughput {
  readonly corpora: Record<string, { readonly texts_per_second: number; readonly n_texts: number }>;
}

/** Median wall time (ms) of `runs` calls after `warmup` unmeasured ones. */
function medianMs(fn: () => void, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The mapping proposed for a label column with 300 distinct values (each read with the lexicon). */
function labelMappingOf300(ctx: BenchContext): Record<string, number> {
  const many = Array.from({ length: 300 }, (_, i) => ({ value: `label ${i}`, count: 300 - i }));
  const ms = medianMs(() => proposeLabelMapping(many), 1, 5);
  ctx.budget({
    name: 'label mapping proposed for 300 distinct labels',
    value: round(ms, 1),
    unit: 'ms',
    max: 2000,
  });
  return { distinctValues: 300, medianMs: round(ms, 1) };
}

type Corpora = Record<'tweets' | 'movieReviewSnippets', string[]>;

/** Single-thread Node throughput and conformance on the reference corpora in `dir`. */
async function inNode(ctx: BenchContext, dir: string): Promise<Record<string, unknown>> {
  // First use builds the lexicon Map and the emoji map (only if nothing in this process did yet).
  const t0 = performance.now();
  getLexicon();
  getEmojiMap();
  const firstUseMs = performance.now() - t0;

  const python = JSON.parse(
    readFileSync(path.join(dir, 'python_throughput.json'), 'utf8'),
  ) as PythonThroughput;
  const load = (corpus: string) =>
    parseReferenceCsv(readFileSync(path.join(dir, `vader_${corpus}_scores.csv`), 'utf8'));
  const warmup = ctx.quick ? 2 : 5;
  const runs = ctx.quick ? 3 : 9;

  const throughput: Record<string, unknown> = {};
  for (const corpus of ['tweets', 'movieReviewSnippets']) {
    const texts = load(corpus).map((r) => r.text);
    const out = new Float32Array(texts.length * 4);
    const batchMs = medianMs(() => scoreTexts(texts, out), warmup, runs);
    const objectMs = medianMs(() => texts.forEach((t) => polarityScores(t)), warmup, runs);
    const explainMs = medianMs(
      () => texts.forEach((t) => explainSentiment(t)),
      1,
      ctx.quick ? 1 : 3,
    );
    const ours = texts.length / (batchMs / 1000);
    const reference = python.corpora[corpus]?.texts_per_second ?? Number.NaN;
    throughput[corpus] = {
      texts: texts.length,
      scoreTextsPerSecond: Math.round(ours),
      polarityScoresPerSecond: Math.round(texts.length / (objectMs / 1000)),
      explainSentimentPerSecond: Math.round(texts.length / (explainMs / 1000)),
      referencePythonPerSecond: Math.round(reference),
      ratioVsReference: round(ours / reference, 2),
    };
    ctx.log(
      `${corpus}: ${Math.round(ours)} texts/s (reference ${Math.round(reference)}, x${round(ours / reference, 2)})`,
    );
  }

  const conformance: Record<string, unknown> = {};
  for (const corpus of ['tweets', 'movieReviewSnippets', 'vaccination', 'sentimentdataset']) {
    const { worst, ...shares } = measureAgreement(load(corpus), polarityScores, 3);
    conformance[corpus] = {
      ...Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, round(v, 5)])),
      worst,
    };
  }

  return {
    note: 'single thread, Node, median of runs after warm-up; reference = Python vaderSentiment 3.3.2 on one core',
    firstUseMs: round(firstUseMs, 1),
    throughput,
    conformance,
    peakRssMb: peakRssMb(),
  };
}

const PLATFORMS = ['X', 'Instagram', 'Facebook', 'TikTok', 'Bluesky'];
const EXTRAS = ['', '', '', ' 😂', ' !!', ' #news', ' 🙏', ' @someone', ' lol', ' :('];

/**
 * Writes `rows` posts (`id,created_at,platform,text`) cycling through the corpora, each text
 * changed a little (an emoji, a tag, capitals) so the file is not one block repeated.
 */
function writeCorpusPosts(file: string, rows: number, corpora: Corpora): number {
  const texts = [...corpora.tweets, ...corpora.movieReviewSnippets];
  const rng = createRng(20250901);
  const start = Date.UTC(2025, 0, 1);
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    bytes += writeSync(fd, 'id,created_at,platform,text\n');
    for (let from = 0; from < rows; from += 10_000) {
      const lines: string[] = [];
      for (let i = from; i < Math.min(rows, from + 10_000); i++) {
        let text = texts[i % texts.length]! + EXTRAS[rng.int(EXTRAS.length)]!;
        if (rng.next() < 0.03) text = text.toUpperCase();
        const when = new Date(start + Math.floor(rng.next() * 240 * 86_400_000))
          .toISOString()
          .slice(0, 19);
        lines.push(`${i},${when}Z,${PLATFORMS[rng.int(PLATFORMS.length)]},${csvField(text)}`);
      }
      bytes += writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

interface PoolScore {
  texts: number;
  workers: number;
  chunks: number;
  ms: number;
  textsPerSecond: number;
  longTasks: number[];
}

interface DatasetScore {
  rows: number;
  importMs: number;
  scoreMs: number;
  textsPerSecond: number;
  workers: number;
  poolSize: number;
  chunks: number;
  summaries: number;
  longTasks: number[];
}

/** Pool throughput on the corpora (texts sent into the page) and the time to score 1M posts, in headless Chromium. */
async function inChromium(
  ctx: BenchContext,
  corpora: Corpora | null,
): Promise<Record<string, unknown>> {
  const rows = ctx.quick ? 200_000 : 1_000_000;
  const dir = path.join(BENCH_OUT, 'sentiment');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `posts-${rows}.csv`);
  const bytes = corpora
    ? writeCorpusPosts(file, rows, corpora)
    : writeMessyCsv(file, { rows, seed: 7 });
  ctx.log(
    `chromium: ${rows} posts, ${round(bytes / 1e6, 1)} MB (${corpora ? 'the corpora, repeated and varied' : 'messy CSV generator'})`,
  );
  try {
    return await withBenchPage(async (page) => {
      const out: Record<string, unknown> = {};
      for (const [corpus, texts] of Object.entries(corpora ?? {})) {
        const repeat = ctx.quick ? 5 : 20;
        const runs: PoolScore[] = [];
        for (let k = 0; k < 3; k++)
          runs.push(
            await page.run<PoolScore>('sentimentPoolScore', { texts, repeat, chunkTexts: 5000 }),
          );
        runs.sort((a, b) => a.textsPerSecond - b.textsPerSecond);
        const r = runs[1]!;
        const longTasks = runs.flatMap((x) => x.longTasks);
        ctx.budget({
          name: `Chromium pool, ${corpus}: longest main-thread task`,
          value: Math.round(Math.max(0, ...longTasks)),
          unit: 'ms',
          max: 50,
        });
        out[`pool_${corpus}`] = {
          ...r,
          longTasks,
          runsTextsPerSecond: runs.map((x) => x.textsPerSecond),
          longTasksOver50ms: longTasks.filter((t) => t > 50).length,
          longestMainThreadTaskMs: Math.max(0, ...longTasks),
        };
        ctx.log(
          `chromium pool, ${corpus} x${repeat}: median of 3 runs ${r.textsPerSecond} texts/s on ${r.workers} workers`,
        );
      }
      await page.setFile(file);
      // As the view scores (a core left for the page), then with every pool worker (a fresh import, so nothing is kept).
      for (const [name, concurrency] of [
        ['asTheView', undefined],
        ['wholePool', 64],
      ] as const) {
        const d = await page.run<DatasetScore>(
          'sentimentScoreDataset',
          concurrency ? { concurrency } : {},
        );
        ctx.budget({
          name: `Chromium, ${rows.toLocaleString('en-US')} posts scored (${name}): longest main-thread task`,
          value: Math.round(Math.max(0, ...d.longTasks)),
          unit: 'ms',
          max: 50,
        });
        out[`dataset_${rows}_${name}`] = {
          ...d,
          scoreSeconds: round(d.scoreMs / 1000, 2),
          mainThreadLongTasksOver50ms: d.longTasks.filter((t) => t > 50).length,
          longestMainThreadTaskMs: Math.max(0, ...d.longTasks),
          rendererPeakRssMb: await page.rendererPeakRssMb(),
        };
        ctx.log(
          `chromium: ${d.rows} posts scored in ${round(d.scoreMs / 1000, 2)} s on ${d.workers} of ${d.poolSize} workers (${d.chunks} chunks), long tasks: ${d.longTasks.join(', ') || 'none'}`,
        );
      }
      return {
        note: 'headless Chromium; pool = one compute worker per core; dataset scoring excludes the import and includes the summaries the view receives; the view scores with all but one pool worker',
        ...out,
      };
    });
  } finally {
    rmSync(file, { force: true });
  }
}

export const bench: BenchSection = async (ctx) => {
  const dir = sharedPath('reference', 'vader');
  if (!dir) ctx.log('Node part and corpora skipped: no shared/reference/vader (set MURMUR_SHARED)');
  const load = (corpus: string) =>
    parseReferenceCsv(readFileSync(path.join(dir!, `vader_${corpus}_scores.csv`), 'utf8')).map(
      (r) => r.text,
    );
  const node = dir
    ? await inNode(ctx, dir)
    : { skipped: 'no shared/reference/vader; set MURMUR_SHARED' };
  const labelMapping = labelMappingOf300(ctx);
  let chromium: Record<string, unknown>;
  try {
    chromium = await inChromium(
      ctx,
      dir ? { tweets: load('tweets'), movieReviewSnippets: load('movieReviewSnippets') } : null,
    );
  } catch (e) {
    ctx.log(`chromium part failed: ${e instanceof Error ? e.message : String(e)}`);
    chromium = { error: e instanceof Error ? e.message : String(e) };
  }
  return { ...node, labelMapping, chromium };
};
