/**
 * Every training saves its part into the dataset's working model (see storage/models.ts) and makes
 * it active; called by the keep jobs of Sentiment, Topics and Engagement in the analysis worker.
 * A failed save never fails the training: it is kept as the last autosave status (shown by the
 * Models view) and announced.
 */
import { version } from '../../../package.json';
import type { AutosaveStatus } from '../../api/models.ts';
import {
  createAnalysisBundle,
  type AnalysisBundle,
  type BundlePart,
  type EngagementPart,
  type SentimentPart,
  type TopicsPart,
} from '../../core/bundle/bundle.ts';
import { fingerprintTable } from '../../core/bundle/fingerprint.ts';
import { fail, type Result } from '../../core/errors/index.ts';
import { saveWorkingPart, type ModelRecord } from '../../storage/models.ts';
import { announce } from './channel.ts';
import { cachedIn, type LoadedDataset } from './session.ts';

export type TrainedPart =
  | { readonly sentiment: SentimentPart }
  | { readonly topics: TopicsPart }
  | { readonly engagement: EngagementPart };

let last: AutosaveStatus | null = null;

/** How the last autosave in this worker went, or null. */
export function lastAutosave(): AutosaveStatus | null {
  return last;
}

/** The dataset's working bundle with `part` replaced and its other parts kept. */
export function withPart(
  d: LoadedDataset,
  current: AnalysisBundle | null,
  part: TrainedPart,
): AnalysisBundle {
  return createAnalysisBundle({
    appVersion: version,
    fingerprint: cachedIn(d, 'autosave:fingerprint', () => fingerprintTable(d.table)),
    dataset: d.meta.name,
    preprocessing: d.preprocessing,
    sentiment: current?.sentiment ?? null,
    topics: current?.topics ?? null,
    engagement: current?.engagement ?? null,
    ...part,
  });
}

/** Saves a training's part; resolves with the saved model or the failure (also kept and announced). */
export async function autosavePart(
  d: LoadedDataset,
  part: TrainedPart,
): Promise<Result<ModelRecord>> {
  const name = Object.keys(part)[0] as BundlePart;
  const saved: Result<ModelRecord> =
    typeof indexedDB === 'undefined'
      ? fail(
          'STORAGE_UNAVAILABLE',
          'This browser has no IndexedDB, so models cannot be saved.',
          'Use a current browser outside private mode.',
        )
      : await saveWorkingPart(d.meta.id, d.meta.name, (current) =>
          withPart(d, current, part),
        ).catch((e: unknown) =>
          fail(
            'STORAGE_UNAVAILABLE',
            `Could not save the model: ${e instanceof Error ? e.message : String(e)}.`,
          ),
        );
  last = {
    part: name,
    at: Date.now(),
    modelId: saved.ok ? saved.value.id : null,
    error: saved.ok ? null : saved.error,
  };
  if (saved.ok) announce({ type: 'changed', activeId: saved.value.id });
  else if (typeof indexedDB !== 'undefined')
    console.warn(`[models] autosave of the ${name} part failed: ${saved.error.message}`);
  announce({ type: 'autosave', status: last });
  return saved;
}
