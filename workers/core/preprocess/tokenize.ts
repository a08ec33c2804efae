/**
 * A social-media tokeniser: words (any script, with combining marks), contractions and hyphenated
 * words kept whole (`don't`, `it's`, `covid-19`), hashtags, @mentions, URLs, e-mail addresses,
 * numbers, emoji as whole grapheme clusters (ZWJ sequences, skin tones, flags, keycaps, tag
 * sequences) and runs of one punctuation mark (`!!!`). Words in scripts written without spaces
 * (Han, kana, Thai, Lao, Khmer, Myanmar) are split by `Intl.Segmenter` where it exists.
 */

export type TokenKind =
  'word' | 'number' | 'hashtag' | 'mention' | 'emoji' | 'url' | 'email' | 'punct';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
}

const W = String.raw`\p{L}\p{M}\p{N}_`;
// A word starts with a letter, digit or '_'; a combining mark only continues one.
const W_START = String.raw`\p{L}\p{N}_`;
const EMOJI_SUFFIX = String.raw`[\uFE0E\uFE0F\p{Emoji_Modifier}]*`;
const PATTERN = [
  String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]}'’])`,
  String.raw`(?<email>[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})`,
  // Flags are pairs of regional indicators; a stray one stays a token of its own.
  String.raw`(?<emoji>\p{Regional_Indicator}{1,2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}${EMOJI_SUFFIX}[\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}${EMOJI_SUFFIX})*)`,
  `(?<hashtag>#[${W}]+)`,
  String.raw`(?<mention>@[${W}]+(?:\.[${W}]+)*)`,
  String.raw`(?<number>\p{N}+(?:[.,]\p{N}+)+)`,
  String.raw`(?<word>[${W_START}][${W}]*(?:['’\-][${W}]+)*)`,
  // A run of one mark ('!!!'), with any combining marks that sit on it.
  String.raw`(?<punct>(?<mark>[^\s${W_START}\p{Extended_Pictographic}\p{Regional_Indicator}])\k<mark>*\p{M}*)`,
].join('|');
const TOKEN = new RegExp(PATTERN, 'gu');
const KINDS: readonly TokenKind[] = [
  'url',
  'email',
  'emoji',
  'hashtag',
  'mention',
  'number',
  'word',
  'punct',
];
const ALL_DIGITS = /^\p{N}+$/u;
const UNSPACED_SCRIPT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('und', { granularity: 'word' })
        : null;
  return segmenter;
}

function pushWord(out: Token[], word: string): void {
  const seg = UNSPACED_SCRIPT.test(word) ? wordSegmenter() : null;
  if (seg === null) {
    // A curly apostrophe is the same contraction as a straight one.
    const text = word.includes('\u2019') ? word.replace(/\u2019/g, "'") : word;
    out.push({ text, kind: ALL_DIGITS.test(text) ? 'number' : 'word' });
    return;
  }
  for (const s of seg.segment(word)) {
    if (s.isWordLike)
      out.push({ text: s.segment, kind: ALL_DIGITS.test(s.segment) ? 'number' : 'word' });
  }
}

/** Splits text into typed tokens, in order; whitespace separates and is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const groups = m.groups!;
    const kind = KINDS.find((k) => groups[k] !== undefined)!;
    if (kind === 'word') pushWord(out, m[0]);
    else out.push({ text: m[0], kind });
  }
  return out;
}
