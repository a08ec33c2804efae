/**
 * Scoring a micro-batch of stream posts: with a bundle, everything it holds (`scoreColumns`, the
 * code the live box, batch scoring and the CLI share); without one, VADER sentiment only.
 */
import type { LoadedBundle } from '../bundle/loadBundle.ts';
import { postColumns, scoreColumns, type BundlePost } from '../bundle/scoreWithBundle.ts';
import { ok, type Result } from '../errors/index.ts';
import { DEFAULT_THRESHOLDS, sentimentLabel } from '../sentiment/label.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import { scoreTexts } from '../sentiment/vader.ts';
import type { StreamPost } from './types.ts';

const LABEL_INDEX = { negative: 0, neutral: 1, positive: 2 } as const;

/** Scores per post of a batch, in columns. */
export interface ScoredBatch {
  readonly rows: number;
  /** VADER compound, −1..1. */
  readonly compound: Float64Array;
  /** 0 negative, 1 neutral, 2 positive (the bundle's thresholds, else ±0.05). */
  readonly label: Uint8Array;
  /** Nearest topic id, −1 when none; null without a topic model. */
  readonly topic: Int32Array | null;
  /** Each topic's heaviest terms (by topic id); null without a topic model. */
  readonly topicTerms: readonly (readonly string[])[] | null;
  /** Predicted engagement on the raw scale; null without an engagement model. */
  readonly engagement: Float64Array | null;
}

function bundlePost(p: StreamPost): BundlePost {
  return {
    text: p.text,
    hashtags: p.hashtags,
    timestamp: Number.isFinite(p.timeMs) ? p.timeMs : null,
    ...(p.fields && { fields: p.fields }),
  };
}

/** VADER alone: compound and label per post (a post's `chosenLabel` wins over VADER's). `mode`: what VADER reads (default 'social'). */
export function scoreSentimentOnly(
  posts: readonly StreamPost[],
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): ScoredBatch {
  const n = posts.length;
  const vader = scoreTexts(
    posts.map((p) => p.text),
    new Float64Array(n * 4),
    mode,
  );
  const compound = new Float64Array(n);
  const label = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    compound[r] = vader[r * 4 + 3]!;
    label[r] = LABEL_INDEX[sentimentLabel(compound[r]!, DEFAULT_THRESHOLDS)];
  }
  return withChosenLabels(
    { rows: n, compound, label, topic: null, topicTerms: null, engagement: null },
    posts,
  );
}

/**
 * The batch with each post's label taken from its `chosenLabel` where it has one (the charts'
 * chosen source, e.g. the classifier trained on the person's labels); VADER's elsewhere. The
 * compound stays VADER's: it is the only score every post has.
 */
export function withChosenLabels(batch: ScoredBatch, posts: readonly StreamPost[]): ScoredBatch {
  if (!posts.some((p) => p.chosenLabel !== undefined)) return batch;
  const label = Uint8Array.from(batch.label);
  posts.forEach((p, r) => {
    const chosen = p.chosenLabel;
    if (chosen === 0 || chosen === 1 || chosen === 2) label[r] = chosen;
  });
  return { ...batch, label };
}

/**
 * Scores `posts` with `loaded` (sentiment, topic, engagement: whatever parts it has), or VADER
 * alone when it is null; a post's `chosenLabel` wins over VADER's label. Fails only when the engagement model cannot read the posts' cells.
 * `mode`: what VADER reads (default 'social').
 */
export function scoreStreamPosts(
  loaded: LoadedBundle | null,
  posts: readonly StreamPost[],
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Result<ScoredBatch> {
  if (!loaded) return ok(scoreSentimentOnly(posts, mode));
  const scored = scoreColumns(loaded, postColumns(loaded, posts.map(bundlePost)), mode);
  if (!scored.ok) return scored;
  const s = scored.value;
  const compound = new Float64Array(s.rows);
  for (let r = 0; r < s.rows; r++) compound[r] = s.vader[r * 4 + 3]!;
  return ok(
    withChosenLabels(
      {
        rows: s.rows,
        compound,
        label: s.label,
        topic: s.cluster?.id ?? null,
        topicTerms: s.cluster?.topTerms ?? null,
        engagement: s.engagement?.value ?? null,
      },
      posts,
    ),
  );
}
