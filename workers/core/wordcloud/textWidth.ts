/**
 * Text width without a canvas, for laying out clouds where none exists (Node, tests): per-character
 * widths in em of a sans-serif at weight 600, close enough for boxes that only must not overlap.
 * Workers measure with OffscreenCanvas instead when they can (see `layoutWordCloud`'s `measure`).
 */

const NARROW = new Set("fijlrtI.,:;!|'`()[]");
const WIDE_LATIN = new Set('mwMW@%');
/** East Asian wide scripts and emoji take a full em. */
const FULL_WIDTH =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u;

/** Estimated width in px of `text` at `fontPx`. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE_LATIN.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (FULL_WIDTH.test(ch)) em += 1;
    else em += 0.58;
  }
  return em * fontPx;
}
