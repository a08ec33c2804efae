/**
 * The Models feature's calls: the registry in the analysis worker, file scoring in a pool worker,
 * the active model in the live worker, and notices of changes (a training autosaved, another tab
 * imported) over the workers' BroadcastChannel.
 */
import type {
  ActiveBundleInfo,
  ImportedModel,
  JobProgress,
  ModelRecord,
  ModelsList,
  Result,
  ScoredFile,
} from '../../workers/api.ts';
import { MODELS_CHANNEL, type ModelsMessage } from '../../workers/jobs/shared/channel.ts';
import { analysis, compute, live } from './index.ts';

export type { ModelsMessage } from '../../workers/jobs/shared/channel.ts';

/** The active model as the live worker holds it (loaded from IndexedDB on its first call). */
export function liveModel(reload = false): Promise<Result<ActiveBundleInfo | null>> {
  return live('liveBundle', reload ? { reload } : {});
}

/** Calls `listener` on every notice from the workers (or another tab) until the returned function runs. */
export function onModelsChanged(listener: (message: ModelsMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(MODELS_CHANNEL);
  channel.onmessage = (e: MessageEvent<ModelsMessage>) => listener(e.data);
  return () => channel.close();
}

export function listModels(): Promise<Result<ModelsList>> {
  return analysis('modelsList', {});
}

/** Runs a registry change, then has the live worker reload the active model before resolving. */
async function thenReload<T>(change: Promise<Result<T>>): Promise<Result<T>> {
  const r = await change;
  if (!r.ok) return r;
  const reloaded = await liveModel(true);
  return reloaded.ok ? r : reloaded;
}

export function activateModel(
  id: string | null,
): Promise<Result<{ readonly activeId: string | null }>> {
  return thenReload(analysis('modelsSetActive', { id }));
}

export function deleteModel(id: string): Promise<Result<{ readonly activeId: string | null }>> {
  return thenReload(analysis('modelsDelete', { id }));
}

export function importModel(file: File): Promise<Result<ImportedModel>> {
  return thenReload(analysis('modelsImport', { file, activate: true }));
}

export function addDefaultModel(): Promise<Result<ModelRecord>> {
  return thenReload(analysis('modelsAddDefault', {}));
}

/** Scores a CSV file with the active model in a pool worker; aborting `signal` stops that worker at once. */
export function scoreFile(
  file: File,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: JobProgress) => void;
    format?: 'csv' | 'parquet';
  } = {},
): Promise<Result<ScoredFile>> {
  const { format = 'csv', ...rest } = options;
  return compute('modelsScoreFile', { file, format }, rest);
}
