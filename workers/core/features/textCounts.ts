/**
 * Counts read from a post's text, defined as the reference `build_features` does with pandas
 * string methods (`str.len`, `str.split`, `str.count(regex)`), so the numbers match it exactly.
 */
import { isPythonSpace } from '../sentiment/pythonText.ts';
import { extractHashtags } from '../text/hashtags.ts';

/** As Python `re.findall(r"@\w+")` on str: `\w` is a Unicode letter or number, or `_`. */
const MENTION = /@[\p{L}\p{N}_]+/gu;
/** A flag (two regional indicators), or a pictograph with its variation selector, skin tone and ZWJ joins: one emoji as a reader sees it. */
const EMOJI =
  /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/gu;

/** Length in code points, as Python `len(str)` (an emoji outside the BMP counts 1, not 2). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Words as Python `len(text.split())`: runs of non-whitespace (Python `str.isspace()`), counted where
 * one starts, without splitting the text into strings (called for every post scored).
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isPythonSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Non-overlapping occurrences of a literal substring, as `str.count`. */
export function substringCount(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function matchCount(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** @-mentions, as the reference's `str.count(r"@\w+")`. */
export function mentionCount(text: string): number {
  return matchCount(text, MENTION);
}

/** Emoji as a reader counts them: a ZWJ family or a flag is one. Not in the reference features. */
export function emojiCount(text: string): number {
  return matchCount(text, EMOJI);
}

/** The text features computed from the post text alone, in output order. */
export const TEXT_COUNTS = {
  char_len: codePointLength,
  word_count: wordCount,
  mention_count: mentionCount,
  /** "http" anywhere, as the reference's `str.count("http")` (so https links count once). */
  url_count: (t: string) => substringCount(t, 'http'),
  exclamation_count: (t: string) => substringCount(t, '!'),
  question_count: (t: string) => substringCount(t, '?'),
  emoji_count: emojiCount,
  /** Hashtags written in the text; used only when the dataset has no hashtags column. */
  hashtag_count: (t: string) => extractHashtags(t).length,
} as const satisfies Record<string, (text: string) => number>;
