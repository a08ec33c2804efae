/** Models jobs of the live worker: the active model (handed to the live boxes) and posts scored with it. */
import type { ModelsLiveApi } from '../../api/models.ts';
import { scoreWithBundle } from '../../core/bundle/scoreWithBundle.ts';
import { fail } from '../../core/errors/index.ts';
import { liveModel, type LiveBoxes } from './liveModel.ts';

/** The jobs over this worker's active model, which `boxes` receive part by part. Make them once per worker. */
export function modelsLiveJobs(boxes: LiveBoxes): ModelsLiveApi {
  const model = liveModel(boxes);
  return {
    async liveBundle({ reload }) {
      return model.info(reload === true);
    },

    async scorePostsLive({ posts }) {
      await model.info();
      const loaded = model.loaded();
      if (!loaded)
        return fail(
          'MODEL_NOT_FOUND',
          'No model is active.',
          'Make a model active in the Models view, or train one.',
        );
      return scoreWithBundle(loaded, posts);
    },
  };
}
