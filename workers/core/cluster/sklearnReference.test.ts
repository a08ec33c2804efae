/**
 * Parity with scikit-learn 1.2 on the real hashtag documents the reference used
 * (`../shared/reference/sklearn/kmeans_<ds>_bestk_labels.csv`): TF-IDF values (computed by sklearn
 * here, when python3 with scikit-learn is importable), and k = 2..12 inertia and silhouettes
 * against `kmeans_<ds>.json`. Each part skips with a printed notice when its source is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { extractHashtags } from '../text/hashtags.ts';
import { fitTfidf, type TfidfFit } from '../text/tfidf.ts';
import { kSweep } from './kSweep.ts';
import { projectPca2d } from './projection.ts';
import { silhouette } from './silhouette.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REF = path.join(
  process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared'),
  'reference',
  'sklearn',
);
const PYTHON = '/usr/bin/python3';
const DATASETS = ['vaccination', 'sentimentdataset'] as const;

const haveReference = DATASETS.every(
  (ds) =>
    existsSync(path.join(REF, `kmeans_${ds}.json`)) &&
    existsSync(path.join(REF, `kmeans_${ds}_bestk_labels.csv`)),
);
const havePython =
  haveReference && spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
if (!haveReference)
  console.warn(
    `sklearnReference.test: ${REF} not found (set MURMUR_SHARED); skipping all scikit-learn reference comparisons.`,
  );
else if (!havePython)
  console.warn(
    `sklearnReference.test: ${PYTHON} cannot import sklearn; skipping the TF-IDF, pruning and PCA checks computed by scikit-learn at test time.`,
  );

interface ReferencePerK {
  k: number;
  inertia: number;
  silhouette_cosine: number;
  silhouette_euclidean: number;
}
interface Reference {
  n_docs_with_hashtags: number;
  vocab_size: number;
  best_k_by_silhouette_cosine: number;
  per_k: ReferencePerK[];
}
interface SklearnTfidf {
  vocabulary: string[];
  idf: number[];
  indptr: number[];
  indices: number[];
  data: number[];
}
interface SklearnOut {
  tfidf: Record<string, SklearnTfidf>;
  pruned: SklearnTfidf;
  pca: { ratio: number[]; x: number[]; y: number[] };
}

/** Computes, in one Python process, what the tests compare to (inputs come from here, as JSON). */
const SCRIPT = `
import json, sys
import numpy as np
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import TfidfVectorizer
inp = json.load(sys.stdin)
def tfidf(docs, **kw):
    v = TfidfVectorizer(token_pattern=r"#\\w+", lowercase=True, **kw)
    X = v.fit_transform(docs)
    X.sort_indices()
    return v, X, {"vocabulary": v.get_feature_names_out().tolist(), "idf": v.idf_.tolist(),
                  "indptr": X.indptr.tolist(), "indices": X.indices.tolist(), "data": X.data.tolist()}
out = {"tfidf": {}}
for ds, docs in inp["datasets"].items():
    out["tfidf"][ds] = tfidf(docs)[2]
out["pruned"] = tfidf(inp["pruning"]["docs"], min_df=2, max_df=0.5, max_features=inp["pruning"]["max_features"])[2]
_, X, _ = tfidf(inp["datasets"]["vaccination"])
pca = PCA(n_components=2, svd_solver="arpack", random_state=0).fit(X.toarray())
Y = pca.transform(X.toarray())
out["pca"] = {"ratio": pca.explained_variance_ratio_.tolist(), "x": Y[:, 0].tolist(), "y": Y[:, 1].tolist()}
json.dump(out, sys.stdout)
`;

function loadDocs(ds: string): { docs: string[]; clusters: number[] } {
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(path.join(REF, `kmeans_${ds}_bestk_labels.csv`), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  return {
    docs: rows.map((r) => r.hashtags_doc ?? ''),
    clusters: rows.map((r) => Number(r.cluster)),
  };
}

/** A corpus to prune: mixed case, several scripts, a long tail. */
function pruningCorpus(): string[] {
  const rng = createRng(21);
  const tags = [
    'Covid',
    'COVID19',
    'vaccine',
    'Ωmega',
    'Привет',
    '日本',
    'مرحبا',
    '東京2020',
    'x_1',
    'Straße',
    ...Array.from({ length: 60 }, (_, i) => `tail${i}`),
  ];
  return Array.from({ length: 400 }, () =>
    Array.from(
      { length: 1 + rng.int(5) },
      () => `#${tags[Math.floor(tags.length * rng.next() ** 2)]}`,
    ).join(' '),
  );
}

function expectTfidfEqual(ours: TfidfFit, theirs: SklearnTfidf): void {
  // sklearn keeps the '#' in its terms; ours are the bare hashtags
  expect(ours.model.vocabulary.map((t) => `#${t}`)).toEqual(theirs.vocabulary);
  ours.model.idf.forEach((v, j) => expect(Math.abs(v - theirs.idf[j]!)).toBeLessThan(1e-12));
  expect(Array.from(ours.matrix.indptr)).toEqual(theirs.indptr);
  expect(Array.from(ours.matrix.indices)).toEqual(theirs.indices);
  let worst = 0;
  ours.matrix.values.forEach((v, p) => (worst = Math.max(worst, Math.abs(v - theirs.data[p]!))));
  expect(worst).toBeLessThan(1e-9);
}

describe.skipIf(!haveReference)(
  'scikit-learn reference: hashtag TF-IDF + KMeans + silhouette',
  () => {
    const inputs = Object.fromEntries(
      DATASETS.map((ds) => [ds, haveReference ? loadDocs(ds) : { docs: [], clusters: [] }]),
    );
    const fits: Record<string, TfidfFit> = {};
    let sklearn: SklearnOut | null = null;

    beforeAll(() => {
      for (const ds of DATASETS) {
        const r = fitTfidf(inputs[ds]!.docs.map(extractHashtags));
        if (!r.ok) throw new Error(r.error.message);
        fits[ds] = r.value;
      }
      if (!havePython) return;
      const input = JSON.stringify({
        datasets: Object.fromEntries(DATASETS.map((ds) => [ds, inputs[ds]!.docs])),
        pruning: { docs: pruningCorpus(), max_features: 25 },
      });
      const run = spawnSync(PYTHON, ['-c', SCRIPT], {
        input,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
      sklearn = JSON.parse(run.stdout) as SklearnOut;
    });

    for (const ds of DATASETS) {
      const reference = (): Reference =>
        JSON.parse(readFileSync(path.join(REF, `kmeans_${ds}.json`), 'utf8')) as Reference;

      it.skipIf(!havePython)(`${ds}: TF-IDF equals scikit-learn's TfidfVectorizer to 1e-9`, () => {
        expectTfidfEqual(fits[ds]!, sklearn!.tfidf[ds]!);
      });

      it(`${ds}: has the reference's documents and vocabulary`, () => {
        const ref = reference();
        expect(fits[ds]!.matrix.rows).toBe(ref.n_docs_with_hashtags);
        expect(fits[ds]!.model.vocabulary.length).toBe(ref.vocab_size);
      });

      it(`${ds}: silhouettes of the reference's own best-k labels equal its figures to 1e-9`, () => {
        const ref = reference();
        const atBest = ref.per_k.find((e) => e.k === ref.best_k_by_silhouette_cosine)!;
        const r = silhouette(fits[ds]!.matrix, inputs[ds]!.clusters);
        if (!r.ok) throw new Error(r.error.message);
        expect(Math.abs(r.value.cosine - atBest.silhouette_cosine)).toBeLessThan(1e-9);
        expect(Math.abs(r.value.euclidean - atBest.silhouette_euclidean)).toBeLessThan(1e-9);
      });

      it(`${ds}: k = 2..12 silhouettes within 0.02 and inertia at most 2% above the reference; same best k`, () => {
        const ref = reference();
        const r = kSweep(fits[ds]!.matrix, { kMin: 2, kMax: 12 });
        if (!r.ok) throw new Error(r.error.message);
        const rows = r.value.entries.map((e) => {
          const x = ref.per_k.find((p) => p.k === e.k)!;
          return {
            k: e.k,
            inertia: e.inertia.toFixed(2),
            'vs ref %': ((e.inertia / x.inertia - 1) * 100).toFixed(2),
            cos: e.silhouetteCosine!.toFixed(4),
            'ref cos': x.silhouette_cosine.toFixed(4),
            euc: e.silhouetteEuclidean!.toFixed(4),
            'ref euc': x.silhouette_euclidean.toFixed(4),
          };
        });
        console.log(`${ds}: ours vs scikit-learn 1.2 (KMeans n_init=10, random_state=0)`);
        console.table(rows);
        for (const e of r.value.entries) {
          const x = ref.per_k.find((p) => p.k === e.k)!;
          expect(e.inertia, `inertia at k=${e.k}`).toBeLessThanOrEqual(x.inertia * 1.02);
          expect(
            Math.abs(e.silhouetteCosine! - x.silhouette_cosine),
            `cosine silhouette at k=${e.k}`,
          ).toBeLessThanOrEqual(0.02);
          expect(
            Math.abs(e.silhouetteEuclidean! - x.silhouette_euclidean),
            `euclidean silhouette at k=${e.k}`,
          ).toBeLessThanOrEqual(0.02);
        }
        expect(r.value.recommendedK).toBe(ref.best_k_by_silhouette_cosine);
      });
    }

    it.skipIf(!havePython)(
      'pruning by min_df, max_df and max_features equals scikit-learn on a multi-script corpus',
      () => {
        const r = fitTfidf(pruningCorpus().map(extractHashtags), {
          minDf: 2,
          maxDf: 0.5,
          maxFeatures: 25,
        });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value.model.pruning.termsKept).toBe(25);
        expectTfidfEqual(r.value, sklearn!.pruned);
      },
    );

    it.skipIf(!havePython)(
      'the 2-D map equals scikit-learn PCA(n_components=2, svd_solver="arpack") on the vaccination documents',
      () => {
        const r = projectPca2d(fits.vaccination!.matrix);
        if (!r.ok) throw new Error(r.error.message);
        const pca = sklearn!.pca;
        expect(r.value.explainedVarianceRatio[0]).toBeCloseTo(pca.ratio[0]!, 9);
        expect(r.value.explainedVarianceRatio[1]).toBeCloseTo(pca.ratio[1]!, 9);
        // PCA signs are arbitrary: compare up to one sign per component
        for (const [ours, theirs] of [
          [r.value.x, pca.x],
          [r.value.y, pca.y],
        ] as const) {
          const sign = Math.sign(ours[0]!) === Math.sign(theirs[0]!) ? 1 : -1;
          let worst = 0;
          ours.forEach((v, i) => (worst = Math.max(worst, Math.abs(sign * v - theirs[i]!))));
          expect(worst).toBeLessThan(1e-6);
        }
      },
    );
  },
);
