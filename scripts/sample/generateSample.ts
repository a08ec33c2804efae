/**
 * The synthetic sample dataset: authors, then posts (tone first, then text, hashtags, time,
 * platform), engagement drawn from the model in engagement.ts, a human-style sentiment label
 * (humanLabels.ts), a few missing values and duplicates. Deterministic for a seed: every draw comes from `createRng` streams.
 */
import { createRng, deriveSeed, type Rng } from '../../workers/core/random/rng.ts';
import { composeText } from './composeText.ts';
import { toCsv } from './csvWriter.ts';
import { drawEngagement, PLATFORMS, type Engagement } from './engagement.ts';
import { humanLabel, type BroadSentiment } from './humanLabels.ts';
import { pick, pickWeighted } from './randomDraws.ts';
import {
  GENERIC_HASHTAGS,
  HANDLE_ENDS,
  HANDLE_STARTS,
  LANGUAGES,
  TONE_WEIGHTS,
  TONES,
  TOPICS,
  type Language,
  type Tone,
} from './wordBanks.ts';

export const SAMPLE_COLUMNS = [
  'post_id',
  'created_at',
  'platform',
  'author',
  'author_followers',
  'text',
  'hashtags',
  'likes',
  'shares',
  'comments',
  'language',
  'country',
  'sentiment',
] as const;
export type SampleColumn = (typeof SAMPLE_COLUMNS)[number];

export interface SampleOptions {
  /** Default 42. */
  readonly seed?: number;
  /** Rows written, duplicates included. Default 5,000. */
  readonly rows?: number;
}

/** One generated post: the CSV cells, and the hidden truth behind them (for tests). */
export interface SamplePost {
  readonly cells: Readonly<Record<SampleColumn, string>>;
  readonly truth: {
    readonly tone: Tone;
    readonly topic: string;
    readonly hour: number;
    readonly weekday: number;
    readonly followers: number;
    readonly question: boolean;
    readonly engagement: Engagement;
    /** An exact copy of another row (same post_id), as exports sometimes repeat rows. */
    readonly duplicate: boolean;
    /** The class the `sentiment` label means, and whether it agrees with the tone (about 90 % do). */
    readonly label: { readonly meant: BroadSentiment; readonly agrees: boolean };
  };
}

/** Missing shares per column (cells left empty). */
export const MISSING_SHARES: Partial<Record<SampleColumn, number>> = {
  author_followers: 0.03,
  country: 0.04,
  language: 0.03,
};
const EXACT_DUPLICATE_SHARE = 0.006;
const COPYPASTA_SHARE = 0.01;
const AUTHORS = 700;
const START_MS = Date.UTC(2025, 0, 1);
const DAYS = 243; // 1 January to 31 August 2025
/** Posting volume by UTC hour: quiet nights, a lunch bump, an evening peak. */
const HOUR_VOLUME = [
  2, 1.2, 0.8, 0.6, 0.6, 0.8, 1.5, 2.5, 3.5, 4, 4, 4.2, 5, 4.8, 4.2, 4, 4.2, 4.8, 5.5, 6, 6.2, 5.8,
  4.5, 3,
];

interface Author {
  readonly handle: string;
  readonly followers: number;
  readonly language: Language;
  readonly country: string;
  readonly platform: number;
  readonly topics: readonly [number, number];
  readonly activity: number;
}

function makeAuthors(rng: Rng): Author[] {
  const taken = new Set<string>();
  return Array.from({ length: AUTHORS }, () => {
    let handle = `${pick(rng, HANDLE_STARTS)}${pick(rng, HANDLE_ENDS)}`;
    while (taken.has(handle)) handle += rng.int(10);
    taken.add(handle);
    const lang =
      LANGUAGES[
        pickWeighted(
          rng,
          LANGUAGES.map((l) => l.weight),
        )
      ]!;
    const first = rng.int(TOPICS.length);
    return {
      handle,
      followers: Math.min(20_000_000, Math.round(Math.exp(6.3 + 1.9 * rng.normal()))),
      language: lang.code,
      country:
        lang.countries[
          pickWeighted(
            rng,
            lang.countries.map(([, w]) => w),
          )
        ]![0],
      platform: pickWeighted(
        rng,
        PLATFORMS.map((p) => p.weight),
      ),
      topics: [first, (first + 1 + rng.int(TOPICS.length - 1)) % TOPICS.length],
      // Pareto-like, capped: a few authors post a lot, none floods the sample.
      activity: Math.min(30, (1 - rng.next()) ** -0.6),
    };
  });
}

function pickHashtags(rng: Rng, topic: number): string[] {
  const count = pickWeighted(rng, [12, 35, 30, 15, 5, 3]);
  const own = TOPICS[topic]!.hashtags;
  const chosen: string[] = [];
  // Earlier tags of a topic are the popular ones.
  const weights = own.map((_, i) => 1 / (i + 1));
  for (let tries = 0; chosen.length < count && tries < 20; tries++) {
    const tag = own[pickWeighted(rng, weights)]!;
    if (!chosen.includes(tag)) chosen.push(tag);
  }
  if (count > 0 && rng.next() < 0.12) chosen.push(pick(rng, GENERIC_HASHTAGS));
  if (count > 0 && rng.next() < 0.08)
    chosen.push(
      pick(rng, TOPICS[(topic + 1 + rng.int(TOPICS.length - 1)) % TOPICS.length]!.hashtags),
    );
  // People write the same tag in different cases.
  return chosen.map((t) =>
    rng.next() < 0.15 ? t.toLowerCase() : rng.next() < 0.03 ? t.toUpperCase() : t,
  );
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A post before it has its id (ids follow time order, known only once all are drawn). */
interface Draft {
  readonly ms: number;
  readonly cells: Omit<SamplePost['cells'], 'post_id' | 'sentiment'>;
  readonly truth: Omit<SamplePost['truth'], 'label'>;
}

function draftPost(
  rng: Rng,
  authors: readonly Author[],
  cumulative: Float64Array,
  handles: readonly string[],
  earlier: readonly Draft[],
): Draft {
  const u = rng.next() * cumulative[cumulative.length - 1]!;
  let a = 0;
  while (cumulative[a]! <= u) a++;
  const author = authors[a]!;
  const platform =
    PLATFORMS[
      rng.next() < 0.7
        ? author.platform
        : pickWeighted(
            rng,
            PLATFORMS.map((p) => p.weight),
          )
    ]!;
  const topicIndex =
    rng.next() < 0.8 ? author.topics[rng.next() < 0.6 ? 0 : 1] : rng.int(TOPICS.length);
  const topic = TOPICS[topicIndex]!;
  const tone = TONES[pickWeighted(rng, TONE_WEIGHTS)]!;
  const day = rng.int(DAYS);
  const hour = pickWeighted(rng, HOUR_VOLUME);
  const ms = START_MS + ((day * 24 + hour) * 3600 + rng.int(3600)) * 1000;
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  // Followers grow a little over the eight months.
  const followers = Math.round(author.followers * (1 + (0.1 * day) / DAYS));
  let hashtags = pickHashtags(rng, topicIndex);
  let composed = composeText(rng, { tone, topic, language: author.language, hashtags, handles });
  // Copypasta: the same text posted again by someone else.
  const source =
    earlier.length > 0 && rng.next() < COPYPASTA_SHARE ? earlier[rng.int(earlier.length)]! : null;
  if (source) {
    composed = { ...composed, text: source.cells.text };
    hashtags =
      source.cells.hashtags === '' ? [] : source.cells.hashtags.split(' ').map((t) => t.slice(1));
  }
  const sourceTruth = source?.truth;
  const engagement = drawEngagement(rng, {
    tone: sourceTruth?.tone ?? tone,
    topic: sourceTruth?.topic ?? topic.name,
    platform,
    hour,
    weekday,
    followers,
    chars: composed.text.length,
    emoji: composed.emoji,
    question: composed.question,
    url: composed.url,
    caps: composed.caps,
  });
  const missing = (column: SampleColumn): boolean => rng.next() < (MISSING_SHARES[column] ?? 0);
  return {
    ms,
    cells: {
      created_at: isoSeconds(ms),
      platform: platform.name,
      author: author.handle,
      author_followers: missing('author_followers') ? '' : String(followers),
      text: composed.text,
      hashtags: hashtags.map((t) => `#${t}`).join(' '),
      likes: String(engagement.likes),
      shares: String(engagement.shares),
      comments: String(engagement.comments),
      language: missing('language') ? '' : author.language,
      country: missing('country') ? '' : author.country,
    },
    truth: {
      tone: sourceTruth?.tone ?? tone,
      topic: sourceTruth?.topic ?? topic.name,
      hour,
      weekday,
      followers,
      question: composed.question,
      engagement,
      duplicate: false,
    },
  };
}

/** Generates the sample posts, sorted by time, ids rising with time, duplicates included. */
export function generateSample(options: SampleOptions = {}): SamplePost[] {
  const seed = options.seed ?? 42;
  const rows = options.rows ?? 5000;
  const authors = makeAuthors(createRng(deriveSeed(seed, 0)));
  const rng = createRng(deriveSeed(seed, 1));
  const cumulative = new Float64Array(authors.length);
  let sum = 0;
  authors.forEach((x, i) => {
    sum += x.activity;
    cumulative[i] = sum;
  });
  const handles = authors.map((x) => x.handle);
  const exact = Math.round(rows * EXACT_DUPLICATE_SHARE);
  const drafts: Draft[] = [];
  for (let i = 0; i < rows - exact; i++)
    drafts.push(draftPost(rng, authors, cumulative, handles, drafts));
  // Stable order by time, then ids that rise with time (below 2^53, so exact as numbers).
  const order = drafts.map((d, i) => [d.ms, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let id = 1_745_000_000_000_000;
  // Labels from a stream of their own, so adding them left every other column as it was.
  const labelRng = createRng(deriveSeed(seed, 2));
  const posts: SamplePost[] = order.map(([, i]) => {
    id += 1 + rng.int(2_000_000);
    const { label, meant, agrees } = humanLabel(labelRng, drafts[i]!.truth.tone);
    return {
      cells: { post_id: String(id), ...drafts[i]!.cells, sentiment: label },
      truth: { ...drafts[i]!.truth, label: { meant, agrees } },
    };
  });
  for (let k = 0; k < exact; k++) {
    const copy = posts[rng.int(posts.length)]!;
    posts.splice(rng.int(posts.length + 1), 0, {
      cells: copy.cells,
      truth: { ...copy.truth, duplicate: true },
    });
  }
  return posts;
}

/** The posts as CSV, columns in SAMPLE_COLUMNS order. */
export function sampleToCsv(posts: readonly SamplePost[]): string {
  return toCsv(
    SAMPLE_COLUMNS,
    posts.map((p) => SAMPLE_COLUMNS.map((c) => p.cells[c])),
  );
}
