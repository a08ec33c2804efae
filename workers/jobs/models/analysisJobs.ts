/**
 * Models jobs of the analysis worker: the registry of saved models (list, rename, delete, activate,
 * import, export, the default model) and the report. Trainings autosave through shared/autosave.ts;
 * a pool worker scores a whole file (computeJobs.ts); the live worker holds the active model for
 * the live boxes (liveJobs.ts).
 */
import type { ModelsAnalysisApi } from '../../api/models.ts';
import { bundleFileName } from '../../core/bundle/fileName.ts';
import { BUNDLE_SCHEMA_VERSION } from '../../core/bundle/format.ts';
import { bundleFileText } from '../../core/bundle/integrity.ts';
import { loadBundle } from '../../core/bundle/loadBundle.ts';
import { readBundleText } from '../../core/bundle/readBundleFile.ts';
import { checkBundleSize } from '../../core/bundle/safeJson.ts';
import { fail, ok } from '../../core/errors/index.ts';
import {
  DEFAULT_MODEL_ID,
  deleteModel,
  getActiveModelId,
  listModels,
  readModel,
  renameModel,
  saveModel,
  setActiveModel,
} from '../../storage/models.ts';
import { lastAutosave } from '../shared/autosave.ts';
import { announce } from '../shared/channel.ts';
import { baseName } from './baseName.ts';
import { addDefaultModel, offerDefaultModel } from './defaultModel.ts';
import { datasetOverview, htmlReportDownload, type OverviewSources } from './overview.ts';
import { analysisReport } from './report.ts';

/** The registry's jobs; the report comes with `modelsReportJob`, over the other features' jobs. */
export const modelsAnalysisJobs: Omit<
  ModelsAnalysisApi,
  'modelsReport' | 'modelsOverview' | 'modelsReportHtml'
> = {
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
    const read = await readBundleText(await file.text());
    if (!read.ok) return read;
    const { loaded, notes } = read.value;
    const saved = await saveModel({
      name: baseName(file.name).replace(/^murmur-/, '') || 'Imported model',
      bundle: loaded.bundle,
      origin: 'imported',
      activate: activate ?? true,
    });
    if (!saved.ok) return saved;
    announce({ type: 'changed', activeId: await getActiveModelId() });
    return ok({
      record: saved.value,
      migratedFrom: loaded.migratedFrom,
      upgraded: loaded.migratedFrom < BUNDLE_SCHEMA_VERSION,
      notes,
    });
  },

  async modelsExport({ id }) {
    const stored = await readModel(id);
    if (!stored)
      return fail(
        'MODEL_NOT_FOUND',
        'This model is no longer saved.',
        'It was deleted, perhaps in another tab.',
      );
    // at the current schema version, and only when every part still checks out
    const loaded = loadBundle(stored.bundle);
    if (!loaded.ok) return loaded;
    const { bundle } = loaded.value;
    return ok({
      // the checksum is written here, over what the file holds (integrity.ts)
      blob: new Blob([await bundleFileText(bundle)], { type: 'application/json' }),
      fileName: bundleFileName(stored.name, bundle.createdAt),
    });
  },

  async modelsAddDefault() {
    return addDefaultModel();
  },
};

/** The report jobs (JSON, HTML) and the overview, reading what the dataset, Sentiment, Topics and Engagement keep through their analysis jobs. */
export function modelsReportJob(
  sources: OverviewSources,
): Pick<ModelsAnalysisApi, 'modelsReport' | 'modelsOverview' | 'modelsReportHtml'> {
  return {
    async modelsReport() {
      return analysisReport(sources);
    },
    async modelsOverview() {
      return datasetOverview(sources);
    },
    async modelsReportHtml() {
      return htmlReportDownload(sources);
    },
  };
}
