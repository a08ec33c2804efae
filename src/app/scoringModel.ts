/**
 * The header's line about the model that scores (live scoring, the Models view's file scoring, the
 * stream): what it holds, which dataset it was trained on and when, and whether that is another
 * dataset than the one open (then the header asks whether to keep using it).
 */
import type { ModelRecord } from '../../workers/api.ts';
import { keptSettings } from '../shared/keptSettings.ts';

export interface ScoringModelLine {
  readonly text: string;
  /** A model trained on another stored dataset than the active one: ask before it goes on scoring. */
  readonly foreign: boolean;
}

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** What the model holds, in plain words: "forest and network", "sentiment classifier and topics". */
export function modelParts(record: ModelRecord): string {
  const s = record.summary;
  const parts: string[] = [];
  if (s.engagement) parts.push(s.engagement.network ? 'forest and network' : 'forest');
  if (s.sentiment)
    parts.push(s.sentiment.classifier ? 'sentiment classifier' : 'sentiment settings');
  if (s.topics) parts.push('topic model');
  return list(parts) || 'model';
}

/**
 * "Scoring with: forest trained on sample, 7 Dec, 10:12", or where to find one when none is active.
 * `activeDatasetId` is the open dataset's id (null before any).
 */
export function scoringModelLine(
  record: ModelRecord | null,
  activeDatasetId: string | null,
): ScoringModelLine {
  if (!record)
    return {
      text: 'No model is scoring: train one in Engagement or Sentiment, or choose one in Models',
      foreign: false,
    };
  const date = when.format(new Date(record.updatedAt));
  if (record.origin === 'default')
    return {
      text: `Scoring with: the default model (${modelParts(record)} trained on sample posts)`,
      foreign: false,
    };
  const from = record.summary.dataset || record.name;
  const text =
    record.origin === 'imported'
      ? `Scoring with: “${record.name}” (imported; ${modelParts(record)} trained on ${from})`
      : `Scoring with: ${modelParts(record)} trained on ${from}, ${date}`;
  const foreign =
    record.origin === 'trained' &&
    record.datasetId !== null &&
    activeDatasetId !== null &&
    record.datasetId !== activeDatasetId;
  return { text, foreign };
}

/** The header's section of the dataset's kept settings: models kept scoring though trained elsewhere. */
export interface KeptScoring {
  readonly keptModelIds: readonly string[];
}

/** The ids of the models the person chose to keep scoring with on this dataset (none when unreadable). */
export function keptModelIds(section: unknown): readonly string[] {
  return keptSettings<KeptScoring>({ keptModelIds: [] }, section).keptModelIds;
}

/** The section once `modelId` is kept too (each id once). */
export function keepModel(section: unknown, modelId: string): KeptScoring {
  const ids = keptModelIds(section);
  return { keptModelIds: ids.includes(modelId) ? ids : [...ids, modelId] };
}
