/**
 * Composes a post's text from its tone, topic and language: a template filled from the word
 * banks, then optional prefix, follow-up, question, capitals, mention, URL and hashtags, so the
 * texts vary in shape and length while the tone stays readable to a lexicon scorer.
 */
import { tokenize } from '../../workers/core/preprocess/index.ts';
import type { Rng } from '../../workers/core/random/rng.ts';
import { pick } from './randomDraws.ts';
import {
  ELABORATIONS,
  FOLLOW_UPS,
  FOREIGN_TEMPLATES,
  PREFIXES,
  QUESTIONS,
  TEMPLATES,
  WORDS,
  type Language,
  type Tone,
  type Topic,
} from './wordBanks.ts';

export interface ComposeInput {
  readonly tone: Tone;
  readonly topic: Topic;
  readonly language: Language;
  /** The post's hashtags as written, without '#'. */
  readonly hashtags: readonly string[];
  /** Handles to @mention. */
  readonly handles: readonly string[];
}

export interface ComposedText {
  readonly text: string;
  /** Emoji, each ZWJ sequence or flag counted once. */
  readonly emoji: number;
  readonly question: boolean;
  readonly url: boolean;
  readonly caps: boolean;
}

const URL_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function emojiFor(rng: Rng, tone: Tone, topic: Topic): string {
  if (rng.next() < 0.15) return '';
  if (rng.next() < 0.45) return pick(rng, topic.emoji);
  const bank =
    tone === 'neutral'
      ? WORDS.neutralEmoji
      : tone.endsWith('positive')
        ? WORDS.positiveEmoji
        : WORDS.negativeEmoji;
  return pick(rng, bank);
}

function shortUrl(rng: Rng): string {
  if (rng.next() < 0.5) {
    let code = '';
    for (let i = 0; i < 10; i++) code += URL_CHARS[rng.int(URL_CHARS.length)];
    return `https://t.example/${code}`;
  }
  return `https://news.example.com/${2025}/${rng.int(9000) + 1000}`;
}

/** Upper-cases the first letter of the text and of each sentence after '. ', '! ' or '? '. */
function capitaliseSentences(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Ll})/gu,
    (_, lead: string, c: string) => lead + c.toUpperCase(),
  );
}

function fillEnglish(rng: Rng, input: ComposeInput): string {
  const slots: Record<string, () => string> = {
    subj: () => pick(rng, input.topic.subjects),
    pos: () => pick(rng, WORDS.strongPositive),
    neg: () => pick(rng, WORDS.strongNegative),
    mpos: () => pick(rng, WORDS.mildPositive),
    mneg: () => pick(rng, WORDS.mildNegative),
    boost: () => pick(rng, WORDS.boosters),
    when: () => pick(rng, WORDS.whens),
    emoji: () => emojiFor(rng, input.tone, input.topic),
    mention: () => `@${pick(rng, input.handles)}`,
  };
  return pick(rng, TEMPLATES[input.tone]).replace(/\{(\w+)\}/g, (_, slot: string) =>
    slots[slot]!(),
  );
}

function fillForeign(rng: Rng, input: ComposeInput, language: Exclude<Language, 'en'>): string {
  const broad = input.tone === 'neutral' ? 'neu' : input.tone.endsWith('positive') ? 'pos' : 'neg';
  let text = pick(rng, FOREIGN_TEMPLATES[language][broad])
    .replace('{noun}', input.topic.noun[language])
    .replace('{emoji}', emojiFor(rng, input.tone, input.topic));
  if (input.tone.startsWith('very'))
    text = `${text.trimEnd()}${pick(rng, ['!!', '!!!'])} ${emojiFor(rng, input.tone, input.topic)}`;
  return text;
}

/** Reads as a person wrote it: spaces tidied, no space before closing punctuation. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([.,!?])(?=\s|$)/g, '$1')
    .trim();
}

/** A full stop after a sentence that ends in a letter or digit, before another sentence follows. */
function endSentence(text: string): string {
  return /[\p{L}\p{N}]$/u.test(text) ? `${text}.` : text;
}

/** One post's text, with the features engagement depends on measured on the final text. */
export function composeText(rng: Rng, input: ComposeInput): ComposedText {
  const strong = input.tone === 'very-positive' || input.tone === 'very-negative';
  let caps = false;
  let main: string;
  if (input.language === 'en') {
    main = capitaliseSentences(tidy(fillEnglish(rng, input)));
    // 'Update: the…' but 'Ugh. The…'.
    if (rng.next() < 0.2)
      main = capitaliseSentences(
        `${pick(rng, PREFIXES[input.tone])} ${main[0]!.toLowerCase()}${main.slice(1)}`,
      );
    if (rng.next() < 0.35) main = `${endSentence(main)} ${pick(rng, ELABORATIONS[input.tone])}`;
    if (strong && rng.next() < 0.18) {
      main = main.replace(/\S+/g, (w) => (w.startsWith('@') ? w : w.toUpperCase()));
      caps = true;
    } else if (rng.next() < 0.05) {
      const before = main;
      main = main.replace(/\b(really|so|absolutely|good|bad|love|hate|never|not)\b/, (w) =>
        w.toUpperCase(),
      );
      caps = main !== before;
    }
    if (strong && rng.next() < 0.3) main = main.replace(/[.!]?$/, pick(rng, ['!', '!!']));
    if (rng.next() < 0.2)
      main = `${endSentence(main)}${rng.next() < 0.15 ? '\n' : ' '}${pick(rng, FOLLOW_UPS)}`;
    if (!main.includes('?') && rng.next() < 0.1)
      main = `${endSentence(main)} ${pick(rng, QUESTIONS)}`;
    if (rng.next() < 0.08) main = `@${pick(rng, input.handles)} ${main}`;
  } else {
    main = capitaliseSentences(tidy(fillForeign(rng, input, input.language)));
  }
  let text = main;
  const url = rng.next() < 0.18;
  if (url) text += ` ${shortUrl(rng)}`;
  if (input.hashtags.length > 0 && rng.next() < 0.45)
    text += ` ${input.hashtags.map((t) => `#${t}`).join(' ')}`;
  // Scraped exports often keep HTML entities.
  if (text.includes('&') && rng.next() < 0.4) text = text.replace(/&/g, '&amp;');
  if (text.includes("'") && rng.next() < 0.05) text = text.replace(/'/g, '&#39;');
  return {
    text,
    emoji: tokenize(text).filter((t) => t.kind === 'emoji').length,
    question: text.includes('?'),
    url,
    caps,
  };
}
