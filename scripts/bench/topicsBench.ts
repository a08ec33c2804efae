/**
 * Topics benchmark (Node): hashtag TF-IDF, then per k = 2..12 K-Means (n_init 10) and both
 * silhouettes, on the vaccination hashtag documents (7,262) and on the synthetic 100k set
 * (silhouettes on a seeded sample of 10,000), side by side with scikit-learn run now by
 * py/topics_sklearn.py, or with the stored reference timings when sklearn is not importable.
 * Also ml-kmeans (dense) against our sparse k-means, one k-means++ start at k = 8.
 * Then in headless Chromium (the app's engine and workers): the whole analysis as the Topics view
 * runs it, on the vaccination tweets, on the synthetic 100k hashtag documents and on 100k posts
 * with 200k distinct hashtags, with the main thread's long tasks and the renderer's peak memory;
 * the cost of drawing each result chart; word-cloud layouts on the main thread (@visx/wordcloud)
 * against ours in the worker.
 * `--quick`: k = 2, 7, 12 only, ml-kmeans capped at 3 iterations, and no 200k-hashtag run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { kmeans as mlKmeans } from 'ml-kmeans';
import Papa from 'papaparse';
import { fitKMeans, prepareKMeans, silhouette } from '../../workers/core/cluster/index.ts';
import { extractHashtags, fitTfidf, type CsrMatrix } from '../../workers/core/text/index.ts';
import { generateSample } from '../sample/generateSample.ts';
import { withBenchPage } from './browser.ts';
import {
  peakRssMb,
  ROOT,
  round,
  sharedPath,
  type BenchContext,
  type BenchSection,
} from './section.ts';

const SAMPLE = 10_000;
const PYTHON = '/usr/bin/python3';

interface PerK {
  k: number;
  kmeansSeconds: number;
  silhouetteSeconds: number;
  inertia?: number;
  silhouetteCosine?: number;
  silhouetteEuclidean?: number;
}
interface Timings {
  tfidfSeconds: number;
  perK: PerK[];
}

function readDocs(file: string): string[] {
  const bytes = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(
    (r) => r.hashtags_doc ?? '',
  );
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function tfidfOf(docs: string[]): { matrix: CsrMatrix; seconds: number } {
  const t0 = performance.now();
  const fit = fitTfidf(docs.map(extractHashtags));
  if (!fit.ok) throw new Error(fit.error.message);
  return { matrix: fit.value.matrix, seconds: seconds(t0) };
}

function ours(
  docs: string[],
  ks: number[],
): Timings & { distinct: number; prepareSeconds: number } {
  const { matrix, seconds: tfidfSeconds } = tfidfOf(docs);
  let t0 = performance.now();
  const data = prepareKMeans(matrix);
  const prepareSeconds = seconds(t0);
  const perK = ks.map((k) => {
    t0 = performance.now();
    const fit = fitKMeans(data, k);
    if (!fit.ok) throw new Error(fit.error.message);
    const kmeansSeconds = seconds(t0);
    t0 = performance.now();
    const sil = silhouette(matrix, fit.value.labels, { sampleSize: SAMPLE });
    if (!sil.ok) throw new Error(sil.error.message);
    return {
      k,
      kmeansSeconds,
      silhouetteSeconds: seconds(t0),
      inertia: fit.value.inertia,
      silhouetteCosine: sil.value.cosine,
      silhouetteEuclidean: sil.value.euclidean,
    };
  });
  // preparing (merging duplicate rows) serves every k: count it once, with the first
  perK[0]!.kmeansSeconds += prepareSeconds;
  return { tfidfSeconds, perK, distinct: data.unique.matrix.rows, prepareSeconds };
}

/** scikit-learn now, in this session, or null when python3 cannot import it. */
function sklearnNow(file: string, ks: number[]): (Timings & { source: string }) | null {
  if (spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status !== 0) return null;
  const script = path.join(ROOT, 'scripts', 'bench', 'py', 'topics_sklearn.py');
  const run = spawnSync(PYTHON, [script, file, ks.join(','), String(SAMPLE)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`topics_sklearn.py failed: ${run.stderr}`);
  const out = JSON.parse(run.stdout) as {
    tfidf_seconds: number;
    sklearn: string;
    per_k: {
      k: number;
      kmeans_seconds: number;
      silhouette_seconds: number;
      inertia: number;
      silhouette_cosine: number;
      silhouette_euclidean: number;
    }[];
  };
  return {
    source: `scikit-learn ${out.sklearn}, run now (py/topics_sklearn.py)`,
    tfidfSeconds: out.tfidf_seconds,
    perK: out.per_k.map((r) => ({
      k: r.k,
      kmeansSeconds: r.kmeans_seconds,
      silhouetteSeconds: r.silhouette_seconds,
      inertia: r.inertia,
      silhouetteCosine: r.silhouette_cosine,
      silhouetteEuclidean: r.silhouette_euclidean,
    })),
  };
}

/** The stored reference timings (another run, same kind of machine), where they exist. */
function sklearnStored(
  dataset: 'vaccination' | 'synthetic',
  ks: number[],
): (Timings & { source: string }) | null {
  if (dataset === 'vaccination') {
    const file = sharedPath('reference', 'sklearn', 'kmeans_vaccination.json');
    if (!file) return null;
    const ref = JSON.parse(readFileSync(file, 'utf8')) as {
      tfidf_seconds: number;
      per_k: { k: number; kmeans_fit_seconds: number; silhouette_both_seconds: number }[];
    };
    return {
      source: 'stored: kmeans_vaccination.json',
      tfidfSeconds: ref.tfidf_seconds,
      perK: ref.per_k
        .filter((r) => ks.includes(r.k))
        .map((r) => ({
          k: r.k,
          kmeansSeconds: r.kmeans_fit_seconds,
          silhouetteSeconds: r.silhouette_both_seconds,
        })),
    };
  }
  const file = sharedPath('reference', 'sklearn', 'synthetic_scaling_vaccination.json');
  if (!file) return null;
  const rows = (
    JSON.parse(readFileSync(file, 'utf8')) as {
      rows: { n_rows: number; task: string; wall_seconds: number }[];
    }
  ).rows.filter((r) => r.n_rows === 100_000);
  const task = (name: string): number | undefined =>
    rows.find((r) => r.task === name)?.wall_seconds;
  return {
    source:
      'stored: synthetic_scaling_vaccination.json (k = 8, 12 only; its silhouette is cosine-only on a 5,000 sample, doubled here for both metrics)',
    tfidfSeconds: task('tfidf_fit_transform') ?? NaN,
    perK: [8, 12]
      .filter((k) => ks.includes(k))
      .map((k) => ({
        k,
        kmeansSeconds: task(`kmeans_fit_k${k}_ninit10`) ?? NaN,
        silhouetteSeconds: 2 * (task(`silhouette_cosine_sample5000_k${k}`) ?? NaN),
      })),
  };
}

function compare(
  node: Timings,
  sk: (Timings & { source: string }) | null,
): Record<string, unknown> {
  if (!sk) return { sklearn: 'no scikit-learn figures available' };
  const perK = sk.perK.map((s) => {
    const n = node.perK.find((r) => r.k === s.k)!;
    return {
      k: s.k,
      kmeansSeconds: {
        node: round(n.kmeansSeconds),
        sklearn: round(s.kmeansSeconds),
        ratio: round(n.kmeansSeconds / s.kmeansSeconds, 2),
      },
      silhouetteBothSeconds: {
        node: round(n.silhouetteSeconds),
        sklearn: round(s.silhouetteSeconds),
        ratio: round(n.silhouetteSeconds / s.silhouetteSeconds, 2),
      },
      ...(s.inertia !== undefined && {
        inertia: { node: round(n.inertia!, 2), sklearn: round(s.inertia, 2) },
        silhouetteCosine: {
          node: round(n.silhouetteCosine!, 4),
          sklearn: round(s.silhouetteCosine!, 4),
        },
      }),
    };
  });
  const total = (t: Timings): number =>
    t.tfidfSeconds +
    t.perK
      .filter((r) => sk.perK.some((s) => s.k === r.k))
      .reduce((s, r) => s + r.kmeansSeconds + r.silhouetteSeconds, 0);
  const kmeansTotal = (t: Timings): number =>
    t.perK.filter((r) => sk.perK.some((s) => s.k === r.k)).reduce((s, r) => s + r.kmeansSeconds, 0);
  return {
    sklearnSource: sk.source,
    tfidfSeconds: {
      node: round(node.tfidfSeconds),
      sklearn: round(sk.tfidfSeconds),
      ratio: round(node.tfidfSeconds / sk.tfidfSeconds, 2),
    },
    perK,
    kmeansAllKSeconds: {
      node: round(kmeansTotal(node)),
      sklearn: round(kmeansTotal(sk)),
      ratio: round(kmeansTotal(node) / kmeansTotal(sk), 2),
    },
    totalSeconds: {
      node: round(total(node)),
      sklearn: round(total(sk)),
      ratio: round(total(node) / total(sk), 2),
      goal: 'ratio ≤ 1.5',
    },
  };
}

/** ml-kmeans (dense number[][]) against ours on the same rows: one k-means++ start at k = 8. */
function mlKmeansVersusOurs(matrix: CsrMatrix, maxIterations: number): Record<string, unknown> {
  let t0 = performance.now();
  const dense = Array.from({ length: matrix.rows }, (_, i) => {
    const row = new Array<number>(matrix.cols).fill(0);
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++)
      row[matrix.indices[p]!] = matrix.values[p]!;
    return row;
  });
  const densifySeconds = seconds(t0);
  t0 = performance.now();
  const ml = mlKmeans(dense, 8, { initialization: 'kmeans++', seed: 0, maxIterations });
  const mlSeconds = seconds(t0);
  const mlInertia = ml
    .computeInformation(dense)
    .reduce((s, c) => s + (c.size > 0 ? c.error * c.size : 0), 0);
  t0 = performance.now();
  const mine = fitKMeans(prepareKMeans(matrix), 8, { nInit: 1 });
  const ourSeconds = seconds(t0);
  if (!mine.ok) throw new Error(mine.error.message);
  return {
    shape: [matrix.rows, matrix.cols],
    mlKmeans: {
      seconds: round(mlSeconds, 2),
      iterations: ml.iterations,
      densifySeconds: round(densifySeconds, 2),
      inertia: round(mlInertia, 2),
      note: 'seconds include its k-means++ seeding',
    },
    ours: {
      seconds: round(ourSeconds, 3),
      iterations: mine.value.nIter,
      inertia: round(mine.value.inertia, 2),
    },
    speedup: round(mlSeconds / ourSeconds, 1),
  };
}

/** Most our k-means inertia may sit above scikit-learn's `KMeans(n_init=10)` at any k, in percent (issue 13). */
const INERTIA_MARGIN_PERCENT = 2;

/**
 * Our inertia against scikit-learn's `KMeans(n_init=10, random_state=0)` run now, at every k, on
 * hashtag documents the reference never saw: how far above sklearn we land, per k and at worst.
 */
export function inertiaCheck(
  dir: string,
  name: string,
  docs: readonly string[],
  ks: number[],
): { documents: number; percentAbove: Record<number, number>; worstPercentAbove: number } | null {
  // posts without a hashtag are no document (sklearn would count them as zero rows)
  docs = docs.filter((d) => d.trim() !== '');
  const file = path.join(dir, `${name}.csv`);
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(file, ['hashtags_doc', ...docs.map(quote)].join('\n'));
  const sk = sklearnNow(file, ks);
  if (!sk) return null;
  const node = ours([...docs], ks);
  const percentAbove: Record<number, number> = {};
  for (const r of sk.perK) {
    const n = node.perK.find((x) => x.k === r.k)!;
    percentAbove[r.k] = round((n.inertia! / r.inertia! - 1) * 100, 3);
  }
  return {
    documents: docs.length,
    percentAbove,
    worstPercentAbove: Math.max(...Object.values(percentAbove)),
  };
}

/** A CSV the app imports (a text and a hashtags column) from hashtag documents, in a temporary folder. */
function postsCsv(dir: string, name: string, docs: readonly string[]): string {
  const file = path.join(dir, name);
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(
    file,
    [
      'text,hashtags',
      ...docs.map(
        (d, i) =>
          `${quote(`Synthetic post number ${i} about ${d.replace(/#/g, '') || 'nothing much'}`)},${quote(d)}`,
      ),
    ].join('\n'),
  );
  return file;
}

interface PageRun {
  rows: number;
  documents: number;
  wallMs: number;
  workerSeconds: number;
  longTasks: number[];
  [key: string]: unknown;
}

/** The analysis as the view runs it, in Chromium, per input file; then chart and word-cloud costs on the last one. */
async function inChromium(
  ctx: BenchContext,
  vaccinationDocs: readonly string[],
  syntheticDocs: readonly string[],
): Promise<Record<string, unknown>> {
  const tweets = sharedPath('data', 'vaccination_tweets.csv');
  const dir = mkdtempSync(path.join(tmpdir(), 'murmur-topics-bench-'));
  try {
    const inputs: [string, string][] = [];
    if (tweets) inputs.push(['vaccinationTweets', tweets]);
    inputs.push(['vaccinationHashtagDocs', postsCsv(dir, 'vaccination-docs.csv', vaccinationDocs)]);
    inputs.push(['synthetic100k', postsCsv(dir, 'synthetic-100k.csv', syntheticDocs)]);
    if (!ctx.quick) {
      const topics = ['vaccine', 'pfizer', 'moderna', 'booster'];
      inputs.push([
        'distinct200k',
        postsCsv(
          dir,
          'distinct-200k.csv',
          Array.from({ length: 100_000 }, (_, i) => `#${topics[i % 4]} #u${i}a #u${i}b`),
        ),
      ]);
    }
    return await withBenchPage(async (bench) => {
      const out: Record<string, unknown> = {};
      for (const [name, file] of inputs) {
        ctx.log(`chromium: ${name}`);
        await bench.setFile(file);
        const r = await bench.run<PageRun>('topicsAnalysis');
        // the sweep runs in a worker: the page stays responsive
        ctx.budget({
          name: `Chromium analysis, ${name}: longest main-thread task`,
          value: Math.round(Math.max(0, ...r.longTasks)),
          unit: 'ms',
          max: 50,
        });
        out[name] = {
          ...r,
          longTasks: undefined,
          mainThreadLongTasksOver50ms: r.longTasks.filter((t) => t > 50).length,
          longestMainThreadTaskMs: Math.max(0, ...r.longTasks),
          rendererPeakRssMb: await bench.rendererPeakRssMb(),
        };
      }
      ctx.log('chromium: drawing each chart of the last result');
      out.chartRender = await bench.run('topicsChartRender');
      ctx.log('chromium: word clouds');
      out.wordCloud = {
        visxOnMainThread: {
          words50: await bench.run('visxWordcloud', { words: 50 }),
          words100: await bench.run('visxWordcloud', { words: 100 }),
          words150: await bench.run('visxWordcloud', { words: 150 }),
        },
        oursInWorker: await bench.run('workerWordcloud'),
      };
      return out;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: BenchSection = async (ctx) => {
  const vaccinationFile = sharedPath('reference', 'sklearn', 'kmeans_vaccination_bestk_labels.csv');
  const syntheticFile = sharedPath(
    'reference',
    'sklearn',
    'SYNTHETIC_vaccination_100k_hashtag_docs.csv.gz',
  );
  if (!vaccinationFile || !syntheticFile)
    return { skipped: 'reference hashtag documents not found under ../shared (set MURMUR_SHARED)' };
  const ks = ctx.quick ? [2, 7, 12] : [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const report: Record<string, unknown> = {
    ks,
    silhouetteSample: SAMPLE,
    note: 'node kmeansSeconds of the first k includes merging duplicate rows once for all k',
  };

  const vaccination = readDocs(vaccinationFile);
  ctx.log('warming up');
  ours(vaccination, [2, 3]);
  const synthetic = readDocs(syntheticFile);
  for (const [name, file, docs] of [
    ['vaccination', vaccinationFile, vaccination],
    ['synthetic100k', syntheticFile, synthetic],
  ] as const) {
    ctx.log(`${name}: ${docs.length} documents, node`);
    const node = ours(docs, ks);
    ctx.log(`${name}: scikit-learn`);
    const stored = sklearnStored(name === 'vaccination' ? 'vaccination' : 'synthetic', ks);
    const now = sklearnNow(file, ks);
    const result: Record<string, unknown> = {
      documents: docs.length,
      distinctDocuments: node.distinct,
      silhouetteSampled: docs.length > SAMPLE,
      ...compare(node, now ?? stored),
    };
    if (!now)
      result.sklearnNote =
        'scikit-learn is not importable here: compared with the stored reference timings';
    if (now && stored) {
      // a second yardstick that does not depend on this machine's load while sklearn ran
      const { sklearnSource, tfidfSeconds, kmeansAllKSeconds, totalSeconds } = compare(
        node,
        stored,
      );
      result.versusStoredReference = {
        sklearnSource,
        tfidfSeconds,
        kmeansAllKSeconds,
        totalSeconds,
      };
    }
    report[name] = result;
  }
  // the 2% margin on exports the reference never saw: generated samples of other seeds, and the
  // reference's second dataset (its own parity test covers the first)
  const heldOut: [string, string[]][] = [
    [
      'sentimentdataset',
      readDocs(
        sharedPath('reference', 'sklearn', 'kmeans_sentimentdataset_bestk_labels.csv') ??
          vaccinationFile,
      ),
    ],
    ...[7, 8, 9].map((seed): [string, string[]] => [
      `sample-seed${seed}`,
      generateSample({ seed, rows: 5000 }).map((p) => p.cells.hashtags),
    ]),
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'murmur-inertia-'));
  try {
    const checks: Record<string, unknown> = {
      margin: `≤ ${INERTIA_MARGIN_PERCENT}% above scikit-learn at every k`,
    };
    for (const [name, docs] of heldOut) {
      ctx.log(`inertia check: ${name}`);
      const c = inertiaCheck(dir, name, docs, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      if (!c) {
        checks.skipped = 'scikit-learn is not importable here';
        break;
      }
      checks[name] = c;
      ctx.budget({
        name: `hashtag k-means inertia above scikit-learn KMeans(n_init=10), ${name}: worst k = 2..12`,
        value: c.worstPercentAbove,
        unit: '%',
        max: INERTIA_MARGIN_PERCENT,
      });
    }
    report.inertiaHeldOut = checks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.log('ml-kmeans vs ours');
  report.mlKmeansVsOurs = mlKmeansVersusOurs(tfidfOf(vaccination).matrix, ctx.quick ? 3 : 100);
  report.peakRssMb = peakRssMb();
  report.chromium = await inChromium(ctx, vaccination, synthetic);
  return report;
};
