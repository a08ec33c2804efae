/**
 * The default model: trained on the bundled sample posts by scripts/make-default-bundle.ts and
 * served as public/models/default-bundle.json, so live scoring works before any training. Added
 * on the first visit when no model exists yet (once: deleting it does not bring it back), or on
 * request from the Models view.
 */
import { readBundleText } from '../../core/bundle/readBundleFile.ts';
import { fail, type Result } from '../../core/errors/index.ts';
import {
  DEFAULT_MODEL_ID,
  listModels,
  markDefaultOffered,
  saveModel,
  wasDefaultOffered,
  type ModelRecord,
} from '../../storage/models.ts';
import { announce } from '../shared/channel.ts';

export const DEFAULT_MODEL_NAME = 'Default: sample posts';

/** Where the app serves the default bundle. */
function defaultBundleUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}models/default-bundle.json`, self.location.href).href;
}

/** Fetches, checks and saves the default model, and makes it active. */
export async function addDefaultModel(): Promise<Result<ModelRecord>> {
  let text: string;
  try {
    const response = await fetch(defaultBundleUrl());
    if (!response.ok)
      return fail(
        'MODEL_NOT_FOUND',
        `The default model could not be fetched (HTTP ${response.status}).`,
        'Reload the page; if it persists, train a model or import one.',
      );
    text = await response.text();
  } catch (e) {
    return fail(
      'MODEL_NOT_FOUND',
      `The default model could not be fetched: ${e instanceof Error ? e.message : String(e)}.`,
      'Reload the page; if it persists, train a model or import one.',
    );
  }
  const read = await readBundleText(text);
  if (!read.ok) return read;
  const saved = await saveModel({
    id: DEFAULT_MODEL_ID,
    name: DEFAULT_MODEL_NAME,
    bundle: read.value.loaded.bundle,
    origin: 'default',
    activate: true,
  });
  if (saved.ok) {
    await markDefaultOffered();
    announce({ type: 'changed', activeId: saved.value.id });
  }
  return saved;
}

/** On a first visit (no model saved, the default never offered): adds the default model. Null otherwise. */
export async function offerDefaultModel(): Promise<ModelRecord | null> {
  if ((await wasDefaultOffered()) || (await listModels()).length > 0) return null;
  const added = await addDefaultModel();
  if (!added.ok)
    console.warn(`[models] the default model could not be added: ${added.error.message}`);
  return added.ok ? added.value : null;
}
