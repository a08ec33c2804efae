/**
 * Models jobs: the analysis worker runs the registry (and autosaves trainings, see autosave.ts);
 * a pool worker scores a whole file; the live worker holds the active model for the live boxes.
 */
import type { ModelsAnalysisApi, ModelsComputeApi, ModelsLiveApi } from '../../api/models.ts';
import { bundleFileName } from '../../core/bundle/fileName.ts';
import { loadBundle } from '../../core/bundle/loadBundle.ts';
import { checkBundleSize, parseBundleJson } from '../../core/bundle/safeJson.ts';
import { scoreCsvSource } from '../../core/bundle/scoreCsvSource.ts';
import { scoreWithBundle } from '../../core/bundle/scoreWithBundle.ts';
import { fileByteSource } from '../../core/csv/blobSource.ts';
import { fail, ok } from '../../core/errors/index.ts';
import {
  DEFAULT_MODEL_ID,
  deleteModel,
  getActiveModelId,
  listModels,
  readActiveModel,
  readModel,
  renameModel,
  saveModel,
  setActiveModel,
} from '../../storage/models.ts';
import { throttledProgress } from '../progress.ts';
import { lastAutosave } from './autosave.ts';
import { announce } from './channel.ts';
import { addDefaultModel, offerDefaultModel } from './defaultModel.ts';
import { activeLoaded, liveBundle } from './liveBundle.ts';
import { analysisReport } from './report.ts';

/** The file's name without its extension, for the imported model's name. */
const baseName = (file: string): string => file.replace(/\.[^.]+$/, '');

export const modelsAnalysisJobs: ModelsAnalysisApi = {
  async modelsList() {
    await offerDefaultModel();
    const [models, activeId] = await Promise.all([listModels(), getActiveModelId()]);
    return ok({
      models,
      activeId: models.some((m) => m.id === activeId) ? activeId : null,
      defaultAvailable: !models.some((m) => m.id === DEFAULT_MODEL_ID),
      lastAutosave: lastAutosave(),
    });
  },

  async modelsRename({ id, name }) {
    const r = await renameModel(id, name);
    if (r.ok) announce({ type: 'changed', activeId: await getActiveModelId() });
    return r;
  },

  async modelsDelete({ id }) {
    const r = await deleteModel(id);
    if (r.ok) announce({ type: 'changed', activeId: r.value.activeId });
    return r;
  },

  async modelsSetActive({ id }) {
    const r = await setActiveModel(id);
    if (!r.ok) return r;
    announce({ type: 'changed', activeId: r.value });
    return ok({ activeId: r.value });
  },

  async modelsImport({ file, activate }) {
    // refused by its size before a byte is read
    const size = checkBundleSize(file.size);
    if (!size.ok) return size;
    const json = parseBundleJson(await file.text());
    if (!json.ok) return json;
    const loaded = loadBundle(json.value);
    if (!loaded.ok) return loaded;
    const saved = await saveModel({
      name: baseName(file.name).replace(/^murmur-/, '') || 'Imported model',
      bundle: loaded.value.bundle,
      origin: 'imported',
      activate: activate ?? true,
    });
    if (!saved.ok) return saved;
    announce({ type: 'changed', activeId: await getActiveModelId() });
    return ok({ record: saved.value, migratedFrom: loaded.value.migratedFrom });
  },

  async modelsExport({ id }) {
    const stored = await readModel(id);
    if (!stored)
      return fail(
        'MODEL_NOT_FOUND',
        'This model is no longer saved.',
        'It was deleted, perhaps in another tab.',
      );
    const bundle = stored.bundle as { createdAt?: string };
    return ok({
      blob: new Blob([JSON.stringify(stored.bundle)], { type: 'application/json' }),
      fileName: bundleFileName(stored.name, bundle.createdAt ?? ''),
    });
  },

  async modelsAddDefault() {
    return addDefaultModel();
  },

  async modelsReport() {
    return analysisReport();
  },
};

export const modelsComputeJobs: ModelsComputeApi = {
  async modelsScoreFile({ file, modelId }, onProgress) {
    const started = performance.now();
    const stored =
      modelId === undefined ? (await readActiveModel())?.model : await readModel(modelId);
    if (!stored)
      return fail(
        'MODEL_NOT_FOUND',
        'No model is active, so there is nothing to score with.',
        'Make a model active in the list above, import one, or add the default model.',
      );
    const loaded = loadBundle(stored.bundle);
    if (!loaded.ok) return loaded;
    const reading = throttledProgress(onProgress);
    const scoring = throttledProgress(onProgress);
    const scored = await scoreCsvSource(loaded.value, fileByteSource(file), {
      onProgress: (p) =>
        (p.phase === 'reading' ? reading : scoring)({
          phase: p.phase === 'reading' ? 'Reading the file' : 'Scoring posts',
          done: p.done,
          total: p.total,
          unit: p.unit,
        }),
    });
    if (!scored.ok) return scored;
    const blob = new Blob(scored.value.parts as string[], { type: 'text/csv;charset=utf-8' });
    return ok({
      blob,
      fileName: `${baseName(file.name)}-scored.csv`,
      summary: scored.value.summary,
      modelName: stored.name,
      seconds: (performance.now() - started) / 1000,
    });
  },
};

export const modelsLiveJobs: ModelsLiveApi = {
  async liveBundle({ reload }) {
    return liveBundle(reload === true);
  },

  async scorePostsLive({ posts }) {
    await liveBundle();
    const loaded = activeLoaded();
    if (!loaded)
      return fail(
        'MODEL_NOT_FOUND',
        'No model is active.',
        'Make a model active in the Models view, or train one.',
      );
    return scoreWithBundle(loaded, posts);
  },
};
