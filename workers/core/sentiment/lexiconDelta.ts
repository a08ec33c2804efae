/**
 * Where vaderSentiment 3.3.2's `vader_lexicon.txt` differs from the lexicon inside the
 * `vader-sentiment` 1.1.3 npm package (an older snapshot). Found by comparing our scores with the
 * reference outputs in `shared/reference/vader/`: with these four entries all 25,034 reference
 * texts score exactly as the reference, and each entry is exercised by some of them. A word that
 * no reference text uses cannot be checked this way, so the delta is complete only as far as
 * those texts reach. `null` would remove a word 3.3.2 does not have (none found).
 */
export const LEXICON_DELTA: Readonly<Record<string, number | null>> = {
  // Re-rated in 3.3.x; the npm snapshot has -0.6 (vaccination post 650 confirms 1.4).
  badass: 1.4,
  // Missing from the npm snapshot; 26 movie-review snippets use it.
  flawed: -2.1,
  // Missing from the npm snapshot. Solved from reference compounds, e.g. tweets "Remember to let
  // her into ur heart then u can start to make it better": 0.7964 = normalize(better 1.9 + heart 3.2).
  heart: 3.2,
  // tweets "spread the love hearts by @anonymous …:)": 0.91 = normalize(love 3.2 + hearts 3.3 + ":)" 2.0).
  hearts: 3.3,
};
