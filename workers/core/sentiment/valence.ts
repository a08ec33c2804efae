/**
 * Per-token valence with every rule of vaderSentiment 3.3.2 `polarity_scores` /
 * `sentiment_valence`, in its order: lexicon value, the "no" rule, ALL-CAPS emphasis, boosters
 * and negations up to three tokens back (scaled 1, 0.95, 0.9), special idioms, "least".
 * Quirks are kept on purpose, since the goal is agreement with the reference outputs.
 */
import {
  BOOSTER_BIGRAMS,
  BOOSTERS,
  C_INCR,
  N_SCALAR,
  SPECIAL_CASES,
  isNegation,
} from './vaderRules.ts';
import type { TokenBuffer } from './tokens.ts';
import type { ValenceTrace } from './valenceTrace.ts';

/** Word sequences to a value: `next` by word, `value` where a phrase ends. */
interface PhraseTrie {
  value?: number;
  readonly next: Map<string, PhraseTrie>;
}

function phraseTrie(phrases: Iterable<readonly [readonly string[], number]>): PhraseTrie {
  const root: PhraseTrie = { next: new Map() };
  for (const [words, value] of phrases) {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }
  return root;
}

const SPECIAL = phraseTrie(SPECIAL_CASES);
const BIGRAMS = phraseTrie(BOOSTER_BIGRAMS);

const phrase2 = (trie: PhraseTrie, a: string, b: string): number | undefined =>
  trie.next.get(a)?.next.get(b)?.value;
const phrase3 = (trie: PhraseTrie, a: string, b: string, c: string): number | undefined =>
  trie.next.get(a)?.next.get(b)?.next.get(c)?.value;

/**
 * Fill `out[0..count)` with each token's valence before the "but" rule.
 * @param trace when given, records which rule moved which token (explanation API only).
 */
export function tokenValences(
  t: TokenBuffer,
  isCapDiff: boolean,
  out: Float64Array,
  trace?: ValenceTrace,
): void {
  const n = t.count;
  const lowers = t.lowers;
  const lex = t.lex;
  for (let i = 0; i < n; i++) {
    const lower = lowers[i]!;
    // Boosters and the "kind" of "kind of" score nothing themselves.
    if (BOOSTERS.has(lower)) {
      out[i] = 0;
      trace?.kind(i, 'booster');
      continue;
    }
    if (i < n - 1 && lower === 'kind' && lowers[i + 1] === 'of') {
      out[i] = 0;
      trace?.kind(i, 'booster');
      continue;
    }
    const base = lex[i]!;
    out[i] = Number.isNaN(base) ? 0 : lexiconWordValence(t, i, base, isCapDiff, trace);
  }
}

/** As 3.3.2 `sentiment_valence` for a token found in the lexicon. */
function lexiconWordValence(
  t: TokenBuffer,
  i: number,
  base: number,
  isCapDiff: boolean,
  trace?: ValenceTrace,
): number {
  const n = t.count;
  const lowers = t.lowers;
  const lex = t.lex;
  let v = base;
  trace?.word(i, base);
  // "no" before another lexicon word negates it instead of counting as negative itself.
  if (lowers[i] === 'no' && i !== n - 1 && !Number.isNaN(lex[i + 1]!)) {
    v = 0;
    trace?.role(i, 'negation', `"no" before a lexicon word: negates it instead of scoring`);
  }
  const noAt =
    i > 0 && lowers[i - 1] === 'no'
      ? i - 1
      : i > 1 && lowers[i - 2] === 'no'
        ? i - 2
        : i > 2 && lowers[i - 3] === 'no' && (lowers[i - 1] === 'or' || lowers[i - 1] === 'nor')
          ? i - 3
          : -1;
  if (noAt >= 0) {
    v = base * N_SCALAR;
    trace?.modified(i, noAt, 'negation', `negated by "no" (x${N_SCALAR})`);
  }
  if (t.upper[i] && isCapDiff) {
    const up = v > 0;
    v = up ? v + C_INCR : v - C_INCR;
    trace?.caps(i, `ALL CAPS (${up ? '+' : '-'}${C_INCR})`);
  }
  for (let back = 0; back < 3; back++) {
    const j = i - (back + 1);
    // Only a preceding word outside the lexicon can boost or negate.
    if (j < 0 || !Number.isNaN(lex[j]!)) continue;
    let s = boosterScalar(t, j, v, isCapDiff);
    if (s !== 0) {
      if (back === 1) s *= 0.95;
      else if (back === 2) s *= 0.9;
      trace?.modified(i, j, 'booster', `${lowers[j]} ${s > 0 ? '+' : ''}${round4(s)}`);
    }
    v += s;
    v = negationCheck(t, v, back, i, trace);
    if (back === 2) v = specialIdiomsCheck(t, v, i, trace);
  }
  return leastCheck(t, v, i, trace);
}

/** As 3.3.2 `scalar_inc_dec`: a booster's push, signed like the word, plus caps emphasis. */
function boosterScalar(t: TokenBuffer, j: number, valence: number, isCapDiff: boolean): number {
  const b = BOOSTERS.get(t.lowers[j]!);
  if (b === undefined) return 0;
  let scalar = valence < 0 ? -b : b;
  if (t.upper[j] && isCapDiff) scalar = valence > 0 ? scalar + C_INCR : scalar - C_INCR;
  return scalar;
}

const isSoOrThis = (w: string): boolean => w === 'so' || w === 'this';

/** As 3.3.2 `_negation_check`, including its operator precedence in the three-back case. */
function negationCheck(
  t: TokenBuffer,
  v: number,
  back: number,
  i: number,
  trace?: ValenceTrace,
): number {
  const w = t.lowers;
  if (back === 0) {
    if (isNegation(w[i - 1]!)) {
      trace?.modified(i, i - 1, 'negation', `negated by "${w[i - 1]}" (x${N_SCALAR})`);
      return v * N_SCALAR;
    }
  } else if (back === 1) {
    if (w[i - 2] === 'never' && isSoOrThis(w[i - 1]!)) {
      trace?.modified(i, i - 2, 'negation', `"never ${w[i - 1]}" (x1.25)`);
      return v * 1.25;
    }
    if (w[i - 2] === 'without' && w[i - 1] === 'doubt') return v;
    if (isNegation(w[i - 2]!)) {
      trace?.modified(i, i - 2, 'negation', `negated by "${w[i - 2]}" (x${N_SCALAR})`);
      return v * N_SCALAR;
    }
  } else {
    // `never and (so or this) or (so or this)`: in 3.3.2 a "so"/"this" just before the word is enough.
    if ((w[i - 3] === 'never' && isSoOrThis(w[i - 2]!)) || isSoOrThis(w[i - 1]!)) {
      trace?.modified(
        i,
        w[i - 3] === 'never' ? i - 3 : i - 1,
        'negation',
        `"${w[i - 3] === 'never' ? 'never' : w[i - 1]}" rule (x1.25)`,
      );
      return v * 1.25;
    }
    if (w[i - 3] === 'without' && (w[i - 2] === 'doubt' || w[i - 1] === 'doubt')) return v;
    if (isNegation(w[i - 3]!)) {
      trace?.modified(i, i - 3, 'negation', `negated by "${w[i - 3]}" (x${N_SCALAR})`);
      return v * N_SCALAR;
    }
  }
  return v;
}

/** As 3.3.2 `_special_idioms_check` (only reached with i >= 3). */
function specialIdiomsCheck(t: TokenBuffer, v: number, i: number, trace?: ValenceTrace): number {
  const w = t.lowers;
  const n = t.count;
  const w0 = w[i]!;
  const w1 = w[i - 1]!;
  const w2 = w[i - 2]!;
  const w3 = w[i - 3]!;
  const before = v;
  const found =
    phrase2(SPECIAL, w1, w0) ??
    phrase3(SPECIAL, w2, w1, w0) ??
    phrase2(SPECIAL, w2, w1) ??
    phrase3(SPECIAL, w3, w2, w1) ??
    phrase2(SPECIAL, w3, w2);
  if (found !== undefined) v = found;
  if (n - 1 > i) {
    const next = phrase2(SPECIAL, w0, w[i + 1]!);
    if (next !== undefined) v = next;
  }
  if (n - 1 > i + 1) {
    const next = phrase3(SPECIAL, w0, w[i + 1]!, w[i + 2]!);
    if (next !== undefined) v = next;
  }
  if (trace && v !== before) trace.idiom(i, `idiom sets valence to ${v}`);
  // "kind of", "sort of", "just enough" just before the word dampen it.
  const b32 = phrase2(BIGRAMS, w3, w2);
  if (b32 !== undefined) {
    v += b32;
    trace?.modified(i, i - 3, 'booster', `"${w3} ${w2}" ${b32}`);
  }
  const b21 = phrase2(BIGRAMS, w2, w1);
  if (b21 !== undefined) {
    v += b21;
    trace?.modified(i, i - 2, 'booster', `"${w2} ${w1}" ${b21}`);
  }
  return v;
}

/** As 3.3.2 `_least_check`: "least X" negates X unless it is "at least" or "very least". */
function leastCheck(t: TokenBuffer, v: number, i: number, trace?: ValenceTrace): number {
  const w = t.lowers;
  if (i > 0 && w[i - 1] === 'least' && Number.isNaN(t.lex[i - 1]!)) {
    if (i > 1 && (w[i - 2] === 'at' || w[i - 2] === 'very')) return v;
    trace?.modified(i, i - 1, 'negation', `"least" (x${N_SCALAR})`);
    return v * N_SCALAR;
  }
  return v;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
