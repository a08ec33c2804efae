/**
 * Language of one post: a pure policy over any n-gram detector (eld in the app and the CLI, a fake
 * in tests). Handles, links, hashtags, digits and emoji are removed first, since they carry no
 * language; a post with too few letters left, or whose detector is unsure, is `unknown`. A declared
 * language (Bluesky `langs`, a column in the file) is a hint: it wins when short text gives nothing
 * better or when the detector rates it close to its first choice, and loses when the text clearly
 * says otherwise (feeds and files declare wrongly).
 */

/** ISO 639-1 code ("de"), or `unknown` when the post is too short or ambiguous to tell. */
export type LanguageCode = string;

export const UNKNOWN_LANGUAGE = 'unknown';

/** What an n-gram detector answers for one text. */
export interface DetectorAnswer {
  /** ISO 639-1 code of the best language, or '' when none. */
  readonly language: string;
  /** Score per candidate language (higher is more likely), the best included. */
  readonly scores: Readonly<Record<string, number>>;
  /** The detector's own confidence flag. */
  readonly reliable: boolean;
}

/** Any detector: `eld` in the workers and the CLI (see `eldDetector.ts`). */
export type Detector = (text: string) => DetectorAnswer;

/** Options of {@link detectLanguage}. */
export interface LanguageOptions {
  /** Fewer letters than this (after cleaning) and the text alone decides nothing. Default 12. */
  readonly minLetters?: number;
  /** The declared hint wins when its score is at least this share of the best score. Default 0.8. */
  readonly hintShare?: number;
  /** English wins when it scores at least this share of the best language. Default 0.92. */
  readonly englishShare?: number;
}

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
// Hashtags are names (#PfizerBioNTech, #Verano2024) more often than words of the post's language.
const HASHTAG = /(^|[^\p{L}\p{N}_&])[#＃][\p{L}\p{M}\p{N}_]+/gu;
const NOT_LETTER = /[^\p{L}\p{M}'’]+/gu;
const LETTER = /\p{L}/gu;

/** The words of a post without what carries no language: links, @handles, #hashtags, digits, emoji. */
export function languageText(text: string): string {
  return text
    .replace(LINK, ' ')
    .replace(HANDLE, '$1 ')
    .replace(HASHTAG, '$1 ')
    .replace(NOT_LETTER, ' ')
    .trim();
}

/** Count of letters (any script) in `text`. */
export function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** Normalise a declared language ("pt-BR", "EN", " de ") to its ISO 639-1 code, or null. */
export function declaredLanguage(value: string | null | undefined): LanguageCode | null {
  if (!value) return null;
  const code = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2}$/.test(code) ? code : null;
}

/**
 * The language of `text`, or `unknown`.
 * @param hint the declared language, when the feed or the file gives one (any case, region ignored).
 */
export function detectLanguage(
  text: string,
  detector: Detector,
  hint?: string | null,
  options: LanguageOptions = {},
): LanguageCode {
  const declared = declaredLanguage(hint);
  const clean = languageText(text);
  if (letterCount(clean) < (options.minLetters ?? 12)) return declared ?? UNKNOWN_LANGUAGE;
  const answer = detector(clean);
  const best = answer.language;
  const top = best ? (answer.scores[best] ?? 0) : 0;
  if (declared && declared !== best) {
    const own = answer.scores[declared] ?? 0;
    if (!best || (top > 0 && own >= (options.hintShare ?? 0.8) * top)) return declared;
  }
  if (!best) return UNKNOWN_LANGUAGE;
  if (declared === best) return best;
  if (!answer.reliable) return UNKNOWN_LANGUAGE;
  // English nearly tied with another language (a short English post about a birthday scored
  // Tagalog 0.77, English 0.71): most such posts are English, and English goes to VADER as before.
  if (best !== 'en' && (answer.scores['en'] ?? 0) >= (options.englishShare ?? 0.92) * top)
    return 'en';
  return best;
}
