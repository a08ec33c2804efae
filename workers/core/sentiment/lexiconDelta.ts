/**
 * Where vaderSentiment 3.3.2's `vader_lexicon.txt` differs from the lexicon inside the
 * `vader-sentiment` 1.1.3 npm package (an older snapshot). Each entry was found by comparing
 * scores with the reference outputs in `shared/reference/vader/`; the value is 3.3.2's mean rating.
 * `null` removes a word 3.3.2 does not have.
 */
export const LEXICON_DELTA: Readonly<Record<string, number | null>> = {
  // Rated afresh in 3.3.x: the npm snapshot has the older -0.6.
  badass: 1.4,
  // Missing from the npm snapshot.
  flawed: -2.1,
  heart: 3.2,
  hearts: 3.3,
};
