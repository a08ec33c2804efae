/**
 * The VADER word lexicon: the `vader-sentiment` package's table corrected by `LEXICON_DELTA`,
 * built into a Map once per process on first use.
 */
// The package ships no types; the reference carries ours into every tsconfig realm importing this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vaderLexiconModule.d.ts" />
import { lexicon as packagedLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { LEXICON_DELTA } from './lexiconDelta.ts';

let cached: ReadonlyMap<string, number> | null = null;

/** Lowercase token to valence (-4 to +4), as vaderSentiment 3.3.2 `SentimentIntensityAnalyzer.lexicon`. */
export function getLexicon(): ReadonlyMap<string, number> {
  if (cached) return cached;
  const map = new Map<string, number>();
  for (const word in packagedLexicon) map.set(word, packagedLexicon[word]!);
  for (const [word, valence] of Object.entries(LEXICON_DELTA)) {
    if (valence === null) map.delete(word);
    else map.set(word, valence);
  }
  cached = map;
  return map;
}
