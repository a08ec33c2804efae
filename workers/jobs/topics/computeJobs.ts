/** Topics jobs of a pool worker: TF-IDF, the k sweep (whole or a part) and the clusters at one k. */
import * as Comlink from 'comlink';
import type { TopicsComputeApi } from '../../api/topics.ts';
import { throttledProgress } from '../shared/progress.ts';
import { fitBuffers, fitTopicDocuments, sweepTopicDocuments } from './fitTopics.ts';

export const topicsComputeJobs: TopicsComputeApi = {
  async fitTopics(request, onProgress) {
    const r = fitTopicDocuments(request, throttledProgress(onProgress));
    return r.ok ? Comlink.transfer(r, fitBuffers(r.value)) : r;
  },
  async sweepTopics(request, onProgress) {
    const r = sweepTopicDocuments(request, throttledProgress(onProgress));
    return r.ok
      ? Comlink.transfer(
          r,
          r.value.centroids.map((c) => c.buffer as ArrayBuffer),
        )
      : r;
  },
};
