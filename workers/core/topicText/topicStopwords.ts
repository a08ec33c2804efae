/**
 * Words a topic is never named after, per language. Topics drop more than sentiment does: all
 * negations ("not", "never", "no": sentiment keeps them, a topic about "not" means nothing), the
 * general words of the classic Glasgow list that scikit-learn also ships ("back", "call", "get",
 * "please", "thanks" …), and what posts write instead of words ("rt", "amp", "im", "dont").
 * Languages plug in by code; issue 14 adds more than English.
 */
import { ENGLISH_STOPWORDS } from '../preprocess/stopwords.ts';

/** General words beyond the bundled function words: vague verbs, numbers in words, fillers. */
const ENGLISH_GENERAL: readonly (readonly string[])[] = [
  // the Glasgow list's general words (as scikit-learn's ENGLISH_STOP_WORDS)
  (
    'afterwards alone amongst amoungst amount anyhow back became become becomes becoming ' +
    'beforehand bill bottom call cant co con couldnt cry de describe detail due eg eight ' +
    'eleven elsewhere empty etc except fifteen fifty fill find fire first five former ' +
    'formerly forty found four front full give go hasnt hereafter hereby herein hereupon ' +
    'hundred ie inc interest keep last latter latterly ltd made meanwhile mill mostly move ' +
    'name namely nevertheless next nine noone others part please put re see seem seemed ' +
    'seeming seems serious show side sincere six sixty somehow sometime system take ten ' +
    'thence thereafter therein thereupon thick thin third three thru together top twelve ' +
    'twenty two un well whence whereafter whereby wherein whereupon whither whole'
  ).split(' '),
  // more vague verbs and fillers of short posts (not units of time: "hours" tells a delay)
  (
    'make makes making going gone went come came coming let lets say said says tell told know ' +
    'knew think thought want wanted need needs needed like yes yeah ok okay oh hey hi thanks ' +
    'thank thx pls plz lol omg really actually literally way thing things lot lots bit guys ' +
    'guy today tonight tomorrow yesterday am pm ago'
  ).split(' '),
  // what posts write instead of words
  (
    'rt amp via http https www com im ive id ill dont doesnt didnt isnt arent wasnt werent ' +
    'wont wouldnt shouldnt havent hadnt youre youve youll theyre thats theres whats u ur r ya ' +
    'b gonna wanna gotta don doesn didn isn aren wasn weren won wouldn shouldn couldn haven ' +
    'hadn ll ve'
  ).split(' '),
];

/** Every negation, whatever sentiment keeps: topics drop them all. */
const ENGLISH_NEGATIONS = ['no', 'not', 'nor', 'never', 'none', 'nobody', 'nothing', 'nowhere'];

const [ENGLISH_GLASGOW, ENGLISH_FILLERS, ENGLISH_POST_JUNK] = ENGLISH_GENERAL;

const straight = (words: readonly string[]): Set<string> =>
  new Set(words.map((w) => w.replace(/\u2019/g, "'")));

const BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ['en', straight([...ENGLISH_STOPWORDS, ...ENGLISH_NEGATIONS, ...ENGLISH_POST_JUNK!])],
]);

const NAMING_BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ['en', straight([...BY_LANGUAGE.get('en')!, ...ENGLISH_GLASGOW!, ...ENGLISH_FILLERS!])],
]);

/** Languages with a topic stop-word list. */
export function topicStopwordLanguages(): string[] {
  return [...BY_LANGUAGE.keys()];
}

/**
 * The topic stop words of `language` (an ISO 639-1 code, lower-case), or English for a language
 * without a list of its own. Matched against lower-case tokens, apostrophes straight.
 */
export function topicStopwords(language = 'en'): ReadonlySet<string> {
  return BY_LANGUAGE.get(language.toLowerCase()) ?? BY_LANGUAGE.get('en')!;
}

/**
 * The words a topic is never named after: the clustering list plus general words ("back", "call",
 * "please", "get", as scikit-learn's list). Clustering keeps those: on generated complaint posts
 * they carry signal ("call back" is customer service), but a name made of them says nothing.
 */
export function namingStopwords(language = 'en'): ReadonlySet<string> {
  return NAMING_BY_LANGUAGE.get(language.toLowerCase()) ?? NAMING_BY_LANGUAGE.get('en')!;
}

/** Adds (or replaces) a language's list: the hook for the languages issue. */
export function registerTopicStopwords(
  language: string,
  words: readonly string[],
  namingOnly: readonly string[] = [],
): void {
  const own = new Set(words.map((w) => w.toLowerCase()));
  BY_LANGUAGE.set(language.toLowerCase(), own);
  NAMING_BY_LANGUAGE.set(
    language.toLowerCase(),
    new Set([...own, ...namingOnly.map((w) => w.toLowerCase())]),
  );
}
