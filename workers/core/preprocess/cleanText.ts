/**
 * Text cleaning for term counts, topics and typed-in text: decode HTML entities, tokenise, drop
 * URLs, mentions, punctuation and stopwords as asked, lower-case. VADER wants raw text instead
 * (it reads capitals and punctuation), so this is not the input to sentiment scoring.
 */
import { decodeHtmlEntities } from './htmlEntities.ts';
import { ENGLISH_STOPWORDS, isNegation } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

export interface TextCleanOptions {
  /** Lower-case every token (locale-independent). Default true. */
  readonly lowercase?: boolean;
  /** Decode `&amp;`, `&#39;`, `&#x1F600;` and common named references first. Default true. */
  readonly decodeEntities?: boolean;
  /** Remove URLs and e-mail addresses. Default true. */
  readonly removeUrls?: boolean;
  /** @mentions: 'remove' (default) or 'keep' as one token (`@nasa`). */
  readonly mentions?: 'remove' | 'keep';
  /** Hashtags: 'keep' (default) as `#tag`, 'strip' to the bare word `tag`, or 'remove'. */
  readonly hashtags?: 'keep' | 'strip' | 'remove';
  /** Keep emoji tokens. Default true. */
  readonly keepEmoji?: boolean;
  /** Remove punctuation and symbols. Default true. */
  readonly removeSpecial?: boolean;
  /** 'english' (the bundled list, default), 'none', or a list of your own (matched lower-case). */
  readonly stopwords?: 'english' | 'none' | readonly string[];
  /** Keep negations ("not", "never", "…n't") even when they are stopwords. Default true. */
  readonly keepNegations?: boolean;
}

export const DEFAULT_CLEAN_OPTIONS: Required<TextCleanOptions> = {
  lowercase: true,
  decodeEntities: true,
  removeUrls: true,
  mentions: 'remove',
  hashtags: 'keep',
  keepEmoji: true,
  removeSpecial: true,
  stopwords: 'english',
  keepNegations: true,
};

/** Options with every default filled in (what fitted params store). */
export function resolveCleanOptions(options: TextCleanOptions = {}): Required<TextCleanOptions> {
  const resolved = { ...DEFAULT_CLEAN_OPTIONS };
  for (const key of Object.keys(DEFAULT_CLEAN_OPTIONS) as (keyof TextCleanOptions)[]) {
    if (options[key] !== undefined) Object.assign(resolved, { [key]: options[key] });
  }
  return resolved;
}

const ENGLISH = new Set(ENGLISH_STOPWORDS);
const listCache = new WeakMap<readonly string[], ReadonlySet<string>>();

function stopwordSet(
  stopwords: Required<TextCleanOptions>['stopwords'],
): ReadonlySet<string> | null {
  if (stopwords === 'none') return null;
  if (stopwords === 'english') return ENGLISH;
  let set = listCache.get(stopwords);
  if (!set) listCache.set(stopwords, (set = new Set(stopwords.map((w) => w.toLowerCase()))));
  return set;
}

/** A cleaner with its options resolved once, for cleaning many texts alike. */
export function createCleaner(options: TextCleanOptions = {}): (text: string) => string[] {
  const o = resolveCleanOptions(options);
  const stop = stopwordSet(o.stopwords);
  return (text) => cleanWith(o, stop, text);
}

function cleanWith(
  o: Required<TextCleanOptions>,
  stop: ReadonlySet<string> | null,
  text: string,
): string[] {
  const out: string[] = [];
  for (const { text: raw, kind } of tokenize(o.decodeEntities ? decodeHtmlEntities(text) : text)) {
    let t = o.lowercase ? raw.toLowerCase() : raw;
    switch (kind) {
      case 'url':
      case 'email':
        if (o.removeUrls) continue;
        break;
      case 'mention':
        if (o.mentions === 'remove') continue;
        break;
      case 'hashtag':
        if (o.hashtags === 'remove') continue;
        if (o.hashtags === 'strip') t = t.slice(1);
        break;
      case 'emoji':
        if (!o.keepEmoji) continue;
        break;
      case 'punct':
        if (o.removeSpecial) continue;
        break;
      case 'word':
      case 'number': {
        const lower = o.lowercase ? t : t.toLowerCase();
        if (stop?.has(lower) && !(o.keepNegations && isNegation(lower))) continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** The cleaned tokens of one text. */
export function cleanTokens(text: string, options: TextCleanOptions = {}): string[] {
  return createCleaner(options)(text);
}

/** The cleaned text: its cleaned tokens joined by single spaces. */
export function cleanText(text: string, options: TextCleanOptions = {}): string {
  return cleanTokens(text, options).join(' ');
}
