/**
 * The word lists and constants of vaderSentiment 3.3.2 (`vaderSentiment.py`), as plain data.
 * Multi-word keys are kept as word tuples so lookups compare tokens instead of joining strings.
 */

/** Booster increment, as vaderSentiment `B_INCR` (empirical mean intensity change of a booster word). */
export const B_INCR = 0.293;
/** Dampener decrement, as vaderSentiment `B_DECR`. */
export const B_DECR = -0.293;
/** ALL-CAPS emphasis on a word when the text is mixed case, as vaderSentiment `C_INCR`. */
export const C_INCR = 0.733;
/** Multiplier applied by a negation, as vaderSentiment `N_SCALAR`. */
export const N_SCALAR = -0.74;

/** As vaderSentiment 3.3.2 `NEGATE` (a word also negates when it contains "n't"). */
export const NEGATE: ReadonlySet<string> = new Set([
  'aint',
  'arent',
  'cannot',
  'cant',
  'couldnt',
  'darent',
  'didnt',
  'doesnt',
  "ain't",
  "aren't",
  "can't",
  "couldn't",
  "daren't",
  "didn't",
  "doesn't",
  'dont',
  'hadnt',
  'hasnt',
  'havent',
  'isnt',
  'mightnt',
  'mustnt',
  'neither',
  "don't",
  "hadn't",
  "hasn't",
  "haven't",
  "isn't",
  "mightn't",
  "mustn't",
  'neednt',
  "needn't",
  'never',
  'none',
  'nope',
  'nor',
  'not',
  'nothing',
  'nowhere',
  'oughtnt',
  'shant',
  'shouldnt',
  'uhuh',
  'wasnt',
  'werent',
  "oughtn't",
  "shan't",
  "shouldn't",
  'uh-uh',
  "wasn't",
  "weren't",
  'without',
  'wont',
  'wouldnt',
  "won't",
  "wouldn't",
  'rarely',
  'seldom',
  'despite',
]);

/** As vaderSentiment 3.3.2 `negated([word])` on one lowercased word. */
export function isNegation(lower: string): boolean {
  return NEGATE.has(lower) || lower.includes("n't");
}

const INCR_WORDS = [
  'absolutely',
  'amazingly',
  'awfully',
  'completely',
  'considerable',
  'considerably',
  'decidedly',
  'deeply',
  'effing',
  'enormous',
  'enormously',
  'entirely',
  'especially',
  'exceptional',
  'exceptionally',
  'extreme',
  'extremely',
  'fabulously',
  'flipping',
  'flippin',
  'frackin',
  'fracking',
  'fricking',
  'frickin',
  'frigging',
  'friggin',
  'fully',
  'fuckin',
  'fucking',
  'fuggin',
  'fugging',
  'greatly',
  'hella',
  'highly',
  'hugely',
  'incredible',
  'incredibly',
  'intensely',
  'major',
  'majorly',
  'more',
  'most',
  'particularly',
  'purely',
  'quite',
  'really',
  'remarkably',
  'so',
  'substantially',
  'thoroughly',
  'total',
  'totally',
  'tremendous',
  'tremendously',
  'uber',
  'unbelievably',
  'unusually',
  'utter',
  'utterly',
  'very',
];
const DECR_WORDS = [
  'almost',
  'barely',
  'hardly',
  'kinda',
  'kindof',
  'kind-of',
  'less',
  'little',
  'marginal',
  'marginally',
  'occasional',
  'occasionally',
  'partly',
  'scarce',
  'scarcely',
  'slight',
  'slightly',
  'somewhat',
  'sorta',
  'sortof',
  'sort-of',
];

/** Single-word entries of vaderSentiment 3.3.2 `BOOSTER_DICT`, lowercase word to scalar. */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...INCR_WORDS.map((w): [string, number] => [w, B_INCR]),
  ...DECR_WORDS.map((w): [string, number] => [w, B_DECR]),
]);

/**
 * Two-word entries of `BOOSTER_DICT` ("just enough", "kind of", "sort of"), all dampeners: a single
 * token never matches them; 3.3.2 only adds them inside `_special_idioms_check`.
 */
export const BOOSTER_BIGRAMS: readonly (readonly [readonly string[], number])[] = [
  [['just', 'enough'], B_DECR],
  [['kind', 'of'], B_DECR],
  [['sort', 'of'], B_DECR],
];

/**
 * As vaderSentiment 3.3.2 `SPECIAL_CASES`, as word tuples. Its one-word key "badass" can never match
 * (3.3.2 only looks up two- and three-word sequences), so it is left out.
 * 3.3.2 defines `SENTIMENT_LADEN_IDIOMS` too but never calls its check, so those have no effect.
 */
export const SPECIAL_CASES: readonly (readonly [readonly string[], number])[] = [
  [['the', 'shit'], 3],
  [['the', 'bomb'], 3],
  [['bad', 'ass'], 1.5],
  [['bus', 'stop'], 0.0],
  [['yeah', 'right'], -2],
  [['kiss', 'of', 'death'], -1.5],
  [['to', 'die', 'for'], 3],
  [['beating', 'heart'], 3.1],
  [['broken', 'heart'], -2.9],
];
