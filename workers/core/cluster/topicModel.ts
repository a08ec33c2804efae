/**
 * A fitted topic model as one JSON value: the TF-IDF vocabulary and idf, the cluster centres and
 * their top terms. Enough to place a newly typed set of hashtags on a topic, in any worker.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import { extractHashtags, hashtagDocuments } from '../text/hashtags.ts';
import { csrRow } from '../text/sparseMatrix.ts';
import { transformTfidf } from '../text/tfidf.ts';
import { parseTfidfModel, type TfidfModel } from '../text/tfidfModel.ts';
import {
  nearestCluster,
  parseCentroidModel,
  type CentroidModel,
  type NearestCluster,
} from './centroidModel.ts';

export interface TopicModel {
  readonly kind: 'murmur.topics';
  readonly version: 1;
  readonly tfidf: TfidfModel;
  readonly centroids: CentroidModel;
  /** Per cluster, its heaviest terms (without '#'), heaviest first: a label for the topic. */
  readonly topTerms: readonly (readonly string[])[];
  /** A text-terms model's phrases (words read as one term); absent for a hashtag model. */
  readonly phrases?: readonly string[];
}

const envelope = z.object({
  kind: z.literal('murmur.topics'),
  version: z.literal(1),
  tfidf: z.unknown(),
  centroids: z.unknown(),
  topTerms: z.array(z.array(z.string())),
  phrases: z.array(z.string()).optional(),
});

/** Checks a parsed JSON value is a topic model whose parts agree. Fails with BUNDLE_INVALID. */
export function parseTopicModel(value: unknown): Result<TopicModel> {
  const parsed = envelope.safeParse(value);
  if (!parsed.success)
    return fail(
      'BUNDLE_INVALID',
      'This is not a Murmur topic model.',
      'Export the topic model again from Murmur.',
    );
  const tfidf = parseTfidfModel(parsed.data.tfidf);
  if (!tfidf.ok) return tfidf;
  const centroids = parseCentroidModel(parsed.data.centroids);
  if (!centroids.ok) return centroids;
  if (
    centroids.value.cols !== tfidf.value.vocabulary.length ||
    parsed.data.topTerms.length !== centroids.value.k
  ) {
    return fail(
      'BUNDLE_MISMATCH',
      'The parts of this topic model do not belong together (vocabulary and centres differ in size).',
      'Export the topic model again from Murmur.',
    );
  }
  return ok({
    kind: 'murmur.topics',
    version: 1,
    tfidf: tfidf.value,
    centroids: centroids.value,
    topTerms: parsed.data.topTerms,
    ...(parsed.data.phrases && { phrases: parsed.data.phrases }),
  });
}

/**
 * The topic of a new post: `input` is free text (its #hashtags are used) or a list of tags (with
 * or without '#'). Null when none of its hashtags is in the model's vocabulary.
 */
export function assignTopic(
  model: TopicModel,
  input: string | readonly string[],
): NearestCluster | null {
  const doc =
    typeof input === 'string' ? extractHashtags(input) : (hashtagDocuments([input]).docs[0] ?? []);
  const row = csrRow(transformTfidf(model.tfidf, [doc]), 0);
  return nearestCluster(row, model.centroids);
}

/** The topic of a post already read into terms (a text-terms model's words and phrases). */
export function assignTerms(model: TopicModel, terms: readonly string[]): NearestCluster | null {
  return nearestCluster(csrRow(transformTfidf(model.tfidf, [terms]), 0), model.centroids);
}
