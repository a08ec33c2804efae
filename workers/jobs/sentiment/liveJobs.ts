/** Sentiment jobs of the live worker: typed text read in its language (VADER with token highlights for English), beside the classifier when one is set. */
import type { SentimentClassifier, SentimentLiveApi } from '../../api/sentiment.ts';
import { ok } from '../../core/errors/index.ts';
import { parseSentimentClassifier } from './classifierModel.ts';
import { liveSentiment, textLanguage } from './liveSentiment.ts';
import { checkThresholds } from './thresholds.ts';

let liveClassifier: SentimentClassifier | null = null;

export const sentimentLiveJobs: SentimentLiveApi = {
  async explainSentimentLive({ text, thresholds, maxTokens, mode }) {
    const th = checkThresholds(thresholds);
    if (!th.ok) return th;
    const language = await textLanguage(text);
    return ok(
      liveSentiment(
        text,
        liveClassifier,
        th.value,
        maxTokens,
        mode === 'reference' ? 'reference' : 'social',
        language,
      ),
    );
  },

  async setSentimentClassifier({ classifier }) {
    if (classifier === null) {
      liveClassifier = null;
      return ok({ active: false });
    }
    const parsed = parseSentimentClassifier(classifier);
    if (!parsed.ok) return parsed;
    liveClassifier = parsed.value;
    return ok({ active: true });
  },
};
