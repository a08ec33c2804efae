/**
 * A bundled English stopword list (written for Murmur in the spirit of the classic Glasgow and
 * scikit-learn lists): function words, pronouns, auxiliaries and their contractions, lower-case,
 * with a straight apostrophe. Negations are listed too, and kept by default (see `isNegation`),
 * because dropping "not" turns "not good" into "good".
 */
export const ENGLISH_STOPWORDS: readonly string[] = [
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'all', 'both',
  'either', 'neither', 'few', 'more', 'most', 'much', 'many', 'other', 'another', 'such', 'same',
  'own', 'several', 'enough', 'less', 'least',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it',
  'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'one', 'someone', 'something',
  'anyone', 'anything', 'everyone', 'everything', 'who', 'whom', 'whose', 'which', 'what',
  // auxiliaries and modals
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'doing', 'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'get', 'got', 'gets',
  // prepositions
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'down', 'during',
  'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over',
  'per', 'since', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'until', 'up',
  'upon', 'via', 'with', 'within', 'without',
  // conjunctions and connectives
  'and', 'or', 'but', 'if', 'because', 'as', 'while', 'whereas', 'although', 'though', 'unless',
  'whether', 'than', 'so', 'then', 'thus', 'hence', 'therefore', 'however', 'also', 'yet', 'else',
  'otherwise', 'moreover',
  // adverbs of place, time and degree
  'here', 'there', 'where', 'when', 'why', 'how', 'now', 'again', 'ever', 'once', 'already', 'still',
  'just', 'only', 'very', 'too', 'quite', 'rather', 'even', 'almost', 'always', 'often', 'sometimes',
  'perhaps', 'maybe', 'instead', 'anyway', 'indeed', 'further', 'thereby', 'wherever', 'whenever',
  'whatever', 'whoever', 'somewhere', 'anywhere', 'everywhere',
  // contractions
  "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "he's", "he'll", "he'd",
  "she's", "she'll", "she'd", "it's", "it'll", "we're", "we've", "we'll", "we'd", "they're",
  "they've", "they'll", "they'd", "that's", "there's", "here's", "what's", "who's", "where's",
  "when's", "why's", "how's", "let's",
  // negations (kept unless `keepNegations` is false)
  'no', 'not', 'nor', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', "can't", "won't",
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
  "hadn't", "shouldn't", "wouldn't", "couldn't", "mustn't", "mightn't", "needn't", "shan't",
];

const NEGATIONS = new Set(['no', 'not', 'nor', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'cannot', 'without']);

/** Whether a lower-case token negates what follows: "not", "never", "no", "without", any "…n't". */
export function isNegation(token: string): boolean {
  return NEGATIONS.has(token) || token.endsWith("n't");
}
