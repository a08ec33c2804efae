/**
 * Text topics benchmark (Node): agreement with the reasons people gave (NMI, ARI), the largest
 * cluster's share and seconds, on generated complaint posts of the airline domain (developed on)
 * and the telecom domain (held out), several seeds, k = 9; side by side with scikit-learn's
 * TF-IDF + KMeans, NMF and LSA + KMeans on the same posts (py/text_topics_sklearn.py, skipped
 * with a note when scikit-learn is not importable). Then the whole text analysis (k = 2..12,
 * 10 restarts) on 100,000 posts. Budgets: the goals (NMI ≥ 0.20 and largest ≤ 35% on the
 * airline posts) and 100k posts within 60 s in Node. `--quick`: one seed, 20,000 posts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseTextTopics } from '../../workers/core/cluster/index.ts';
import { adjustedRandIndex, normalizedMutualInfo } from '../../workers/core/metrics/index.ts';
import { generateTopicCorpus, topicCorpusCsv } from './gen/topicCorpus.ts';
import { AIRLINE, TELECOM, type TopicDomain } from './gen/topicDomains.ts';
import { ROOT, round, type BenchContext, type BenchSection } from './section.ts';

const PYTHON = '/usr/bin/python3';
const K = 9;
const ROWS = 8000;

interface Scores {
  nmi: number;
  ari: number;
  largestShare: number;
  seconds: number;
}

function ours(domain: TopicDomain, seed: number, dir: string): { ours: Scores; file: string } {
  const posts = generateTopicCorpus({ domain, seed, rows: ROWS });
  const file = path.join(dir, `${domain.name}-${seed}.csv`);
  writeFileSync(file, topicCorpusCsv(posts));
  const t0 = performance.now();
  const r = analyseTextTopics(
    posts.map((p) => p.text),
    { kMin: K, kMax: K },
  );
  if (!r.ok) throw new Error(r.error.message);
  const truth = posts.map((p) => p.reason);
  const labels = Array.from(r.value.labels);
  return {
    file,
    ours: {
      nmi: round(normalizedMutualInfo(truth, labels)),
      ari: round(adjustedRandIndex(truth, labels)),
      largestShare: round(r.value.largestShare),
      seconds: round((performance.now() - t0) / 1000, 2),
    },
  };
}

function sklearn(file: string): Record<string, Scores> | { skipped: string } {
  const py = spawnSync(
    PYTHON,
    [path.join(ROOT, 'scripts/bench/py/text_topics_sklearn.py'), file, String(K)],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (py.status !== 0) return { skipped: (py.stderr || 'python3 failed').split('\n').at(-2) ?? '' };
  const j = JSON.parse(py.stdout) as Record<string, Scores & { top: unknown }>;
  const pick = (m: string) => ({
    nmi: round(j[m]!.nmi),
    ari: round(j[m]!.ari),
    largestShare: round(j[m]!.largestShare),
    seconds: round(j[m]!.seconds, 2),
  });
  return { kmeans: pick('kmeans'), nmf: pick('nmf'), lsaKmeans: pick('lsa_kmeans') };
}

const mean = (xs: number[]): number => round(xs.reduce((a, b) => a + b, 0) / xs.length);

export const bench: BenchSection = async (ctx: BenchContext) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'murmur-text-topics-'));
  const seeds = ctx.quick ? [1] : [1, 2, 3];
  const quality: Record<string, unknown> = {};
  try {
    for (const domain of [AIRLINE, TELECOM]) {
      const runs = seeds.map((seed) => {
        const o = ours(domain, seed, dir);
        ctx.log(`${domain.name} seed ${seed}: NMI ${o.ours.nmi}, largest ${o.ours.largestShare}`);
        return { seed, ours: o.ours, sklearn: sklearn(o.file) };
      });
      const meanOf = (get: (r: (typeof runs)[number]) => number | undefined) => {
        const xs = runs.map(get).filter((x): x is number => x !== undefined);
        return xs.length ? mean(xs) : null;
      };
      const sk = (m: string) => (r: (typeof runs)[number]) =>
        'skipped' in r.sklearn ? undefined : r.sklearn[m]!.nmi;
      quality[domain.name] = {
        posts: ROWS,
        k: K,
        runs,
        meanNmi: {
          ours: meanOf((r) => r.ours.nmi),
          sklearnKmeans: meanOf(sk('kmeans')),
          sklearnNmf: meanOf(sk('nmf')),
          sklearnLsaKmeans: meanOf(sk('lsaKmeans')),
        },
        worstLargestShare: Math.max(...runs.map((r) => r.ours.largestShare)),
      };
      if (domain === AIRLINE) {
        ctx.budget({
          name: 'text topics NMI with the airline reasons, k = 9 (mean of seeds)',
          value: meanOf((r) => r.ours.nmi)!,
          unit: 'NMI',
          min: 0.2,
        });
        ctx.budget({
          name: 'text topics largest cluster, airline k = 9 (worst seed)',
          value: Math.max(...runs.map((r) => r.ours.largestShare)),
          unit: 'share',
          max: 0.35,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const rows = ctx.quick ? 20_000 : 100_000;
  const posts = generateTopicCorpus({ domain: AIRLINE, seed: 11, rows });
  const t0 = performance.now();
  const r = analyseTextTopics(
    posts.map((p) => p.text),
    { kMin: 2, kMax: 12, nInit: 10, maxFeatures: 5000, mapPoints: 1000 },
  );
  if (!r.ok) throw new Error(r.error.message);
  const seconds = round((performance.now() - t0) / 1000, 2);
  ctx.budget({
    name: `text topics on ${rows.toLocaleString('en-US')} posts, k = 2..12 (Node)`,
    value: seconds,
    unit: 's',
    max: 60,
  });
  return {
    quality,
    scale: {
      posts: rows,
      seconds,
      recommendedK: r.value.recommendedK,
      largestShare: round(r.value.largestShare),
      mixedClusters: r.value.clusters.filter((c) => c.mixed).length,
      nmi: round(
        normalizedMutualInfo(
          posts.map((p) => p.reason),
          Array.from(r.value.labels),
        ),
      ),
    },
  };
};
