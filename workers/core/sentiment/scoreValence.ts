/**
 * From token valences to the four scores, as vaderSentiment 3.3.2 `score_valence`,
 * `_punctuation_emphasis`, `_sift_sentiment_scores` and `normalize`, rounded as it rounds them.
 */
import { pythonRound } from './pythonRound.ts';

/** Normalisation constant of 3.3.2 `normalize` (approximates the largest expected sum). */
const ALPHA = 15;

/** As 3.3.2 `_amplify_ep` + `_amplify_qm`: up to four "!" add 0.292 each; 2–3 "?" add 0.18 each, more add 0.96. */
export function punctuationEmphasis(text: string): number {
  let bangs = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x21) bangs++;
    else if (c === 0x3f) questions++;
  }
  const ep = Math.min(bangs, 4) * 0.292;
  const qm = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
  return ep + qm;
}

/**
 * Write neg, neu, pos (rounded to 3 places) and compound (4 places) for `v[0..count)` into
 * `out[offset..offset+4)`, with Python's round-half-even on the exact float.
 */
export function writeScores(
  v: Float64Array,
  count: number,
  text: string,
  out: Float32Array | Float64Array,
  offset: number,
): void {
  if (count === 0) {
    out[offset] = 0;
    out[offset + 1] = 0;
    out[offset + 2] = 0;
    out[offset + 3] = 0;
    return;
  }
  let sum = 0;
  let posSum = 0;
  let negSum = 0;
  let neutral = 0;
  for (let i = 0; i < count; i++) {
    const s = v[i]!;
    sum += s;
    // +1 / -1 compensate for neutral words counting 1 each, as 3.3.2 does.
    if (s > 0) posSum += s + 1;
    else if (s < 0) negSum += s - 1;
    else neutral++;
  }
  const emphasis = punctuationEmphasis(text);
  if (sum > 0) sum += emphasis;
  else if (sum < 0) sum -= emphasis;
  let compound = sum / Math.sqrt(sum * sum + ALPHA);
  if (compound < -1) compound = -1;
  else if (compound > 1) compound = 1;

  if (posSum > Math.abs(negSum)) posSum += emphasis;
  else if (posSum < Math.abs(negSum)) negSum -= emphasis;
  const total = posSum + Math.abs(negSum) + neutral;
  out[offset] = pythonRound(Math.abs(negSum / total), 3);
  out[offset + 1] = pythonRound(Math.abs(neutral / total), 3);
  out[offset + 2] = pythonRound(Math.abs(posSum / total), 3);
  out[offset + 3] = pythonRound(compound, 4);
}
