/**
 * Emoji to words, as vaderSentiment 3.3.2 `polarity_scores` does before anything else: each code
 * point found in the emoji map becomes its description, preceded by a space unless the previous
 * character was an ASCII space; the character after it is appended as is ("😀good" becomes
 * "grinning facegood", exactly like the reference).
 */
import type { EmojiMap } from './emojiMap.ts';

/** Where one replaced emoji sits: `[from, to)` in the output text, `[start, end)` in the input. */
export interface EmojiSpan {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly emoji: string;
  readonly description: string;
}

/**
 * Replace emoji by their descriptions. Returns `text` itself (no allocation) when it holds no
 * character at or above the map's lowest code point, which is the common case.
 * @param spans when given, receives one entry per replaced emoji (for the explanation API).
 */
export function replaceEmoji(text: string, emoji: EmojiMap, spans?: EmojiSpan[]): string {
  const min = emoji.minCodePoint;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every code point >= min starts with a UTF-16 unit >= min or a surrogate.
    if (c >= min || (c >= 0xd800 && min > 0xffff)) {
      const cp = text.codePointAt(i)!;
      if (emoji.descriptions.has(cp)) {
        first = i;
        break;
      }
      if (cp > 0xffff) i++;
    }
  }
  if (first < 0) return text;

  let out = text.slice(0, first);
  let prevSpace = first === 0 || text.charCodeAt(first - 1) === 0x20;
  let runStart = first;
  for (let i = first; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const description = emoji.descriptions.get(cp);
    if (description === undefined) {
      prevSpace = cp === 0x20;
      i += width;
      continue;
    }
    out += text.slice(runStart, i);
    if (!prevSpace) out += ' ';
    const from = out.length;
    out += description;
    spans?.push({
      from,
      to: out.length,
      start: i,
      end: i + width,
      emoji: text.slice(i, i + width),
      description,
    });
    prevSpace = false;
    i += width;
    runStart = i;
  }
  return out + text.slice(runStart);
}
