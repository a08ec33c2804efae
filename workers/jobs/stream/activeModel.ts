/**
 * The model the stream scores with: the active bundle from the registry in IndexedDB, loaded when
 * a session starts and again whenever the registry announces a change. No model: sentiment only.
 */
import type { StreamModelStatus } from '../../api/stream.ts';
import type { LoadedBundle } from '../../core/bundle/loadBundle.ts';
import { readActiveModel } from '../../storage/models.ts';
import { listen } from '../shared/channel.ts';
import { loadBundleWithLanguages } from '../../core/bundle/loadWithLanguages.ts';

export interface ActiveModel {
  readonly loaded: LoadedBundle | null;
  readonly status: StreamModelStatus;
}

const SENTIMENT_ONLY: ActiveModel = {
  loaded: null,
  status: {
    name: null,
    parts: [],
    note: 'No model is active: posts are scored for sentiment only (VADER). Train or activate a model in the Models view to add topics and predicted engagement.',
  },
};

/** The active model, or sentiment only when there is none, it cannot be read, or storage is unavailable. */
export async function readStreamModel(): Promise<ActiveModel> {
  if (typeof indexedDB === 'undefined') return SENTIMENT_ONLY;
  const stored = await readActiveModel().catch(() => null);
  if (!stored) return SENTIMENT_ONLY;
  const loaded = await loadBundleWithLanguages(stored.model.bundle);
  if (!loaded.ok)
    return {
      loaded: null,
      status: {
        name: stored.record.name,
        parts: [],
        note: `The active model “${stored.record.name}” could not be read (${loaded.error.message}): posts are scored for sentiment only.`,
      },
    };
  const parts = loaded.value.parts;
  const missing = [
    !loaded.value.topics && 'topics',
    !loaded.value.engagement && 'engagement',
  ].filter((p): p is string => typeof p === 'string');
  const note = `Scoring with “${stored.record.name}”: sentiment${loaded.value.topics ? ', topic' : ''}${loaded.value.engagement ? ', predicted engagement' : ''}${missing.length > 0 ? ` (it has no ${missing.join(' or ')} model)` : ''}.`;
  return { loaded: loaded.value, status: { name: stored.record.name, parts, note } };
}

/** Columns the model's engagement part reads besides text, hashtags and time (a replay sends them along). */
export function modelFields(loaded: LoadedBundle | null): string[] {
  const spec = loaded?.engagement?.bundle.engagement.features.spec;
  return spec
    ? [...spec.numeric.map((f) => f.column.name), ...spec.categorical.map((f) => f.column.name)]
    : [];
}

/** Calls `onChange` whenever the registry's active model may have changed; returns the unsubscribe. */
export function onModelChange(onChange: () => void): () => void {
  return listen((m) => {
    if (m.type === 'changed') onChange();
  });
}
