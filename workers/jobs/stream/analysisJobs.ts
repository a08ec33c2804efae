/** Stream jobs of the analysis worker: the replay's rows of the active dataset, in time order, and the classifier a live feed's posts are read with. */
import * as Comlink from 'comlink';
import type { StreamAnalysisApi } from '../../api/stream.ts';
import { ok } from '../../core/errors/index.ts';
import { chosenClassifierModel } from '../shared/chosenSentiment.ts';
import { currentDataset } from '../shared/session.ts';
import { replayPlan, replayRows, replaySeek } from './replayRows.ts';

export const streamAnalysisJobs: StreamAnalysisApi = {
  async streamReplayPlan() {
    return replayPlan();
  },

  async streamReplayRows({ from, limit, fields }) {
    const chunk = await replayRows(from, limit, fields);
    if (!chunk.ok) return chunk;
    const { times, sentiment } = chunk.value;
    return Comlink.transfer(chunk, sentiment ? [times.buffer, sentiment.buffer] : [times.buffer]);
  },

  async streamReplaySeek({ timeMs }) {
    return replaySeek(timeMs);
  },

  async streamFeedClassifier() {
    const d = await currentDataset();
    if (!d.ok) return d;
    return ok(d.value ? await chosenClassifierModel(d.value) : null);
  },
};
