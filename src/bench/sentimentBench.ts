import type { PackedTexts } from '../../workers/api.ts';
import { analysis, compute, computePool } from '../engine/index.ts';
import { scoreDataset } from '../engine/sentimentScoring.ts';
import { benchFile, withLongTasks, type PageBenches } from './registry.ts';

/** As the analysis worker packs a chunk: UTF-16 code units and offsets (the corpora hold no lone surrogates). */
function pack(texts: readonly string[]): PackedTexts {
  const offsets = new Uint32Array(texts.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
  const units = new Uint16Array(offsets[texts.length]!);
  texts.forEach((t, i) => {
    for (let j = 0; j < t.length; j++) units[offsets[i]! + j] = t.charCodeAt(j);
  });
  return { units, offsets, wellFormed: true };
}

async function scoreChunks(packs: readonly PackedTexts[]): Promise<void> {
  const results = await Promise.all(
    packs.map((p) =>
      compute('scoreSentimentChunk', p, { transfer: [p.units.buffer, p.offsets.buffer] }),
    ),
  );
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw new Error(`${failed.error.code}: ${failed.error.message}`);
}

export const sentimentBenches: PageBenches = {
  /**
   * VADER texts/s across the compute pool: `texts` repeated `repeat` times, in chunks of
   * `chunkTexts` packed beforehand, all queued at once (after one warm-up chunk per worker).
   */
  async sentimentPoolScore(arg) {
    const { texts, repeat, chunkTexts } = arg as {
      texts: string[];
      repeat: number;
      chunkTexts: number;
    };
    const workers = computePool().size;
    const all: string[] = [];
    for (let r = 0; r < repeat; r++) all.push(...texts);
    const chunks: string[][] = [];
    for (let i = 0; i < all.length; i += chunkTexts) chunks.push(all.slice(i, i + chunkTexts));
    await scoreChunks(
      Array.from({ length: workers }, () => pack(texts.slice(0, Math.min(texts.length, 2000)))),
    );
    // Packed beforehand (the analysis worker packs in the app): the clock covers the pool only.
    const packs = chunks.map(pack);
    // A new task, so the packing above is not counted as a long task of the pool's window.
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    const { longTasks } = await withLongTasks(() => scoreChunks(packs));
    const ms = performance.now() - t0;
    return {
      texts: all.length,
      workers,
      chunks: chunks.length,
      ms: Math.round(ms),
      textsPerSecond: Math.round(all.length / (ms / 1000)),
      longTasks,
    };
  },

  /**
   * Imports the file in #bench-file, then scores its text column across the pool as the Sentiment
   * view does (with summaries), with `concurrency` workers at once (default: as the view).
   */
  async sentimentScoreDataset(arg) {
    const { concurrency } = (arg ?? {}) as { concurrency?: number };
    const file = benchFile();
    const t0 = performance.now();
    const imported = await analysis('importFile', { file });
    if (!imported.ok) throw new Error(`${imported.error.code}: ${imported.error.message}`);
    const importMs = performance.now() - t0;
    let summaries = 0;
    const t1 = performance.now();
    const { value, longTasks } = await withLongTasks(() =>
      scoreDataset({
        view: {},
        onSummary: () => summaries++,
        summaryEveryMs: 1000,
        ...(concurrency ? { concurrency } : {}),
      }),
    );
    const ms = performance.now() - t1;
    if (!value.ok) throw new Error(`${value.error.code}: ${value.error.message}`);
    const rows = imported.value.meta.rows;
    return {
      rows,
      importMs: Math.round(importMs),
      scoreMs: Math.round(ms),
      textsPerSecond: Math.round(rows / (ms / 1000)),
      workers: value.value.workers,
      poolSize: computePool().size,
      chunks: value.value.chunks,
      summaries,
      counts: value.value.summary.counts,
      longTasks,
    };
  },
};
