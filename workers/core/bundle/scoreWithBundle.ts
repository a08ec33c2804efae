/**
 * Scoring new posts with a loaded bundle: VADER sentiment with the bundle's thresholds (and the
 * trained classifier's label), the nearest topic, and predicted engagement with its spread. One
 * columnar core (`scoreColumns`) serves the live box, batch scoring of a file, the CLI and the
 * stream, so they agree bit for bit; `scoreWithBundle` is its per-post face. Pure: no DOM, no I/O.
 */
import { nearestCluster } from '../cluster/centroidModel.ts';
import type { ParsedTable } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import { buildFeatures } from '../features/featureBuilder.ts';
import type { FeatureInput } from '../features/types.ts';
import { predictProba, predictWithSpread } from '../forest/predict.ts';
import { isMissingCell } from '../schema/missing.ts';
import { parseDatetimeCell } from '../schema/parseDatetime.ts';
import { parseListLiteral } from '../schema/parseTags.ts';
import type { ColumnSchema } from '../schema/types.ts';
import { DEFAULT_THRESHOLDS, sentimentLabel } from '../sentiment/label.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import { scoreTexts } from '../sentiment/vader.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import { extractHashtags } from '../text/hashtags.ts';
import { csrRow } from '../text/sparseMatrix.ts';
import { transformTfidf } from '../text/tfidf.ts';
import { postTextTerms } from '../trends/postTerms.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { classifierProbabilities } from './sentimentClassifier.ts';

/** A post to score, as plain values (a stream message, a typed draft, a file row). */
export interface BundlePost {
  readonly text?: string | null;
  /** Tags as a list (with or without '#'), or as written: '#a #b', 'a, b', `['a', 'b']`. Absent: the #tags of the text. */
  readonly hashtags?: string | readonly string[] | null;
  /** Epoch milliseconds, or a date-time string (ISO 8601, or as the training file wrote it). */
  readonly timestamp?: string | number | null;
  /** Other columns the engagement model reads, by their training name: e.g. `author_followers: 1200`, `platform: 'X'`. Missing ones are filled as in training. */
  readonly fields?: Readonly<Record<string, string | number | boolean | null | undefined>>;
}

export interface SentimentScore {
  /** VADER's scores (as vaderSentiment 3.3.2 `polarity_scores`). */
  readonly neg: number;
  readonly neu: number;
  readonly pos: number;
  readonly compound: number;
  /** compound under the bundle's thresholds (default ±0.05). */
  readonly label: SentimentLabel;
  /** The trained classifier's answer, when the bundle has one and the text is not empty. */
  readonly classifier: {
    readonly label: SentimentLabel;
    readonly probabilities: readonly number[];
  } | null;
}

export interface ClusterScore {
  /** 0-based cluster id (shown as "Topic id + 1"). */
  readonly id: number;
  /** Cosine similarity to the cluster centre, 0..1. */
  readonly similarity: number;
  /** The cluster's heaviest terms. */
  readonly topTerms: readonly string[];
}

export interface EngagementScore {
  /** On the raw scale (expm1 of the learned value for a log1p target); a classifier's probability of "above the threshold". */
  readonly value: number;
  /** 10th and 90th percentile across the trees, raw scale (regression only). */
  readonly low: number | null;
  readonly high: number | null;
}

export interface PostScore {
  readonly sentiment: SentimentScore;
  /** Null when the bundle has no topic model, or none of the post's terms is in its vocabulary. */
  readonly cluster: ClusterScore | null;
  /** Null when the bundle has no engagement model. */
  readonly engagement: EngagementScore | null;
}

/** Posts in columns, as the scorer reads them. */
export interface PostColumns {
  readonly rows: number;
  /** Text per post ('' when missing). */
  readonly texts: readonly string[];
  /** Hashtags per post (case-folded, no '#'), as the topic model reads them. */
  readonly hashtags: readonly (readonly string[])[];
  /** Cells for the engagement feature builder, by training column name; null: do not predict engagement. */
  readonly features: FeatureInput | null;
  /** Skip the topics part (its columns are missing). */
  readonly skipTopics?: boolean;
}

/** Scores in columns: typed arrays, cheap to transfer and to write out. */
export interface ScoredColumns {
  readonly rows: number;
  /** neg, neu, pos, compound per post. */
  readonly vader: Float64Array;
  /** 0 negative, 1 neutral, 2 positive. */
  readonly label: Uint8Array;
  /** Class probabilities (rows × classes) and the chosen class index; -1 for an empty text. */
  readonly classifier: {
    readonly classes: readonly SentimentLabel[];
    readonly probabilities: Float64Array;
    readonly choice: Int32Array;
  } | null;
  /** Cluster per post (-1: no known term) and cosine similarity. */
  readonly cluster: {
    readonly id: Int32Array;
    readonly similarity: Float64Array;
    readonly topTerms: readonly (readonly string[])[];
  } | null;
  readonly engagement: {
    readonly value: Float64Array;
    readonly low: Float64Array | null;
    readonly high: Float64Array | null;
  } | null;
}

export const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** The hashtags of one post as the topic model reads them: its tag list when given (as `#tag` is read), else the #tags of its text. */
export function hashtagDocument(tags: readonly string[] | null, text: string): string[] {
  if (tags === null) return extractHashtags(text);
  const doc: string[] = [];
  for (const tag of tags) {
    const t = tag.trim();
    if (t !== '') doc.push(...extractHashtags(t.startsWith('#') ? t : `#${t}`));
  }
  return doc;
}

/** Each post's documents for the topic model: hashtags, or the words of the text for a text-terms model. */
function topicDocuments(
  loaded: LoadedBundle,
  columns: PostColumns,
): readonly (readonly string[])[] {
  if (loaded.topics?.part.terms !== 'terms') return columns.hashtags;
  const table: ParsedTable = {
    fileName: '',
    bytes: 0,
    delimiter: ',',
    encoding: 'utf-8',
    header: ['text'],
    columns: [columns.texts as string[]],
    rowCount: columns.rows,
    warnings: [],
  };
  const schema: ColumnSchema = {
    name: 'text',
    index: 0,
    type: 'text',
    role: 'text',
    format: {},
    missing: 0,
    distinct: 0,
    distinctCapped: false,
    samples: [],
  };
  // the model's own phrases (none for a model saved before phrases existed)
  const terms = postTextTerms(table, [schema], { phrases: loaded.topics.model.phrases ?? [] });
  return terms.ok ? terms.value.lists : columns.texts.map(() => []);
}

function scoreEngagement(
  loaded: LoadedBundle,
  input: FeatureInput,
  vader: Float64Array,
  mode: SentimentMode,
): Result<NonNullable<ScoredColumns['engagement']>> {
  const e = loaded.engagement!;
  const part = e.bundle.engagement;
  // the features' VADER reads the text as the model was trained to: reuse the scores only when alike
  const sameReading = (part.features.spec.sentimentMode ?? 'reference') === mode;
  const X = buildFeatures(part.features, sameReading ? { ...input, sentiment: vader } : input);
  if (!X.ok) return X;
  if (part.task === 'classification') {
    const p = predictProba(e.forest, X.value);
    if (!p.ok) return p;
    const k = e.forest.nOutputs;
    const one = Math.max(
      0,
      e.forest.classes.findIndex((c) => String(c) === '1'),
    );
    return ok({
      value: Float64Array.from({ length: input.rows }, (_, r) => p.value.proba[r * k + one]!),
      low: null,
      high: null,
    });
  }
  const spread = predictWithSpread(e.forest, X.value, [0.1, 0.9]);
  if (!spread.ok) return spread;
  const back = part.target.log1p ? Math.expm1 : (v: number) => v;
  return ok({
    value: spread.value.mean.map(back),
    low: spread.value.values[0]!.map(back),
    high: spread.value.values[1]!.map(back),
  });
}

/**
 * Scores posts given in columns: every part of the bundle the columns allow. Fails only when the
 * feature builder cannot read the given cells (a message naming the column).
 * @param mode what VADER reads for the sentiment scores and labels: 'social' (default) or
 *   'reference' (raw text). The engagement model's features read the text as it was trained.
 */
export function scoreColumns(
  loaded: LoadedBundle,
  columns: PostColumns,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Result<ScoredColumns> {
  const n = columns.rows;
  if (columns.texts.length !== n || columns.hashtags.length !== n)
    return fail(
      'INVALID_OPTIONS',
      `Expected ${n} texts and tag lists, got ${columns.texts.length} and ${columns.hashtags.length}.`,
      'Pass one of each per post.',
    );
  const vader = scoreTexts(columns.texts, new Float64Array(n * 4), mode);
  const thresholds = loaded.sentiment?.part.thresholds ?? DEFAULT_THRESHOLDS;
  const label = new Uint8Array(n);
  for (let r = 0; r < n; r++)
    label[r] = LABELS.indexOf(sentimentLabel(vader[r * 4 + 3]!, thresholds));

  let classifier: ScoredColumns['classifier'] = null;
  const ready = loaded.sentiment?.classifier;
  if (ready) {
    const classes = ready.model.classes;
    const probabilities = classifierProbabilities(ready, columns.texts);
    const choice = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      let best = 0;
      for (let c = 1; c < classes.length; c++)
        if (probabilities[r * classes.length + c]! > probabilities[r * classes.length + best]!)
          best = c;
      choice[r] = columns.texts[r]!.trim() === '' ? -1 : best;
    }
    classifier = { classes, probabilities, choice };
  }

  let cluster: ScoredColumns['cluster'] = null;
  if (loaded.topics && !columns.skipTopics) {
    const { model } = loaded.topics;
    const m = transformTfidf(model.tfidf, topicDocuments(loaded, columns));
    const id = new Int32Array(n).fill(-1);
    const similarity = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const hit = nearestCluster(csrRow(m, r), model.centroids);
      if (hit) {
        id[r] = hit.cluster;
        similarity[r] = hit.similarity;
      }
    }
    cluster = { id, similarity, topTerms: model.topTerms };
  }

  let engagement: ScoredColumns['engagement'] = null;
  if (loaded.engagement && columns.features) {
    const scored = scoreEngagement(loaded, columns.features, vader, mode);
    if (!scored.ok) return scored;
    engagement = scored.value;
    // loadBundle bounds every leaf, so this never fires; if it did, no Infinity or NaN leaves here
    const { value, low, high } = engagement;
    for (const values of [value, low, high])
      if (values && !values.every(Number.isFinite))
        return fail(
          'BUNDLE_INVALID',
          'The engagement model predicted a value that is not a finite number.',
          'Export the model again from Murmur, or train it again.',
        );
  }
  return ok({ rows: n, vader, label, classifier, cluster, engagement });
}

/** A tag cell as typed or exported: a JSON or Python list literal, else tags split on spaces and commas. */
export function parseTagText(text: string): string[] {
  const trimmed = text.trim();
  const listed = trimmed.startsWith('[') ? parseListLiteral(trimmed) : null;
  return (listed ?? trimmed.split(/[\s,]+/))
    .map((t) => t.trim().replace(/^#+/, ''))
    .filter((t) => t !== '');
}

/** A post time as ISO 8601 (UTC), or '' when it cannot be read. */
function isoTime(
  value: string | number | null | undefined,
  trainingFormat: Parameters<typeof parseDatetimeCell>[1],
): string {
  let ms = NaN;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string' && value.trim() !== '') {
    ms = parseDatetimeCell(value.trim(), trainingFormat);
    if (!Number.isFinite(ms)) ms = parseDatetimeCell(value.trim(), 'iso');
  }
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
}

function cellOf(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Posts as columns: texts, hashtag documents and, with an engagement model, its cells in plain formats. */
export function postColumns(loaded: LoadedBundle, posts: readonly BundlePost[]): PostColumns {
  const texts = posts.map((p) =>
    typeof p.text === 'string' && !isMissingCell(p.text) ? p.text : '',
  );
  const tags = posts.map((p) =>
    p.hashtags === null || p.hashtags === undefined
      ? null
      : typeof p.hashtags === 'string'
        ? parseTagText(p.hashtags)
        : [...p.hashtags],
  );
  const hashtags = tags.map((t, i) => hashtagDocument(t, texts[i]!));
  const e = loaded.engagement?.bundle.engagement;
  if (!e) return { rows: posts.length, texts, hashtags, features: null };
  const { spec } = e.features;
  const cells: Record<string, string[]> = {};
  const formats: Record<string, object> = {};
  if (spec.text) cells[spec.text.name] = texts;
  if (spec.hashtags) {
    // tags given, else the #tags written in the text, as '#a #b'
    cells[spec.hashtags.name] = tags.map((t, i) =>
      (t ?? extractHashtags(texts[i]!)).map((x) => `#${x}`).join(' '),
    );
    formats[spec.hashtags.name] = { tags: 'hash-separated' };
  }
  if (spec.timestamp) {
    cells[spec.timestamp.name] = posts.map((p) =>
      isoTime(p.timestamp, spec.timestamp!.format.datetime ?? 'iso'),
    );
    formats[spec.timestamp.name] = { datetime: 'iso' };
  }
  for (const f of spec.numeric) {
    cells[f.column.name] = posts.map((p) => cellOf(p.fields?.[f.column.name]));
    formats[f.column.name] = {};
  }
  for (const f of spec.categorical)
    cells[f.column.name] = posts.map((p) => cellOf(p.fields?.[f.column.name]));
  return { rows: posts.length, texts, hashtags, features: { rows: posts.length, cells, formats } };
}

/**
 * Scores posts with a loaded bundle (see `loadBundle`): per post its sentiment, cluster and
 * predicted engagement. Batch posts for speed: the work per call is small next to the work per
 * post. Fails only when a post's fields cannot be read as the model's features.
 */
export function scoreWithBundle(
  loaded: LoadedBundle,
  posts: readonly BundlePost[],
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Result<PostScore[]> {
  const scored = scoreColumns(loaded, postColumns(loaded, posts), mode);
  if (!scored.ok) return scored;
  const s = scored.value;
  return ok(
    posts.map((_, r): PostScore => {
      const choice = s.classifier?.choice[r] ?? -1;
      const k = s.classifier?.classes.length ?? 0;
      const id = s.cluster ? s.cluster.id[r]! : -1;
      return {
        sentiment: {
          neg: s.vader[r * 4]!,
          neu: s.vader[r * 4 + 1]!,
          pos: s.vader[r * 4 + 2]!,
          compound: s.vader[r * 4 + 3]!,
          label: LABELS[s.label[r]!]!,
          classifier:
            s.classifier && choice >= 0
              ? {
                  label: s.classifier.classes[choice]!,
                  probabilities: Array.from(
                    s.classifier.probabilities.subarray(r * k, (r + 1) * k),
                  ),
                }
              : null,
        },
        cluster:
          s.cluster && id >= 0
            ? { id, similarity: s.cluster.similarity[r]!, topTerms: s.cluster.topTerms[id]! }
            : null,
        engagement: s.engagement
          ? {
              value: s.engagement.value[r]!,
              low: s.engagement.low?.[r] ?? null,
              high: s.engagement.high?.[r] ?? null,
            }
          : null,
      };
    }),
  );
}
