/** A training's result as its bundle part, for the autosave (what each keep job hands over). */
import type { SentimentTrainResult } from '../../api/sentiment.ts';
import type { TopicsResult, TopicsSettings } from '../../api/topics.ts';
import type { SentimentPart, TopicsPart } from '../../core/bundle/bundle.ts';
import { topicGroups } from '../../core/cluster/topicGroups.ts';
import { parseTopicModel } from '../../core/cluster/topicModel.ts';
import { DEFAULT_THRESHOLDS } from '../../core/sentiment/label.ts';

/**
 * The classifier with the dataset's text column, the label mapping it was trained under (null
 * without one) and VADER's cut-offs (the default ±0.05).
 */
export function sentimentPartOf(
  result: SentimentTrainResult,
  columns: Pick<SentimentPart, 'textColumn' | 'labelMapping'>,
): SentimentPart {
  return {
    textColumn: columns.textColumn,
    thresholds: DEFAULT_THRESHOLDS,
    labelMapping: columns.labelMapping,
    classifier: result.classifier,
    heldOut: result.heldOut,
  };
}

/** The topic model of a kept analysis (its JSON as the fit made it), with the settings and the silhouette at k; null when the JSON is not a topic model. */
export function topicsPartOf(
  result: TopicsResult,
  settings: TopicsSettings,
  modelJson: string,
): TopicsPart | null {
  let value: unknown;
  try {
    value = JSON.parse(modelJson);
  } catch {
    return null;
  }
  const model = parseTopicModel(value);
  if (!model.ok) return null;
  const { terms, ...fit } = settings;
  const e = result.edits;
  const edited =
    Object.keys(e.names).length + Object.keys(e.mergedInto).length + e.hidden.length > 0;
  return {
    terms,
    source: result.source,
    model: model.value,
    settings: fit,
    metrics: {
      k: result.k,
      silhouette: result.sweep.find((e) => e.k === result.k)?.silhouetteCosine ?? null,
      documents: result.documents,
      posts: result.posts,
    },
    ...(edited && {
      groups: topicGroups(
        result.clusters.map((c) => c.label),
        e,
      ),
    }),
  };
}
