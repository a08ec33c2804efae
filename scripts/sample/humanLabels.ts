/**
 * A human annotator's sentiment label for a post: mostly its true tone as Positive, Negative or
 * Neutral, sometimes a fine-grained emotion instead (Joy, Anger, …, as in Kaggle's social media
 * sentiment datasets), and about one label in ten disagreeing with the tone, as annotators do.
 */
import type { Rng } from '../../workers/core/random/rng.ts';
import { pick } from './randomDraws.ts';
import type { Tone } from './wordBanks.ts';

export type BroadSentiment = 'positive' | 'neutral' | 'negative';

/** Share of labels that disagree with the post's tone (a different broad class). */
export const LABEL_NOISE = 0.1;

const CLASS_NAME: Record<BroadSentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/** Fine-grained emotions per class, and how often annotators used one instead of the class name. */
const EMOTIONS: Record<
  BroadSentiment,
  { readonly share: number; readonly strong: readonly string[]; readonly mild: readonly string[] }
> = {
  positive: {
    share: 0.3,
    strong: ['Excitement', 'Joy', 'Joy'],
    mild: ['Gratitude', 'Happy', 'Joy'],
  },
  negative: {
    share: 0.3,
    strong: ['Anger', 'Anger', 'Disgust'],
    mild: ['Sadness', 'Disappointment', 'Frustration'],
  },
  // "Curiosity" has no VADER valence: the app asks the user what it means.
  neutral: { share: 0.08, strong: ['Curiosity'], mild: ['Curiosity'] },
};

export function broadOf(tone: Tone): BroadSentiment {
  return tone === 'neutral' ? 'neutral' : tone.endsWith('positive') ? 'positive' : 'negative';
}

export interface HumanLabel {
  readonly label: string;
  /** The broad class the annotator meant. */
  readonly meant: BroadSentiment;
  /** False for the noisy labels that disagree with the tone. */
  readonly agrees: boolean;
}

/** One annotator's label for a post of `tone`. */
export function humanLabel(rng: Rng, tone: Tone): HumanLabel {
  const truth = broadOf(tone);
  const noisy = rng.next() < LABEL_NOISE;
  // A disagreeing annotator mostly lands on the neighbouring class (neutral for a mild post).
  const others = (['positive', 'neutral', 'negative'] as const).filter((c) => c !== truth);
  const meant = noisy
    ? truth === 'neutral'
      ? pick(rng, others)
      : rng.next() < 0.75
        ? 'neutral'
        : others.find((c) => c !== 'neutral')!
    : truth;
  const e = EMOTIONS[meant];
  const strong = tone.startsWith('very');
  const label = rng.next() < e.share ? pick(rng, strong ? e.strong : e.mild) : CLASS_NAME[meant];
  return { label, meant, agrees: !noisy };
}
