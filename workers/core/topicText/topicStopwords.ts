/**
 * Words a topic is never named after, per language. Topics drop more than sentiment does: all
 * negations ("not", "never", "no": sentiment keeps them, a topic about "not" means nothing), the
 * general words of the classic Glasgow list that scikit-learn also ships ("back", "call", "get",
 * "please", "thanks" …), and what posts write instead of words ("rt", "amp", "im", "dont").
 * Languages plug in by code: English, and German, French, Spanish, Italian, Portuguese and Dutch
 * from the `stopword` package (issue 14).
 */
// The package ships no types; the reference carries ours into every tsconfig realm importing this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./stopwordModule.d.ts" />
import { deu, fra, ita, nld, por, spa } from 'stopword';
import { ENGLISH_STOPWORDS } from '../preprocess/stopwords.ts';

/**
 * Other languages: the function words of the `stopword` package (MIT), plus the negations and
 * "nothing/never" words a topic should not be named after when the package's list lacks them.
 */
const OTHER_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  de: [
    ...deu,
    'nicht',
    'kein',
    'keine',
    'keinen',
    'nie',
    'niemals',
    'nichts',
    'niemand',
    'ja',
    'nein',
    'mal',
    'schon',
    'mehr',
  ],
  fr: [
    ...fra,
    'ne',
    'pas',
    'non',
    'jamais',
    'rien',
    'personne',
    'aucun',
    'aucune',
    'plus',
    'oui',
    'tout',
    'tous',
    'très',
    'fait',
    'ça',
    'cest',
    "c'est",
    'jai',
    "j'ai",
  ],
  es: [
    ...spa,
    'no',
    'ni',
    'nunca',
    'jamás',
    'nada',
    'nadie',
    'ningún',
    'ninguno',
    'ninguna',
    'tampoco',
    'sí',
    'si',
    'muy',
    'más',
    'ya',
    'es',
    'son',
    'está',
    'están',
    'ser',
    'fue',
    'hay',
    'lo',
    'los',
    'las',
    'le',
    'les',
    'se',
    'me',
    'te',
    'mi',
    'tu',
    'su',
    'sus',
    'que',
    'qué',
    'pero',
    'como',
    'porque',
    'todo',
    'esto',
    'eso',
    'este',
    'esta',
  ],
  it: [
    ...ita,
    'non',
    'mai',
    'niente',
    'nulla',
    'nessuno',
    'nessuna',
    'né',
    'sì',
    'molto',
    'più',
    'già',
  ],
  pt: [
    ...por,
    'não',
    'nao',
    'nunca',
    'jamais',
    'nada',
    'ninguém',
    'nenhum',
    'nenhuma',
    'nem',
    'sim',
    'muito',
    'mais',
    'já',
    'é',
    'são',
    'está',
    'tem',
  ],
  nl: [...nld, 'niet', 'geen', 'nooit', 'niets', 'niemand', 'ja', 'nee', 'heel', 'meer', 'al'],
};

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

// what posts write instead of words, in every language ("rt", "amp", links' leftovers)
const POST_JUNK = ['rt', 'amp', 'via', 'http', 'https', 'www', 'com'];

const BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ['en', straight([...ENGLISH_STOPWORDS, ...ENGLISH_NEGATIONS, ...ENGLISH_POST_JUNK!])],
  ...Object.entries(OTHER_LANGUAGES).map(([code, words]): [string, ReadonlySet<string>] => [
    code,
    straight([...words, ...POST_JUNK].map((w) => w.toLowerCase())),
  ]),
]);

const NAMING_BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ['en', straight([...BY_LANGUAGE.get('en')!, ...ENGLISH_GLASGOW!, ...ENGLISH_FILLERS!])],
  ...Object.keys(OTHER_LANGUAGES).map((code): [string, ReadonlySet<string>] => [
    code,
    BY_LANGUAGE.get(code)!,
  ]),
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
