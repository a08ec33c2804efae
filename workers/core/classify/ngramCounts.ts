/**
 * Word and character n-gram counts of texts, hashed into a fixed feature space: the input of the
 * linear sentiment classifier. Words are runs of letters, marks, digits and '_' of two or more code
 * units (sklearn's `\b\w\w+\b`), lower-cased, with each pair of neighbours as a bigram; characters
 * are n-grams inside each whitespace-separated chunk padded with a space, as sklearn
 * `TfidfVectorizer(analyzer='char_wb')` makes them. Character n-grams need no word boundaries, so
 * the same features work for any language and script (Thai, Japanese and Chinese included).
 * Hashing (FNV-1a over UTF-16 code units) keeps memory fixed and needs no vocabulary pass; the
 * rare collision merges two n-grams, as sklearn's `HashingVectorizer` does.
 */
import { gatherCsrRows } from '../text/sparseMatrix.ts';

/** Which n-grams, and how many hash buckets for each kind. */
export interface NgramSpec {
  /** Word n-gram lengths [min, max]; default [1, 2]. */
  readonly words: readonly [number, number];
  /** Character n-gram lengths [min, max] inside words; default [2, 5]. */
  readonly chars: readonly [number, number];
  /** Word buckets as a power of two; default 18 (262,144). */
  readonly wordBits: number;
  /** Character buckets as a power of two; default 20 (1,048,576). */
  readonly charBits: number;
}

export const DEFAULT_NGRAMS: NgramSpec = {
  words: [1, 2],
  chars: [2, 5],
  wordBits: 18,
  charBits: 20,
};

/** Counts per text: row i's buckets are `indices[indptr[i] .. indptr[i+1])` (increasing), with `counts`. */
export interface NgramCounts {
  readonly rows: number;
  /** Buckets in all: word buckets first, then character buckets. */
  readonly dim: number;
  /** Buckets below this are words, the rest characters. */
  readonly wordDim: number;
  readonly indptr: Uint32Array;
  readonly indices: Uint32Array;
  readonly counts: Uint16Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// 1 where a code unit belongs to a word (\p{L}, \p{M}, \p{N}, '_'), 2 where it is whitespace; filled on first sight.
const WORD = 1;
const SPACE = 2;
const kinds = new Uint8Array(65536);
const known = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const SPACE_CHAR = /\s/u;

function kindOf(c: number): number {
  if (known[c] === 1) return kinds[c]!;
  const ch = String.fromCharCode(c);
  // a lone surrogate is neither: emoji and other astral symbols never join words
  const k =
    c >= 0xd800 && c <= 0xdfff ? 0 : WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : 0;
  kinds[c] = k;
  known[c] = 1;
  return k;
}

/** A 32-bit finaliser (murmur3 fmix32): spreads the bits of a combined hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Reusable buffers of one featurizer: per-text bucket counts and the buckets touched. */
interface Scratch {
  readonly acc: Uint16Array;
  touched: Uint32Array;
  n: number;
  wordHashes: Uint32Array;
}

function emit(s: Scratch, bucket: number): void {
  if (s.acc[bucket] === 0) {
    if (s.n === s.touched.length) {
      const grown = new Uint32Array(s.touched.length * 2);
      grown.set(s.touched);
      s.touched = grown;
    }
    s.touched[s.n++] = bucket;
  }
  if (s.acc[bucket]! < 65535) s.acc[bucket]!++;
}

/** Adds the n-grams of one lower-cased text to the scratch counts. */
function countText(text: string, spec: NgramSpec, s: Scratch): void {
  const wordMask = (1 << spec.wordBits) - 1;
  const charMask = (1 << spec.charBits) - 1;
  const wordDim = wordMask + 1;
  const [wMin, wMax] = spec.words;
  const [cMin, cMax] = spec.chars;
  const len = text.length;
  // words: hash each token, then each run of wMin..wMax neighbours
  let words = 0;
  let i = 0;
  while (i < len) {
    while (i < len && kindOf(text.charCodeAt(i)) !== WORD) i++;
    const start = i;
    let h = FNV_OFFSET;
    while (i < len && kindOf(text.charCodeAt(i)) === WORD) {
      h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      i++;
    }
    if (i - start >= 2) {
      if (words === s.wordHashes.length) {
        const grown = new Uint32Array(words * 2);
        grown.set(s.wordHashes);
        s.wordHashes = grown;
      }
      s.wordHashes[words++] = h >>> 0;
    }
  }
  for (let a = 0; a < words; a++) {
    let h = 0;
    for (let n = 1; n <= wMax && a + n <= words; n++) {
      h = n === 1 ? s.wordHashes[a]! : (Math.imul(h, 31) + s.wordHashes[a + n - 1]!) >>> 0;
      if (n >= wMin) emit(s, mix(h ^ Math.imul(n, 0x9e3779b9)) & wordMask);
    }
  }
  // characters: n-grams of each whitespace-separated chunk with a space on each side
  i = 0;
  while (i < len) {
    while (i < len && kindOf(text.charCodeAt(i)) === SPACE) i++;
    if (i >= len) break;
    const start = i;
    while (i < len && kindOf(text.charCodeAt(i)) !== SPACE) i++;
    const end = i;
    // padded chunk: position p is ' ' at p = 0 and p = width - 1, else text[start + p - 1]
    const width = end - start + 2;
    for (let p = 0; p < width; p++) {
      let h = FNV_OFFSET;
      for (let n = 1; n <= cMax && p + n <= width; n++) {
        const q = p + n - 1;
        const c = q === 0 || q === width - 1 ? 32 : text.charCodeAt(start + q - 1);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (n >= cMin) emit(s, wordDim + (mix(h) & charMask));
      }
    }
  }
}

/**
 * The n-gram counts of `texts` (missing texts count as empty). Text is lower-cased first
 * (`toLowerCase`, locale-free). Memory: one row entry per distinct n-gram of a text.
 */
export function ngramCounts(
  texts: readonly string[],
  spec: NgramSpec = DEFAULT_NGRAMS,
): NgramCounts {
  const wordDim = 2 ** spec.wordBits;
  const dim = wordDim + 2 ** spec.charBits;
  const s: Scratch = {
    acc: new Uint16Array(dim),
    touched: new Uint32Array(1024),
    n: 0,
    wordHashes: new Uint32Array(256),
  };
  const indptr = new Uint32Array(texts.length + 1);
  let indices = new Uint32Array(Math.max(1024, texts.length * 64));
  let counts = new Uint16Array(indices.length);
  let nnz = 0;
  for (let r = 0; r < texts.length; r++) {
    const t = texts[r];
    s.n = 0;
    if (typeof t === 'string' && t.length > 0) countText(t.toLowerCase(), spec, s);
    const row = s.touched.subarray(0, s.n).sort();
    if (nnz + row.length > indices.length) {
      const size = Math.max(nnz + row.length, indices.length * 2);
      const grownI = new Uint32Array(size);
      grownI.set(indices.subarray(0, nnz));
      const grownC = new Uint16Array(size);
      grownC.set(counts.subarray(0, nnz));
      indices = grownI;
      counts = grownC;
    }
    for (let k = 0; k < row.length; k++) {
      const b = row[k]!;
      indices[nnz] = b;
      counts[nnz++] = s.acc[b]!;
      s.acc[b] = 0;
    }
    indptr[r + 1] = nnz;
  }
  return {
    rows: texts.length,
    dim,
    wordDim,
    indptr,
    indices: indices.slice(0, nnz),
    counts: counts.slice(0, nnz),
  };
}

/** The rows `which` of `m`, in that order. */
export function selectCountRows(m: NgramCounts, which: ArrayLike<number>): NgramCounts {
  const g = gatherCsrRows(m.indptr, which, [m.indices, m.counts] as const);
  const [indices, counts] = g.entries;
  return { rows: which.length, dim: m.dim, wordDim: m.wordDim, indptr: g.indptr, indices, counts };
}
