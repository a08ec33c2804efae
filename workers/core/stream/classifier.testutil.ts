/** Test helper: a word-pattern classifier whose labels are plainly its own, not VADER's. */
import { trainedLinearClassifier } from '../bundle/linearClassifier.testutil.ts';
import { labelledPosts } from '../classify/posts.testutil.ts';

/** A model trained on airline posts with every label turned round: complaints are "positive". */
export function flippedModel() {
  const { texts, y } = labelledPosts(300, 5);
  const flipped = y.map((c) => 2 - c);
  return { ...trainedLinearClassifier(texts, flipped), texts, flipped };
}
