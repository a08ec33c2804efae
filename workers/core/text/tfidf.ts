/**
 * TF-IDF exactly as scikit-learn 1.2 `TfidfVectorizer` with its defaults (`norm='l2'`,
 * `use_idf=True`, `smooth_idf=True`, `sublinear_tf=False`): raw term counts as tf,
 * idf = ln((1 + n) / (1 + df)) + 1, rows scaled to unit L2 norm, features sorted by code point.
 * Documents arrive already tokenised (hashtags from `hashtags.ts`, or any caller's tokens).
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { compareCodePoints } from './codePointOrder.ts';
import type { CsrMatrix } from './sparseMatrix.ts';
import type { TfidfModel, TfidfPruning } from './tfidfModel.ts';

/** Vocabulary pruning, with scikit-learn's meaning of `min_df`, `max_df` and `max_features`. */
export interface TfidfOptions {
  /** Keep terms found in at least this many documents. Integer ≥ 1; default 1 (keep all). */
  readonly minDf?: number;
  /** Drop terms found in more than this share of documents. In (0, 1]; default 1 (keep all). */
  readonly maxDf?: number;
  /**
   * Keep at most this many terms, those with the highest count over the whole corpus (ties in
   * vocabulary order), after `minDf`/`maxDf`. Integer ≥ 1, or null (default) for no limit.
   */
  readonly maxFeatures?: number | null;
  /** Term weight 1 + ln(count) instead of the count (sklearn `sublinear_tf`). Default false. */
  readonly sublinearTf?: boolean;
}

export interface TfidfFit {
  readonly model: TfidfModel;
  /** One unit-norm row per document (all-zero for a document with no kept term). */
  readonly matrix: CsrMatrix;
}

/** Terms of the corpus with provisional ids (first-seen order) and each document's ids. */
interface Counted {
  readonly terms: string[];
  readonly df: Uint32Array;
  readonly total: Float64Array;
  readonly docPtr: Uint32Array;
  readonly tokenIds: Uint32Array;
}

function countTerms(docs: readonly (readonly string[])[]): Counted {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const df: number[] = [];
  const total: number[] = [];
  const lastDoc: number[] = [];
  let nTokens = 0;
  for (const d of docs) nTokens += d.length;
  const docPtr = new Uint32Array(docs.length + 1);
  const tokenIds = new Uint32Array(nTokens);
  let p = 0;
  docs.forEach((doc, i) => {
    for (const term of doc) {
      let id = ids.get(term);
      if (id === undefined) {
        id = terms.length;
        ids.set(term, id);
        terms.push(term);
        df.push(0);
        total.push(0);
        lastDoc.push(-1);
      }
      total[id]!++;
      if (lastDoc[id] !== i) {
        lastDoc[id] = i;
        df[id]!++;
      }
      tokenIds[p++] = id;
    }
    docPtr[i + 1] = p;
  });
  return { terms, df: Uint32Array.from(df), total: Float64Array.from(total), docPtr, tokenIds };
}

function validate(
  o: TfidfOptions,
  n: number,
): Result<{ minDf: number; maxDf: number; maxFeatures: number | null }> {
  const minDf = o.minDf ?? 1;
  const maxDf = o.maxDf ?? 1;
  const maxFeatures = o.maxFeatures ?? null;
  if (!Number.isInteger(minDf) || minDf < 1) {
    return fail(
      'INVALID_OPTIONS',
      `minDf must be a whole number of documents ≥ 1, not ${minDf}.`,
      'Use 1 to keep every term, 2 to drop terms used only once.',
    );
  }
  if (!(maxDf > 0 && maxDf <= 1)) {
    return fail(
      'INVALID_OPTIONS',
      `maxDf is a share of documents in (0, 1], not ${maxDf}.`,
      'Use 1 to keep every term, 0.5 to drop terms in more than half of the posts.',
    );
  }
  if (maxFeatures !== null && (!Number.isInteger(maxFeatures) || maxFeatures < 1)) {
    return fail(
      'INVALID_OPTIONS',
      `maxFeatures must be a whole number ≥ 1 or none, not ${maxFeatures}.`,
    );
  }
  if (maxDf * n < minDf) {
    return fail(
      'INVALID_OPTIONS',
      `maxDf ${maxDf} of ${n} documents allows fewer documents than minDf ${minDf}.`,
      'Raise maxDf or lower minDf.',
    );
  }
  return ok({ minDf, maxDf, maxFeatures });
}

/**
 * Which provisional term ids survive, in vocabulary order: sklearn `_limit_features`
 * (df bounds first, then the `maxFeatures` terms with the highest corpus count, stable).
 */
function keptTerms(
  c: Counted,
  sorted: Uint32Array,
  n: number,
  opts: { minDf: number; maxDf: number; maxFeatures: number | null },
): { kept: Uint32Array; pruning: TfidfPruning } {
  const high = opts.maxDf * n;
  let byMin = 0;
  let byMax = 0;
  const inRange: number[] = [];
  for (const id of sorted) {
    const d = c.df[id]!;
    if (d < opts.minDf) byMin++;
    else if (d > high) byMax++;
    else inRange.push(id);
  }
  let kept = Uint32Array.from(inRange);
  let byFeatures = 0;
  if (opts.maxFeatures !== null && kept.length > opts.maxFeatures) {
    const rank = Array.from(kept.keys()).sort(
      (a, b) => c.total[kept[b]!]! - c.total[kept[a]!]! || a - b,
    );
    const keep = Uint32Array.from(rank.slice(0, opts.maxFeatures)).sort();
    byFeatures = kept.length - keep.length;
    kept = keep.map((pos) => kept[pos]!);
  }
  return {
    kept,
    pruning: {
      ...opts,
      documents: n,
      termsSeen: c.terms.length,
      termsKept: kept.length,
      droppedByMinDf: byMin,
      droppedByMaxDf: byMax,
      droppedByMaxFeatures: byFeatures,
    },
  };
}

/**
 * Learns the vocabulary and idf from `docs` and returns the model with the documents' TF-IDF rows.
 * Fails with NO_HASHTAGS when no document has a term, INVALID_OPTIONS for bad or over-strict pruning.
 * Memory is linear in tokens + distinct terms (a corpus of 200k distinct hashtags is fine).
 */
export function fitTfidf(
  docs: readonly (readonly string[])[],
  options: TfidfOptions = {},
): Result<TfidfFit> {
  const n = docs.length;
  if (n === 0)
    return fail(
      'NO_HASHTAGS',
      'There are no documents to build topics from.',
      'Choose a dataset with posts, then try again.',
    );
  const opts = validate(options, n);
  if (!opts.ok) return opts;
  const c = countTerms(docs);
  if (c.terms.length === 0) {
    return fail(
      'NO_HASHTAGS',
      `None of the ${n} documents has a term.`,
      'Map the column that holds hashtags (or posts whose text contains #tags), then try again.',
    );
  }
  const sorted = Uint32Array.from(c.terms.keys()).sort((a, b) =>
    compareCodePoints(c.terms[a]!, c.terms[b]!),
  );
  const { kept, pruning } = keptTerms(c, sorted, n, opts.value);
  if (kept.length === 0) {
    return fail(
      'INVALID_OPTIONS',
      `Pruning removed all ${c.terms.length} terms (minDf ${pruning.minDf}, maxDf ${pruning.maxDf}).`,
      'Lower minDf or raise maxDf.',
    );
  }
  const remap = new Int32Array(c.terms.length).fill(-1);
  kept.forEach((id, j) => (remap[id] = j));
  const vocabulary = Array.from(kept, (id) => c.terms[id]!);
  // as sklearn TfidfTransformer(smooth_idf=True): log of (n + 1) / (df + 1), plus one
  const idf = Array.from(kept, (id) => Math.log((n + 1) / (c.df[id]! + 1)) + 1);
  const model: TfidfModel = { kind: 'murmur.tfidf', version: 1, vocabulary, idf, pruning };
  const matrix = buildRows(
    vocabulary.length,
    idf,
    c.docPtr,
    c.tokenIds.length ? Int32Array.from(c.tokenIds, (id) => remap[id]!) : new Int32Array(0),
    options.sublinearTf ?? false,
  );
  return ok({ model, matrix });
}

const termIndexCache = new WeakMap<TfidfModel, Map<string, number>>();

function termIndex(model: TfidfModel): Map<string, number> {
  let index = termIndexCache.get(model);
  if (!index) {
    index = new Map(model.vocabulary.map((t, j) => [t, j]));
    termIndexCache.set(model, index);
  }
  return index;
}

/** TF-IDF rows of new documents under a fitted model; terms outside its vocabulary are ignored. */
export function transformTfidf(
  model: TfidfModel,
  docs: readonly (readonly string[])[],
  sublinearTf = false,
): CsrMatrix {
  const index = termIndex(model);
  const docPtr = new Uint32Array(docs.length + 1);
  const termIds: number[] = [];
  docs.forEach((doc, i) => {
    for (const term of doc) termIds.push(index.get(term) ?? -1);
    docPtr[i + 1] = termIds.length;
  });
  return buildRows(
    model.vocabulary.length,
    model.idf,
    docPtr,
    Int32Array.from(termIds),
    sublinearTf,
  );
}

/**
 * Counts each row's terms, weights by idf and L2-normalises, into CSR. Row i's terms are
 * `termIds[docPtr[i] .. docPtr[i+1])`, column indices, -1 for a term to skip.
 */
function buildRows(
  cols: number,
  idf: readonly number[],
  docPtr: Uint32Array,
  termIds: Int32Array,
  sublinearTf: boolean,
): CsrMatrix {
  const rows = docPtr.length - 1;
  const counts = new Float64Array(cols);
  const indptr = new Uint32Array(rows + 1);
  const indices = new Uint32Array(termIds.length);
  const values = new Float64Array(termIds.length);
  let nnz = 0;
  for (let i = 0; i < rows; i++) {
    const start = nnz;
    for (let p = docPtr[i]!; p < docPtr[i + 1]!; p++) {
      const j = termIds[p]!;
      if (j < 0) continue;
      if (counts[j] === 0) {
        // insertion into the row's increasing column list (rows hold a handful of terms)
        let q = nnz++;
        while (q > start && indices[q - 1]! > j) {
          indices[q] = indices[q - 1]!;
          q--;
        }
        indices[q] = j;
      }
      counts[j]!++;
    }
    let sq = 0;
    for (let p = start; p < nnz; p++) {
      const j = indices[p]!;
      const v = (sublinearTf ? 1 + Math.log(counts[j]!) : counts[j]!) * idf[j]!;
      counts[j] = 0;
      values[p] = v;
      sq += v * v;
    }
    // as sklearn `inplace_csr_row_normalize_l2`: divide by the norm, leave empty rows at zero
    if (sq > 0) {
      const norm = Math.sqrt(sq);
      for (let p = start; p < nnz; p++) values[p] = values[p]! / norm;
    }
    indptr[i + 1] = nnz;
  }
  return { rows, cols, indptr, indices: indices.slice(0, nnz), values: values.slice(0, nnz) };
}
