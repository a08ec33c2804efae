/**
 * Sentiment: single-threaded VADER throughput in Node on the reference corpora, beside the
 * reference's (Python vaderSentiment 3.3.2, `python_throughput.json`), and agreement with its outputs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getEmojiMap, getLexicon, measureAgreement, parseReferenceCsv, polarityScores, scoreTexts, explainSentiment } from '../../workers/core/sentiment/index.ts';
import { peakRssMb, round, sharedPath, type BenchSection } from './section.ts';

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

export const bench: BenchSection = async (ctx) => {
  const dir = sharedPath('reference', 'vader');
  if (!dir) {
    ctx.log('skipped: no shared/reference/vader (set MURMUR_SHARED)');
    return { skipped: 'no shared/reference/vader; set MURMUR_SHARED' };
  }
  // First use builds the lexicon Map and the emoji map (only if nothing in this process did yet).
  const t0 = performance.now();
  getLexicon();
  getEmojiMap();
  const firstUseMs = performance.now() - t0;

  const python = JSON.parse(readFileSync(path.join(dir, 'python_throughput.json'), 'utf8')) as PythonThroughput;
  const load = (corpus: string) => parseReferenceCsv(readFileSync(path.join(dir, `vader_${corpus}_scores.csv`), 'utf8'));
  const warmup = ctx.quick ? 2 : 5;
  const runs = ctx.quick ? 3 : 9;

  const throughput: Record<string, unknown> = {};
  for (const corpus of ['tweets', 'movieReviewSnippets']) {
    const texts = load(corpus).map((r) => r.text);
    const out = new Float32Array(texts.length * 4);
    const batchMs = medianMs(() => scoreTexts(texts, out), warmup, runs);
    const objectMs = medianMs(() => texts.forEach((t) => polarityScores(t)), warmup, runs);
    const explainMs = medianMs(() => texts.forEach((t) => explainSentiment(t)), 1, ctx.quick ? 1 : 3);
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
    ctx.log(`${corpus}: ${Math.round(ours)} texts/s (reference ${Math.round(reference)}, x${round(ours / reference, 2)})`);
  }

  const conformance: Record<string, unknown> = {};
  for (const corpus of ['tweets', 'movieReviewSnippets', 'vaccination', 'sentimentdataset']) {
    const { worst, ...shares } = measureAgreement(load(corpus), polarityScores, 3);
    conformance[corpus] = { ...Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, round(v, 5)])), worst };
  }

  return {
    note: 'single thread, Node, median of runs after warm-up; reference = Python vaderSentiment 3.3.2 on one core',
    firstUseMs: round(firstUseMs, 1),
    throughput,
    conformance,
    peakRssMb: peakRssMb(),
  };
};
