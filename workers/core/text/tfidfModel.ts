/** A fitted TF-IDF model as plain JSON: enough to score new documents later (live scoring, export). */
import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import { compareCodePoints } from './codePointOrder.ts';

/** The pruning that produced a vocabulary, and what it removed (shown to the user). */
export interface TfidfPruning {
  readonly minDf: number;
  readonly maxDf: number;
  readonly maxFeatures: number | null;
  /** Documents the model was fitted on (the n of the idf). */
  readonly documents: number;
  /** Distinct terms before pruning. */
  readonly termsSeen: number;
  readonly termsKept: number;
  readonly droppedByMinDf: number;
  readonly droppedByMaxDf: number;
  readonly droppedByMaxFeatures: number;
}

export interface TfidfModel {
  readonly kind: 'murmur.tfidf';
  readonly version: 1;
  /** Terms (hashtags without '#', case-folded) in code-point order, as sklearn `get_feature_names_out()`. */
  readonly vocabulary: readonly string[];
  /** idf per term, same order, as sklearn `idf_`. */
  readonly idf: readonly number[];
  readonly pruning: TfidfPruning;
}

const count = z.number().int().nonnegative();
/** A saved TF-IDF model's shape; also used by the bundle schema. */
export const tfidfModelSchema = z.object({
  kind: z.literal('murmur.tfidf'),
  version: z.literal(1),
  vocabulary: z.array(z.string()),
  // smooth idf, ln((1 + n) / (1 + df)) + 1 with df ≤ n, is never below 1
  idf: z.array(z.number().min(1)),
  pruning: z.object({
    minDf: count,
    maxDf: z.number().gt(0).lte(1),
    maxFeatures: count.nullable(),
    documents: count,
    termsSeen: count,
    termsKept: count,
    droppedByMinDf: count,
    droppedByMaxDf: count,
    droppedByMaxFeatures: count,
  }),
});

/** Checks a parsed JSON value is a TF-IDF model this version can use. Fails with BUNDLE_INVALID. */
export function parseTfidfModel(value: unknown): Result<TfidfModel> {
  const parsed = tfidfModelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      'BUNDLE_INVALID',
      `This is not a Murmur TF-IDF model: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}.`,
      'Export the topic model again from Murmur.',
    );
  }
  const m = parsed.data;
  if (m.idf.length !== m.vocabulary.length) {
    return fail(
      'BUNDLE_INVALID',
      `The TF-IDF model has ${m.vocabulary.length} terms but ${m.idf.length} idf values.`,
      'Export the topic model again from Murmur.',
    );
  }
  for (let j = 1; j < m.vocabulary.length; j++) {
    if (compareCodePoints(m.vocabulary[j - 1]!, m.vocabulary[j]!) >= 0) {
      return fail(
        'BUNDLE_INVALID',
        `The TF-IDF vocabulary is not sorted or has a repeat at "${m.vocabulary[j]}".`,
        'Export the topic model again from Murmur.',
      );
    }
  }
  return ok(m);
}
