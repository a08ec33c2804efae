/**
 * Topics from the words of every post: topic documents (stop words and negations dropped, phrases
 * kept), TF-IDF, spherical k-means over a k sweep, clusters named by class-based TF-IDF and marked
 * mixed when they are not one topic. Chosen by measurement against scikit-learn (docs/TOPICS.md).
 */
import type { Result } from '../errors/index.ts';
import { textTopicDocuments } from '../topicText/topicDocuments.ts';
import { namingStopwords } from '../topicText/topicStopwords.ts';
import { analyseTopics, type TopicAnalysis, type TopicAnalysisOptions } from './topicAnalysis.ts';

/**
 * Documents the k sweep of text topics compares k on at most: beyond it a seeded sample, and the
 * chosen k is fitted on all. 100k posts: the sweep (11 k × 10 restarts) fell from ~80% of the run.
 */
export const TEXT_SWEEP_SAMPLE = 20_000;

/**
 * LSA dimensions text topics are clustered in. Chosen among 10–200 on generated airline
 * complaints (docs/TOPICS.md): 50 agreed best with the reasons and ended the catch-all cluster.
 */
export const TEXT_LSA_DIMENSIONS = 50;

/** How text documents are clustered and named, for callers that build the documents themselves. */
export function textTopicOptions(
  language = 'en',
): Pick<
  TopicAnalysisOptions,
  'spherical' | 'namingStopwords' | 'sweepSampleSize' | 'lsaDimensions'
> {
  return {
    spherical: true,
    lsaDimensions: TEXT_LSA_DIMENSIONS,
    namingStopwords: namingStopwords(language),
    sweepSampleSize: TEXT_SWEEP_SAMPLE,
  };
}

export interface TextTopicAnalysis extends TopicAnalysis {
  /** The phrases kept whole, also stored in `model.phrases`. */
  readonly phrases: readonly string[];
}

/**
 * Clusters posts by the words of their text. Fails as `analyseTopics` does; NO_HASHTAGS there
 * means no post has a topic word left.
 */
export function analyseTextTopics(
  texts: readonly string[],
  options: TopicAnalysisOptions = {},
): Result<TextTopicAnalysis> {
  const { lists, phrases } = textTopicDocuments(texts);
  const r = analyseTopics(lists, { ...textTopicOptions(), ...options });
  if (!r.ok) return r;
  return { ok: true, value: { ...r.value, phrases, model: { ...r.value.model, phrases } } };
}
