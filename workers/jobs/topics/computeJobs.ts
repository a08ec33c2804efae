/** Topics jobs of a pool worker: TF-IDF, the k sweep and the clusters at one k. */
import * as Comlink from 'comlink';
import type { TopicsComputeApi } from '../../api/topics.ts';
import { throttledProgress } from '../shared/progress.ts';
import { fitBuffers, fitTopicDocuments } from './fitTopics.ts';

export const topicsComputeJobs: TopicsComputeApi = {
  async fitTopics(request, onProgress) {
    const r = fitTopicDocuments(request, throttledProgress(onProgress));
    return r.ok ? Comlink.transfer(r, fitBuffers(r.value)) : r;
  },
};
