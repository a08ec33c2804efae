/**
 * The live worker's topic model: set after each analysis (the model crosses as JSON, as it will be
 * stored in bundles), then asked for the nearest cluster of typed hashtags within a frame.
 */
import type { LiveTopic, TopicGroup, TopicModelInfo } from '../../api/topics.ts';
import {
  assignTerms,
  assignTopic,
  parseTopicModel,
  type TopicModel,
} from '../../core/cluster/index.ts';
import { textTopicTerms } from '../../core/topicText/topicDocuments.ts';
import { topicStopwords } from '../../core/topicText/topicStopwords.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { extractHashtags, hashtagDocuments } from '../../core/text/index.ts';

let current: { model: TopicModel; info: TopicModelInfo; vocabulary: ReadonlySet<string> } | null =
  null;

/** Sets (or with null clears) the model. Fails with BUNDLE_INVALID when `json` is not a topic model. */
export function setLiveTopicModel(
  json: string | null,
  info?: TopicModelInfo,
): Result<{ active: boolean }> {
  if (json === null) {
    current = null;
    return ok({ active: false });
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail(
      'BUNDLE_INVALID',
      'The topic model is not valid JSON.',
      'Run the topic analysis again.',
    );
  }
  const parsed = parseTopicModel(value);
  if (!parsed.ok) return parsed;
  const model = parsed.value;
  current = {
    model,
    info: info ?? {
      dataset: '',
      terms: 'hashtags',
      k: model.centroids.k,
      documents: model.tfidf.pruning.documents,
      vocabulary: model.tfidf.vocabulary.length,
    },
    vocabulary: new Set(model.tfidf.vocabulary),
  };
  return ok({ active: true });
}

/** Names matches after the user's merges, renames and hides (null: the generated topics). */
export function setLiveTopicGroups(groups: readonly TopicGroup[] | null): { active: boolean } {
  if (!current) return { active: false };
  const { dataset, terms, k, documents, vocabulary } = current.info;
  const info: TopicModelInfo = { dataset, terms, k, documents, vocabulary };
  current = { ...current, info: groups && groups.length === k ? { ...info, groups } : info };
  return { active: true };
}

export function liveTopicModelInfo(): TopicModelInfo | null {
  return current?.info ?? null;
}

/**
 * The nearest topic of typed text: its #hashtags, or, when it has none, its words (bare
 * "vaccine pfizer" works too, and is what a text-terms model needs), without the stop words of
 * its `language` (as the posts lost theirs). Fails with MODEL_NOT_FOUND.
 */
export function liveTopic(text: string, language = 'en'): Result<LiveTopic> {
  if (!current)
    return fail(
      'MODEL_NOT_FOUND',
      'There is no topic model yet.',
      'Run the topic analysis in the Topics view first.',
    );
  const t0 = performance.now();
  const { model, info, vocabulary } = current;
  const tagged = extractHashtags(text);
  // a text-terms model reads typed text as it read the posts: words and its phrases
  const typed = model.phrases
    ? textTopicTerms(text, new Set(model.phrases), { stopwords: topicStopwords(language) })
    : tagged.length > 0
      ? tagged
      : (hashtagDocuments([text.split(/[\s,;]+/u)]).docs[0] ?? []);
  const distinct = [...new Set(typed)];
  const match = model.phrases ? assignTerms(model, typed) : assignTopic(model, typed);
  return ok({
    info,
    known: distinct.filter((t) => vocabulary.has(t)),
    unknown: distinct.filter((t) => !vocabulary.has(t)),
    match: match && {
      cluster: match.cluster,
      similarity: match.similarity,
      distance: match.distance,
      topTerms: model.topTerms[match.cluster] ?? [],
      size: model.centroids.sizes[match.cluster] ?? 0,
    },
    ms: Math.round((performance.now() - t0) * 100) / 100,
  });
}
