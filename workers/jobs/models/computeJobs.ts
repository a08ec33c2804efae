/** Models jobs of a pool worker: a whole CSV or Parquet file scored with a saved model, into a CSV or Parquet download. */
import type { ModelsComputeApi } from '../../api/models.ts';
import { scoreSource } from '../../core/bundle/scoreSource.ts';
import { fileByteSource } from '../../core/csv/blobSource.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { readActiveModel, readModel } from '../../storage/models.ts';
import { throttledProgress } from '../shared/progress.ts';
import { baseName } from './baseName.ts';
import { loadBundleWithLanguages } from '../../core/bundle/loadWithLanguages.ts';

export const modelsComputeJobs: ModelsComputeApi = {
  async modelsScoreFile({ file, modelId, format = 'csv' }, onProgress) {
    const started = performance.now();
    const stored =
      modelId === undefined ? (await readActiveModel())?.model : await readModel(modelId);
    if (!stored)
      return fail(
        'MODEL_NOT_FOUND',
        'No model is active, so there is nothing to score with.',
        'Make a model active in the list above, import one, or add the default model.',
      );
    const loaded = await loadBundleWithLanguages(stored.bundle);
    if (!loaded.ok) return loaded;
    const reading = throttledProgress(onProgress);
    const scoring = throttledProgress(onProgress);
    const scored = await scoreSource(loaded.value, fileByteSource(file), {
      output: format,
      // the app's scored file says each post's language (a facet for the reader's own tools)
      language: true,
      onProgress: (p) =>
        (p.phase === 'reading' ? reading : scoring)({
          phase: p.phase === 'reading' ? 'Reading the file' : 'Scoring posts',
          done: p.done,
          total: p.total,
          unit: p.unit,
        }),
    });
    if (!scored.ok) return scored;
    const blob = new Blob(scored.value.parts as BlobPart[], {
      type: format === 'parquet' ? 'application/vnd.apache.parquet' : 'text/csv;charset=utf-8',
    });
    return ok({
      blob,
      fileName: `${baseName(file.name)}-scored.${format}`,
      summary: scored.value.summary,
      modelName: stored.name,
      seconds: (performance.now() - started) / 1000,
    });
  },
};
