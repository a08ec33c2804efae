/** Sentiment jobs of a pool worker: VADER over a chunk of texts, and training the classifier (tfjs, loaded on first use). */
import * as Comlink from 'comlink';
import type { SentimentComputeApi, SentimentTrainProgress } from '../../api/sentiment.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { scoreTexts } from '../../core/sentiment/index.ts';
import { throttle } from '../shared/progress.ts';
import { unpackTexts } from './packedTexts.ts';
import { checkThresholds } from './thresholds.ts';

export const sentimentComputeJobs: SentimentComputeApi = {
  async scoreSentimentChunk(packed) {
    const scores = scoreTexts(unpackTexts(packed), undefined, packed.mode ?? 'social');
    return Comlink.transfer(ok(scores), [scores.buffer]);
  },

  async trainSentimentClassifier({ texts, y, options, thresholds, languages }, onProgress) {
    const th = checkThresholds(thresholds);
    if (!th.ok) return th;
    if (languages && languages.length !== y.length)
      return fail(
        'INVALID_OPTIONS',
        `${languages.length} languages were given for ${y.length} labelled posts.`,
        'Give one language per labelled post.',
      );
    // tfjs is large: only a worker that trains loads it.
    const { useWasmBackend } = await import('../shared/tfjsBackend.ts');
    const backend = await useWasmBackend();
    const { trainSentimentClassifier } = await import('./trainClassifier.ts');
    const report = throttle<SentimentTrainProgress>(onProgress, 100);
    const epochs = options?.epochs ?? 30;
    let history: readonly SentimentTrainProgress['history'][number][] = [];
    const textList = unpackTexts(texts);
    // a model per language: trained beside the one for all languages, the better kept
    const byLanguage = languages
      ? await Promise.all([
          import('./languageWordPatterns.ts'),
          import('../../core/sentiment/byLanguage.ts'),
        ]).then(async ([m, l]) =>
          m.languageTraining(languages, await l.labelsInLanguages(textList, languages, th.value)),
        )
      : null;
    const r = await trainSentimentClassifier(textList, y, options, th.value, {
      ...(byLanguage ? { wordPatterns: byLanguage.wordPatterns } : {}),
      onBatch: (epoch, batch, batches) =>
        report({
          phase: 'Training',
          done: epoch - 1 + batch / batches,
          total: epochs,
          unit: 'epochs',
          message: `epoch ${epoch}, batch ${batch} of ${batches}`,
          history,
        }),
      onLinearStep: (done, total) =>
        report(
          {
            phase: 'Word patterns',
            done,
            total,
            unit: 'fits',
            message: `word-pattern model: fit ${done} of ${total}`,
            history,
          },
          done === total,
        ),
      onNetworkFold: (done, total) =>
        report(
          {
            phase: 'Comparing',
            done,
            total,
            unit: 'fits',
            message: `comparing the two models: network fold ${done} of ${total}`,
            history,
          },
          true,
        ),
      onEpoch: (s, all) => {
        history = all.slice();
        report(
          {
            phase: 'Training',
            done: s.epoch,
            total: epochs,
            unit: 'epochs',
            message: `epoch ${s.epoch} done`,
            history,
          },
          true,
        );
      },
    });
    if (!r.ok) return r;
    const comparison = byLanguage?.comparison(r.value.classifier);
    return ok({ ...r.value, backend, ...(comparison ? { languages: comparison } : {}) });
  },
};
