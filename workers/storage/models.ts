/**
 * The model registry in IndexedDB: saved analysis bundles, their list entries and the active one.
 *
 * Grouping: each dataset has one working model (id `dataset:<datasetId>`). Every training on the
 * dataset (sentiment classifier, topic analysis, engagement model and its network) writes its
 * part into that model, keeping the other parts, and makes it active; rename it to tell it
 * apart, export it to keep a snapshot. Imported models and the default model stand alone.
 *
 * Every write is one transaction (the bundle, its list entry and the active id together), so a
 * reload or crash mid-save leaves the previous state; a full disk is STORAGE_FULL, naming the
 * largest models to delete, with every earlier model intact.
 */
import type { AnalysisBundle } from '../core/bundle/bundle.ts';
import { summarizeBundle } from '../core/bundle/summary.ts';
import { fail, ok, type Result } from '../core/errors/index.ts';
import { db, type ModelOrigin, type ModelRecord, type StoredModel } from './db.ts';

export type { ModelOrigin, ModelRecord, StoredModel } from './db.ts';

export const ACTIVE_MODEL_KEY = 'activeModelId';
/** Set once the default model was offered, so deleting it does not bring it back. */
export const DEFAULT_OFFERED_KEY = 'defaultModelOffered';
export const DEFAULT_MODEL_ID = 'default';

/** Longest model name kept. */
export const MAX_NAME_LENGTH = 120;

const STORES = ['models', 'modelIndex', 'settings'] as const;

/** Test hooks: run inside a write transaction after the bundle is put (a throw there is a crash mid-save). */
export interface WriteHooks {
  readonly afterBundle?: () => void;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The working model of a dataset. */
export function workingModelId(datasetId: string): string {
  return `dataset:${datasetId}`;
}

function isQuota(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return (
    name === 'QuotaExceededError' ||
    (name === 'AbortError' && /quota/i.test(String((e as { message?: unknown }).message)))
  );
}

/**
 * A failed write as a Result: STORAGE_FULL naming the largest models, else STORAGE_UNAVAILABLE.
 * Also used for results kept with a dataset (workers/jobs/shared/keptResults.ts).
 */
export async function writeFailure(
  e: unknown,
  what: string,
  bytes: number,
): Promise<Result<never>> {
  if (isQuota(e)) {
    const largest = (await listModels().catch(() => []))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3);
    const names = largest.map((m) => `“${m.name}” (${megabytes(m.bytes)})`).join(', ');
    return fail(
      'STORAGE_FULL',
      `The browser ran out of storage space saving ${what}${bytes > 0 ? ` (${megabytes(bytes)})` : ''}. Your earlier models are unchanged.`,
      `Delete models you no longer need in the Models view${names ? ` (the largest: ${names})` : ''}, or old datasets in the Dataset view, then try again.`,
    );
  }
  return fail(
    'STORAGE_UNAVAILABLE',
    `Could not save ${what}: ${e instanceof Error ? e.message : String(e)}.`,
    'Check that the browser allows this site to store data (not a private window with storage off), then try again.',
  );
}

function recordOf(
  stored: StoredModel,
  bundle: AnalysisBundle,
  origin: ModelOrigin,
  datasetId: string | null,
  createdAt: number,
): ModelRecord {
  return {
    id: stored.id,
    name: stored.name,
    createdAt,
    updatedAt: Date.now(),
    origin,
    datasetId,
    bytes: stored.bytes,
    summary: summarizeBundle(bundle),
  };
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** Writes a bundle, its list entry and (with `activate`) the active id in one transaction; `make` gets the stored model of `id` when `merge` is set. */
async function write(
  id: string,
  name: string,
  make: (current: StoredModel | undefined) => AnalysisBundle,
  options: {
    readonly origin: ModelOrigin;
    readonly datasetId: string | null;
    readonly activate: boolean;
    readonly merge: boolean;
  },
  hooks: WriteHooks = {},
): Promise<Result<ModelRecord>> {
  const d = await db();
  const tx = d.transaction(STORES, 'readwrite');
  let bytes = 0;
  try {
    const current = options.merge ? await tx.objectStore('models').get(id) : undefined;
    const value = make(current);
    const json = JSON.stringify(value);
    bytes = json.length;
    const stored: StoredModel = {
      id,
      name: current?.name ?? name,
      createdAt: Date.parse(value.createdAt) || Date.now(),
      kind: summarizeBundle(value).parts.join('+'),
      bytes,
      bundle: value,
    };
    await tx.objectStore('models').put(stored);
    hooks.afterBundle?.();
    const previous = await tx.objectStore('modelIndex').get(id);
    const record = recordOf(
      stored,
      value,
      previous?.origin ?? options.origin,
      options.datasetId,
      previous?.createdAt ?? Date.now(),
    );
    await tx.objectStore('modelIndex').put(record);
    if (options.activate) await tx.objectStore('settings').put(id, ACTIVE_MODEL_KEY);
    // a browser that has had a model is past its first visit: the default is not added unasked
    await tx.objectStore('settings').put(true, DEFAULT_OFFERED_KEY);
    await tx.done;
    return ok(record);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    return writeFailure(e, `the model “${name}”`, bytes);
  }
}

/** The saved models' list entries, most recently updated first. */
export async function listModels(): Promise<ModelRecord[]> {
  const all = await (await db()).getAll('modelIndex');
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A saved model with its bundle, or null. */
export async function readModel(id: string): Promise<StoredModel | null> {
  return (await (await db()).get('models', id)) ?? null;
}

export async function getActiveModelId(): Promise<string | null> {
  const v = await (await db()).get('settings', ACTIVE_MODEL_KEY);
  return typeof v === 'string' ? v : null;
}

export interface SaveModelInput {
  /** Default: a new id. */
  readonly id?: string;
  readonly name: string;
  readonly bundle: AnalysisBundle;
  readonly origin: ModelOrigin;
  readonly activate: boolean;
}

/** Saves a whole bundle (an import, the default model). */
export async function saveModel(
  input: SaveModelInput,
  hooks?: WriteHooks,
): Promise<Result<ModelRecord>> {
  const id = input.id ?? `model:${crypto.randomUUID()}`;
  return write(
    id,
    cleanName(input.name) || 'Imported model',
    () => input.bundle,
    { origin: input.origin, datasetId: null, activate: input.activate, merge: false },
    hooks,
  );
}

/**
 * Writes a training's part into the dataset's working model (created on the first training),
 * keeping its other parts and its name, and makes it active. `update` gets the stored bundle
 * (null the first time) and returns the new one.
 */
export async function saveWorkingPart(
  datasetId: string,
  name: string,
  update: (current: AnalysisBundle | null) => AnalysisBundle,
  hooks?: WriteHooks,
): Promise<Result<ModelRecord>> {
  const make = (current: StoredModel | undefined) =>
    update(current ? (current.bundle as AnalysisBundle) : null);
  return write(
    workingModelId(datasetId),
    cleanName(name) || 'Trained model',
    make,
    { origin: 'trained', datasetId, activate: true, merge: true },
    hooks,
  );
}

/** Renames a model (1 to MAX_NAME_LENGTH characters). */
export async function renameModel(id: string, name: string): Promise<Result<ModelRecord>> {
  const clean = cleanName(name);
  if (clean === '')
    return fail('INVALID_OPTIONS', 'A model needs a name.', 'Type at least one character.');
  const d = await db();
  const tx = d.transaction(['models', 'modelIndex'], 'readwrite');
  const [stored, record] = await Promise.all([
    tx.objectStore('models').get(id),
    tx.objectStore('modelIndex').get(id),
  ]);
  if (!stored || !record) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return notFound(id);
  }
  const renamed = { ...record, name: clean, updatedAt: Date.now() };
  await Promise.all([
    tx.objectStore('models').put({ ...stored, name: clean }),
    tx.objectStore('modelIndex').put(renamed),
    tx.done,
  ]);
  return ok(renamed);
}

/** Deletes a model; when it was active, no model is active afterwards. Resolves with the active id. */
export async function deleteModel(
  id: string,
): Promise<Result<{ readonly activeId: string | null }>> {
  const d = await db();
  const tx = d.transaction(STORES, 'readwrite');
  if (!(await tx.objectStore('modelIndex').get(id))) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return notFound(id);
  }
  const active = await tx.objectStore('settings').get(ACTIVE_MODEL_KEY);
  await tx.objectStore('models').delete(id);
  await tx.objectStore('modelIndex').delete(id);
  if (active === id) await tx.objectStore('settings').delete(ACTIVE_MODEL_KEY);
  await tx.done;
  return ok({ activeId: active === id || typeof active !== 'string' ? null : active });
}

/**
 * When the dataset `datasetId` becomes the active one: its own working model, when it has one,
 * becomes the active model (a model belongs to the dataset it was trained on). Resolves with the
 * id made active, or null when the dataset has none (the active model is then left as it was).
 */
export async function followDatasetModel(datasetId: string): Promise<string | null> {
  const id = workingModelId(datasetId);
  const activated = await setActiveModel(id);
  return activated.ok ? id : null;
}

/** Makes a model the one live scoring and batch scoring use (null: none). */
export async function setActiveModel(id: string | null): Promise<Result<string | null>> {
  const d = await db();
  if (id === null) {
    await d.delete('settings', ACTIVE_MODEL_KEY);
    return ok(null);
  }
  const tx = d.transaction(['modelIndex', 'settings'], 'readwrite');
  if (!(await tx.objectStore('modelIndex').get(id))) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return notFound(id);
  }
  await Promise.all([tx.objectStore('settings').put(id, ACTIVE_MODEL_KEY), tx.done]);
  return ok(id);
}

/** The active model with its bundle and list entry, or null when none is active (or it is gone). */
export async function readActiveModel(): Promise<{
  readonly model: StoredModel;
  readonly record: ModelRecord;
} | null> {
  const id = await getActiveModelId();
  if (id === null) return null;
  const d = await db();
  const [model, record] = await Promise.all([d.get('models', id), d.get('modelIndex', id)]);
  return model && record ? { model, record } : null;
}

export async function wasDefaultOffered(): Promise<boolean> {
  return (await (await db()).get('settings', DEFAULT_OFFERED_KEY)) === true;
}

export async function markDefaultOffered(): Promise<void> {
  await (await db()).put('settings', true, DEFAULT_OFFERED_KEY);
}

function notFound(id: string): Result<never> {
  return fail(
    'MODEL_NOT_FOUND',
    `There is no saved model "${id}" any more.`,
    'It was deleted, perhaps in another tab: pick another model in the Models view.',
  );
}
