/**
 * Frequent phrases kept whole ("customer service", "lost luggage"): two words that follow each
 * other (with nothing dropped between them) often enough, and far more often than chance, become
 * one term. Chance is measured by normalised pointwise mutual information (Bouma 2009):
 * npmi(a, b) = ln(p(ab) / (p(a) p(b))) / −ln p(ab), 1 when the words only ever appear together,
 * 0 when independent. Phrases are found once on a corpus and applied, as stored, to any new text
 * (topicDocuments.ts).
 */
import { GAP, type GappedWords } from './topicTokens.ts';

export interface PhraseOptions {
  /** A pair must occur at least this often. Default: 5, or one post in 2,000 on large corpora. */
  readonly minCount?: number;
  /** Least npmi, in (−1, 1]. Default 0.4. */
  readonly minNpmi?: number;
  /** At most this many phrases, the most frequent. Default 2,000. */
  readonly maxPhrases?: number;
}

export interface Phrase {
  readonly phrase: string;
  readonly count: number;
  readonly npmi: number;
}

/** The word pairs of `docs` that pass the thresholds, most frequent first, as "first second". */
export function detectPhrases(docs: readonly GappedWords[], options: PhraseOptions = {}): Phrase[] {
  const minCount = options.minCount ?? Math.max(5, Math.ceil(docs.length / 2000));
  const minNpmi = options.minNpmi ?? 0.4;
  const maxPhrases = options.maxPhrases ?? 2000;
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    for (let i = 0; i < doc.length; i++) {
      const w = doc[i]!;
      if (w === GAP) continue;
      total++;
      words.set(w, (words.get(w) ?? 0) + 1);
      const next = doc[i + 1];
      if (next !== undefined && next !== GAP && next !== w) {
        const key = `${w} ${next}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Phrase[] = [];
  for (const [key, count] of pairs) {
    if (count < minCount) continue;
    const space = key.indexOf(' ');
    const pa = words.get(key.slice(0, space))! / total;
    const pb = words.get(key.slice(space + 1))! / total;
    const pab = count / total;
    const npmi = pab >= 1 ? 1 : Math.log(pab / (pa * pb)) / -Math.log(pab);
    if (npmi >= minNpmi) out.push({ phrase: key, count, npmi });
  }
  out.sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1));
  return out.slice(0, maxPhrases);
}
