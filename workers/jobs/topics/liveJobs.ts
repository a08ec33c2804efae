/** Topics jobs of the live worker: the topic model of the hashtag box, and the nearest topic of typed hashtags. */
import type { TopicsLiveApi } from '../../api/topics.ts';
import { ok } from '../../core/errors/index.ts';
import { typedTextLanguage } from '../shared/textLanguage.ts';
import {
  liveTopic,
  liveTopicModelInfo,
  setLiveTopicGroups,
  setLiveTopicModel,
} from './liveTopics.ts';

export const topicsLiveJobs: TopicsLiveApi = {
  async setTopicModel({ model, info }) {
    return setLiveTopicModel(model, info);
  },
  async setTopicGroups({ groups }) {
    return ok(setLiveTopicGroups(groups));
  },
  async topicModelInfo() {
    return ok(liveTopicModelInfo());
  },
  async topicForHashtags({ text }) {
    return liveTopic(text, await typedTextLanguage(text));
  },
};
