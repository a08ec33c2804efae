/** Stream jobs of the analysis worker: the replay's rows of the active dataset, in time order. */
import * as Comlink from 'comlink';
import type { StreamAnalysisApi } from '../../api/stream.ts';
import { replayPlan, replayRows, replaySeek } from './replayRows.ts';

export const streamAnalysisJobs: StreamAnalysisApi = {
  async streamReplayPlan() {
    return replayPlan();
  },

  async streamReplayRows({ from, limit, fields }) {
    const chunk = await replayRows(from, limit, fields);
    return chunk.ok ? Comlink.transfer(chunk, [chunk.value.times.buffer]) : chunk;
  },

  async streamReplaySeek({ timeMs }) {
    return replaySeek(timeMs);
  },
};
