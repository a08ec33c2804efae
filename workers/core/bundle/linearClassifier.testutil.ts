/** Test helper: a word-pattern classifier trained on `texts`, and its JSON as bundles keep it. */
import { DEFAULT_NGRAMS, ngramCounts } from '../classify/ngramCounts.ts';
import { trainLinearSentiment } from '../classify/sentimentLinear.ts';
import { encodeLinearClassifier } from './linearClassifier.ts';

export function trainedLinearClassifier(texts: readonly string[], y: readonly number[]) {
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const rows = texts.map((_, i) => i);
  const m = trainLinearSentiment(counts, rows, y, { seed: 1 }, DEFAULT_NGRAMS);
  if (!m.ok) throw new Error(m.error.message);
  const json = encodeLinearClassifier(m.value, {
    trainedAt: 0,
    trainRows: texts.length,
    heldOutRows: 0,
    seed: 1,
    folds: m.value.selection?.folds ?? 0,
    heldOutAccuracy: 1,
    heldOutMacroF1: 1,
  });
  return { model: m.value, json };
}
