/**
 * Sentiment from a word lexicon, for languages VADER cannot read. Kept close to VADER so the four
 * scores mean the same thing in every language: valences on VADER's scale, a negator flips the
 * next three words by VADER's -0.74, emoji count by what they show (see `emojiValence.ts`), and
 * the sums, "!" emphasis and normalisation are VADER's own (`scoreValence.ts`).
 */
import { emojiValence } from './emojiValence.ts';
import type { RawLexicon } from './languageLexicons.ts';
import { writeScores } from './scoreValence.ts';

/** AFINN's -5..+5 onto VADER's -4..+4. */
const TO_VADER = 0.8;
/** As vaderSentiment 3.3.2 `N_SCALAR`. */
const NEGATED = -0.74;
/** Words after a negator that it flips, as VADER looks three words back. */
const NEGATION_REACH = 3;
/** Longest phrase in the lexicons we look up, in words. */
const MAX_PHRASE = 3;

/** A lexicon ready to score with: lowercase phrases and a stem-tolerant fallback. */
export interface LanguageLexicon {
  readonly language: string;
  /** Lowercase word or phrase ("no me gusta") to valence on VADER's scale. */
  readonly phrases: ReadonlyMap<string, number>;
  /** A word without its last letter to the valence of the word (bueno → buen), for buena, buenos. */
  readonly stems: ReadonlyMap<string, number>;
  /** Lowercase negator phrases ("ne pas", "non"). */
  readonly negators: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Build a {@link LanguageLexicon} from the package's word list and negators. */
export function buildLanguageLexicon(
  language: string,
  words: RawLexicon,
  negators: readonly string[],
): LanguageLexicon {
  const phrases = new Map<string, number>();
  const stems = new Map<string, number>();
  for (const [raw, valence] of Object.entries(words)) {
    const key = (raw.toLocaleLowerCase().match(WORD) ?? []).join(' ');
    if (!key || phrases.has(key)) continue;
    phrases.set(key, valence * TO_VADER);
    // Short words stay exact: "mal" must not match "mar".
    if (!key.includes(' ') && key.length >= 5 && !stems.has(key.slice(0, -1)))
      stems.set(key.slice(0, -1), valence * TO_VADER);
  }
  const negatorSet = new Set(
    negators.map((n) => (n.toLocaleLowerCase().match(WORD) ?? []).join(' ')).filter(Boolean),
  );
  return { language, phrases, stems, negators: negatorSet };
}

/** Lowercase words of `text` (letters and marks, NFC), apostrophes and digits split off. */
export function lexiconWords(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase().match(WORD) ?? [];
}

/** One word's valence from the lexicon, exact or stem-tolerant; 0 when unknown. */
function wordValence(lexicon: LanguageLexicon, word: string): number {
  const exact = lexicon.phrases.get(word);
  if (exact !== undefined) return exact;
  if (word.length >= 5) return lexicon.stems.get(word.slice(0, -1)) ?? 0;
  return 0;
}

let buffer = new Float64Array(64);

/**
 * Write neg, neu, pos, compound of `text` into `out[offset..offset+4)`, as VADER would were
 * `lexicon` its lexicon. Emoji count in every language.
 */
export function scoreWithLexicon(
  text: string,
  lexicon: LanguageLexicon,
  out: Float32Array | Float64Array,
  offset: number,
): void {
  const words = lexiconWords(text);
  const emoji = emojiValence(text);
  const cap = words.length + emoji.length;
  if (buffer.length < cap) buffer = new Float64Array(Math.max(cap, buffer.length * 2));
  const v = buffer;
  let n = 0;
  let negatedFor = 0;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    let valence = 0;
    let negator = false;
    for (let len = Math.min(MAX_PHRASE, words.length - i); len >= 1 && !matched; len--) {
      const phrase = len === 1 ? words[i]! : words.slice(i, i + len).join(' ');
      if (lexicon.negators.has(phrase)) {
        matched = len;
        negator = true;
      } else if (len > 1) {
        const p = lexicon.phrases.get(phrase);
        if (p !== undefined) {
          matched = len;
          valence = p;
        }
      } else {
        matched = 1;
        valence = wordValence(lexicon, phrase);
      }
    }
    if (negator) {
      negatedFor = NEGATION_REACH;
      v[n++] = 0;
    } else {
      v[n++] = negatedFor > 0 ? valence * NEGATED : valence;
      if (negatedFor > 0) negatedFor--;
    }
    i += matched;
  }
  for (const e of emoji) v[n++] = e;
  writeScores(v, n, text, out, offset);
}
