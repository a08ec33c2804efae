/**
 * VADER's tokens, as vaderSentiment 3.3.2 `SentiText._words_and_emoticons`: Python `str.split()`
 * on whitespace, then `_strip_punc_if_word` on each piece (strip `string.punctuation` from both
 * ends unless that leaves two code points or fewer, which keeps ":)", "ok!" and "!!!" whole).
 */
import {
  codePointLength,
  isPythonPunctuation,
  isPythonSpace,
  pythonIsUpper,
} from './pythonText.ts';

/** Reusable per-text token arrays; `count` entries are valid. Grown on demand, never shrunk. */
export class TokenBuffer {
  count = 0;
  /** The token as VADER sees it (original case). */
  words: string[] = [];
  lowers: string[] = [];
  /** Offsets of the token in the (emoji-replaced) text, UTF-16 units, end exclusive. */
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  /** 1 where Python's `str.isupper()` holds. */
  upper: Uint8Array = new Uint8Array(64);
  /** Lexicon valence, NaN when the lowercase token is not in the lexicon. */
  lex: Float64Array = new Float64Array(64);

  /** Append `text[start, end)` as the next token. */
  push(text: string, start: number, end: number, lexicon: ReadonlyMap<string, number>): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    const word = text.slice(start, end);
    // One pass decides both case questions for ASCII words, the common case.
    let lowerSeen = false;
    let upperSeen = false;
    let ascii = true;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x61 && c <= 0x7a) lowerSeen = true;
      else if (c >= 0x41 && c <= 0x5a) upperSeen = true;
      else if (c >= 0x80) {
        ascii = false;
        break;
      }
    }
    const lower = ascii && !upperSeen ? word : word.toLowerCase();
    this.words[i] = word;
    this.lowers[i] = lower;
    this.starts[i] = start;
    this.ends[i] = end;
    this.upper[i] = (ascii ? upperSeen && !lowerSeen : pythonIsUpper(word)) ? 1 : 0;
    this.lex[i] = lexicon.get(lower) ?? NaN;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grow32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grow32(this.starts);
    this.ends = grow32(this.ends);
    const upper = new Uint8Array(size);
    upper.set(this.upper);
    this.upper = upper;
    const lex = new Float64Array(size);
    lex.set(this.lex);
    this.lex = lex;
  }
}

/** Split `text` into VADER tokens, replacing the buffer's contents. */
export function tokenize(
  text: string,
  lexicon: ReadonlyMap<string, number>,
  out: TokenBuffer,
): void {
  out.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPythonSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isPythonSpace(text.charCodeAt(i))) i++;
    const end = i;
    let s = start;
    let e = end;
    while (s < e && isPythonPunctuation(text.charCodeAt(s))) s++;
    while (e > s && isPythonPunctuation(text.charCodeAt(e - 1))) e--;
    // Two code points or fewer left: probably an emoticon, keep the piece whole.
    const short = e - s <= 2 || (e - s <= 4 && codePointLength(text, s, e) <= 2);
    if (short) out.push(text, start, end, lexicon);
    else out.push(text, s, e, lexicon);
  }
}
