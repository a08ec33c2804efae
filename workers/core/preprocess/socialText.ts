/**
 * Social-text normalisation for sentiment: what a post carries besides its words is set aside
 * before VADER reads it. "@united" is the lexicon word *united* (+1.8) to raw VADER, so
 * "@united flight 1234 is boarding now" scores +0.42; links, `RT @x:` prefixes and HTML
 * entities (`&amp;`) are noise of the same kind. Hashtags keep their words: `#happy` reads as
 * "happy", and a camel-case tag `#NotHappy` as "Not Happy" (so "not" negates "happy").
 *
 * Pure and offset-preserving: besides the text to score, `socialText` reports every change as a
 * span of the original text, and maps offsets of the normalised text back to the original, so
 * live scoring can highlight the words the user typed and show what was set aside.
 */
import { decodeHtmlEntities } from './htmlEntities.ts';

/** Why a part of the text was changed. */
export type SocialSpanKind = 'retweet' | 'handle' | 'url' | 'entity' | 'hashtag';

/** One change, in UTF-16 offsets of the original text (end exclusive). */
export interface SocialSpan {
  readonly kind: SocialSpanKind;
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
  /** What sentiment reads instead: '' when set aside, the character of an entity, a tag's words. */
  readonly replacement: string;
}

export interface SocialTextOptions {
  /** Read a camel-case hashtag as words (`#NotHappy` → "Not Happy"; `_` separates too). Default true. */
  readonly splitHashtags?: boolean;
}

/** The normalised text, the changes made and a way back to the original offsets. */
export interface SocialText {
  /** What sentiment reads. */
  readonly text: string;
  /** Every change, in order: handles, links and `RT @x:` set aside, entities decoded, tags as words. */
  readonly spans: readonly SocialSpan[];
  /**
   * The original offset of offset `at` of `text`. A start (`end: false`) maps to where its
   * character came from; an end (`end: true`) to just after it. Offsets inside an inserted
   * stretch (an entity's character, the space between a tag's words) map to the stretch's span.
   */
  toOriginal(at: number, end?: boolean): number;
}

const W = String.raw`\p{L}\p{M}\p{N}_`;
const URL_END = String.raw`[^\s<>".,;:!?)\]}'’]`;
const HANDLE = String.raw`@[${W}]+(?:[.\-][${W}]+)*(?:@[${W}\-]+(?:\.[${W}\-]+)+)?`;
/**
 * One pass over the text, earliest match first. Handles and tags must not follow a word
 * character (an e-mail address, `C#`); a bare domain counts as a link only with a path
 * (`bit.ly/x`, `pic.twitter.com/x`), so "e.g." or "Mr.Smith" stay words.
 */
const SOCIAL = new RegExp(
  [
    String.raw`(?<retweet>(?<![${W}])[Rr][Tt]:?\s+${HANDLE}:?)`,
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"]*${URL_END}|(?<![${W}@.\/])(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}\/(?:[^\s<>"]*${URL_END})?)`,
    String.raw`(?<handle>(?<![${W}.@\/])${HANDLE})`,
    String.raw`(?<entity>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});)`,
    String.raw`(?<hashtag>(?<![${W}&])#[${W}]+)`,
  ].join('|'),
  'gu',
);
/** What makes a key worth comparing: a letter, a digit or an emoji. */
const WORDS = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
/** Characters without which no rule can match: most posts are returned as they are, unscanned. */
const TRIGGER = /[@#&/]|www\./;
/** A tag's words: an upper-case run before a capitalised word, a capitalised or lower word, an upper-case run, digits, uncased letters. */
const TAG_WORD =
  /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+\p{M}*|\p{N}+|[\p{Lo}\p{Lt}\p{Lm}][\p{L}\p{M}]*/gu;

/** The words of a hashtag body, as [start, end) offsets within it; '_' and case changes separate. */
function tagWords(body: string, split: boolean): [number, number][] {
  if (!split) return [[0, body.length]];
  const words: [number, number][] = [];
  for (const m of body.matchAll(TAG_WORD)) words.push([m.index, m.index + m[0].length]);
  return words.length > 0 ? words : [[0, body.length]];
}

/** Builds the normalised text from kept stretches of the original and inserted stretches. */
class Builder {
  length = 0;
  /** Per stretch: its start in the output, its source span, and whether it is copied verbatim. */
  readonly outStart: number[] = [];
  readonly srcStart: number[] = [];
  readonly srcEnd: number[] = [];
  readonly verbatim: boolean[] = [];

  copy(from: number, to: number): void {
    if (to > from) this.push(to - from, from, to, true);
  }

  insert(text: string, from: number, to: number): void {
    if (text !== '') this.push(text.length, from, to, false);
  }

  private push(length: number, from: number, to: number, verbatim: boolean): void {
    this.outStart.push(this.length);
    this.srcStart.push(from);
    this.srcEnd.push(to);
    this.verbatim.push(verbatim);
    this.length += length;
  }

  /** The stretch holding output offset `at`: for an end, the one that ends there. */
  private stretch(at: number, end: boolean): number {
    let lo = 0;
    let hi = this.outStart.length - 1;
    // last stretch whose start is < at (end) or <= at (start)
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = this.outStart[mid]!;
      if (end ? s < at : s <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  toOriginal(at: number, end: boolean): number {
    if (this.outStart.length === 0) return at;
    const k = this.stretch(at, end);
    const offset = at - this.outStart[k]!;
    if (this.verbatim[k]) return this.srcStart[k]! + offset;
    return end ? this.srcEnd[k]! : this.srcStart[k]!;
  }
}

function scan(
  text: string,
  options: SocialTextOptions,
  onSpan: ((span: SocialSpan) => void) | null,
  out: Builder | null,
): string {
  const split = options.splitHashtags ?? true;
  let result = '';
  let at = 0;
  for (const m of text.matchAll(SOCIAL)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    let kind: SocialSpanKind;
    let replacement = '';
    if (g['retweet'] !== undefined) kind = 'retweet';
    else if (g['url'] !== undefined) kind = 'url';
    else if (g['handle'] !== undefined) kind = 'handle';
    else if (g['entity'] !== undefined) {
      replacement = decodeHtmlEntities(m[0]);
      // an unknown name (`&foo;`) is left as written
      if (replacement === m[0]) continue;
      kind = 'entity';
    } else kind = 'hashtag';

    result += text.slice(at, start);
    out?.copy(at, start);
    if (kind === 'hashtag') {
      const body = m[0].slice(1);
      const words = tagWords(body, split);
      words.forEach(([a, b], i) => {
        if (i > 0) {
          result += ' ';
          // the space between two words stands for what separated them ('' or '_')
          out?.insert(' ', start + 1 + words[i - 1]![1], start + 1 + a);
        }
        result += body.slice(a, b);
        out?.copy(start + 1 + a, start + 1 + b);
      });
      replacement = words.map(([a, b]) => body.slice(a, b)).join(' ');
    } else {
      result += replacement;
      out?.insert(replacement, start, end);
    }
    onSpan?.({ kind, start, end, text: m[0], replacement });
    at = end;
  }
  if (at === 0) return text;
  result += text.slice(at);
  out?.copy(at, text.length);
  return result;
}

/**
 * The text sentiment reads: @handles, links and `RT @x:` prefixes removed, HTML entities
 * decoded, hashtags as their words. The fast form for scoring many posts (no spans kept).
 * Any string is accepted; a text with nothing to change is returned as it is.
 */
export function socialTextForSentiment(text: string, options: SocialTextOptions = {}): string {
  if (typeof text !== 'string' || !TRIGGER.test(text)) return typeof text === 'string' ? text : '';
  return scan(text, options, null, null);
}

/** As `socialTextForSentiment`, with every change as a span and offsets mapped back to the original. */
export function socialText(text: string, options: SocialTextOptions = {}): SocialText {
  const source = typeof text === 'string' ? text : '';
  if (!TRIGGER.test(source)) return { text: source, spans: [], toOriginal: (at) => at };
  const spans: SocialSpan[] = [];
  const builder = new Builder();
  const normalised = scan(source, options, (s) => spans.push(s), builder);
  return {
    text: normalised,
    spans,
    toOriginal: (at, end = false) => builder.toOriginal(at, end),
  };
}

/**
 * The key two posts share when they are copies of each other for duplicate detection and grouped
 * splits: the social normalisation, then case and whitespace folded ("Great  Flight!" and
 * "great flight!" share one). A text with no word, number or emoji left (empty, only handles
 * and a link) gives ''.
 */
export function duplicateKey(text: string): string {
  const key = socialTextForSentiment(text).replace(/\s+/gu, ' ').trim().toLowerCase();
  // "@a @b… https://t.co/x" leaves "…": replies that are only handles are not copies of each other
  return WORDS.test(key) ? key : '';
}
