/**
 * Scoring a micro-batch of stream posts: with a bundle, everything it holds (`scoreColumns`, the
 * code the live box, batch scoring and the CLI share); without one, VADER sentiment only.
 */
import type { LoadedBundle } from '../bundle/loadBundle.ts';
import { postColumns, scoreColumns, type BundlePost } from '../bundle/scoreWithBundle.ts';
import { ok, type Result } from '../errors/index.ts';
import { declaredLanguage, UNKNOWN_LANGUAGE } from '../language/detectLanguage.ts';
import { scoreInLanguage, sentimentRoute, type LanguageLexicons } from '../sentiment/byLanguage.ts';
import { DEFAULT_THRESHOLDS, sentimentLabel } from '../sentiment/label.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import { scoreTexts } from '../sentiment/vader.ts';
import type { StreamPost } from './types.ts';

const LABEL_INDEX = { negative: 0, neutral: 1, positive: 2, unscored: 3 } as const;

/** Label index of a post in a language we have no word list for: counted apart, never neutral. */
export const UNSCORED_LABEL = 3;

/** Scores per post of a batch, in columns. */
export interface ScoredBatch {
  readonly rows: number;
  /** VADER compound, −1..1 (or the lexicon's of the post's language); NaN when unscored. */
  readonly compound: Float64Array;
  /** 0 negative, 1 neutral, 2 positive (the bundle's thresholds, else ±0.05), 3 unscored. */
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

/**
 * Posts whose declared language is not for English VADER (social reading only): scored with the
 * lexicon of their language, or unscored (NaN, label 3) when we have none, in place. A post
 * without a declared language stays with VADER unless its letters say it is not English.
 */
function readInDeclaredLanguage(
  posts: readonly StreamPost[],
  lexicons: LanguageLexicons,
  compound: Float64Array,
  label: Uint8Array,
  thresholds: { readonly positive: number; readonly negative: number },
): void {
  const out = new Float64Array(4);
  for (let r = 0; r < posts.length; r++) {
    const p = posts[r]!;
    const language = declaredLanguage(p.lang) ?? UNKNOWN_LANGUAGE;
    if (sentimentRoute(p.text, language) === 'vader') continue;
    label[r] = LABEL_INDEX[scoreInLanguage(p.text, language, lexicons, out, 0, thresholds)];
    compound[r] = out[3]!;
  }
}

/**
 * VADER alone: compound and label per post. `mode`: what VADER reads (default 'social'). With
 * `lexicons` (social reading), posts declared in another language are read in it, or unscored;
 * a post's `chosenLabel` (the charts' chosen source, which reads any language) wins over both.
 */
export function scoreSentimentOnly(
  posts: readonly StreamPost[],
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
  lexicons: LanguageLexicons | null = null,
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
  if (lexicons && mode === 'social')
    readInDeclaredLanguage(posts, lexicons, compound, label, DEFAULT_THRESHOLDS);
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
 * alone when it is null; with `lexicons`, posts declared in another language are read in it; a
 * post's `chosenLabel` wins over both. Fails only when the engagement model cannot read the posts' cells.
 * `mode`: what VADER reads (default 'social').
 */
export function scoreStreamPosts(
  loaded: LoadedBundle | null,
  posts: readonly StreamPost[],
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
  lexicons: LanguageLexicons | null = null,
): Result<ScoredBatch> {
  if (!loaded) return ok(scoreSentimentOnly(posts, mode, lexicons));
  const scored = scoreColumns(loaded, postColumns(loaded, posts.map(bundlePost)), mode);
  if (!scored.ok) return scored;
  const s = scored.value;
  const compound = new Float64Array(s.rows);
  for (let r = 0; r < s.rows; r++) compound[r] = s.vader[r * 4 + 3]!;
  const label = Uint8Array.from(s.label);
  if (lexicons && mode === 'social')
    readInDeclaredLanguage(
      posts,
      lexicons,
      compound,
      label,
      loaded.sentiment?.part.thresholds ?? DEFAULT_THRESHOLDS,
    );
  return ok(
    withChosenLabels(
      {
        rows: s.rows,
        compound,
        label,
        topic: s.cluster?.id ?? null,
        topicTerms: s.cluster?.topTerms ?? null,
        engagement: s.engagement?.value ?? null,
      },
      posts,
    ),
  );
}
