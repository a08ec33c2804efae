/** Test helper: a word-pattern classifier whose labels are plainly its own, not VADER's. */
import { encodeLinearClassifier } from '../bundle/linearClassifier.ts';
import { DEFAULT_NGRAMS, ngramCounts } from '../classify/ngramCounts.ts';
import { labelledPosts } from '../classify/posts.testutil.ts';
import { trainLinearSentiment } from '../classify/sentimentLinear.ts';

const TRAINING = {
  trainedAt: 0,
  trainRows: 300,
  heldOutRows: 0,
  seed: 1,
  folds: 0,
  heldOutAccuracy: 1,
  heldOutMacroF1: 1,
};

/** A model trained on airline posts with every label turned round: complaints are "positive". */
export function flippedModel() {
  const { texts, y } = labelledPosts(300, 5);
  const flipped = y.map((c) => 2 - c);
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const rows = texts.map((_, i) => i);
  const m = trainLinearSentiment(counts, rows, flipped, { seed: 1 }, DEFAULT_NGRAMS);
  if (!m.ok) throw new Error(m.error.message);
  return { model: m.value, json: encodeLinearClassifier(m.value, TRAINING), texts, flipped };
}
