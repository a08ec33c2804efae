/**
 * How engagement is generated for the sample, so a model has something real to find.
 *
 *   log μ = −1.6 + 0.5·ln(1 + followers)
 *         + platform[p] + topic[t] + tone[s]
 *         + 0.6·exp(−(hour − 20)² / 8) − 0.3·[1 ≤ hour ≤ 5]         (evening peak, night dip)
 *         + weekday[d]                                               (weekend lift)
 *         − 0.25·((chars − 100) / 80)²                               (mid-length posts do best)
 *         + 0.12·min(emoji, 3) − 0.1·question − 0.15·url + 0.1·caps
 *   v ~ Gamma(1.2, mean 1)                       shared virality of the post
 *   likes    ~ Poisson(μ · v · Gamma(4, mean 1))
 *   shares   ~ Poisson(μ · shareRate[p] · e^(0.35·strong tone + 0.3·url) · v · Gamma(3, mean 1))
 *   comments ~ Poisson(μ · 0.09 · e^(0.7·question + 0.25·negative tone) · v · Gamma(3, mean 1))
 *
 * Positive and strongly negative posts travel further than neutral ones; questions draw comments.
 */
import type { Rng } from '../../workers/core/random/rng.ts';
import { gamma, overdispersedCount } from './randomDraws.ts';
import type { Tone } from './wordBanks.ts';

export interface Platform {
  readonly name: string;
  /** Share of posts. */
  readonly weight: number;
  /** Added to log μ. */
  readonly effect: number;
  /** Shares per like, before tone and links. */
  readonly shareRate: number;
}

export const PLATFORMS: readonly Platform[] = [
  { name: 'X', weight: 0.3, effect: 0, shareRate: 0.25 },
  { name: 'Instagram', weight: 0.22, effect: 0.45, shareRate: 0.04 },
  { name: 'Facebook', weight: 0.16, effect: -0.15, shareRate: 0.2 },
  { name: 'TikTok', weight: 0.16, effect: 0.8, shareRate: 0.12 },
  { name: 'Bluesky', weight: 0.08, effect: -0.45, shareRate: 0.2 },
  { name: 'Threads', weight: 0.08, effect: -0.25, shareRate: 0.1 },
];

/** By topic name (see TOPICS). */
export const TOPIC_EFFECT: Readonly<Record<string, number>> = {
  climate: 0,
  ai: 0.3,
  football: 0.5,
  music: 0.35,
  food: 0.1,
  travel: 0.2,
  fitness: -0.1,
};

export const TONE_EFFECT: Readonly<Record<Tone, number>> = {
  'very-positive': 0.55,
  positive: 0.3,
  neutral: 0,
  negative: 0.05,
  'very-negative': 0.5,
};

/** Monday first. */
export const WEEKDAY_EFFECT = [0, 0.05, 0.05, 0.05, -0.05, 0.15, 0.2];

export interface EngagementDrivers {
  readonly tone: Tone;
  readonly topic: string;
  readonly platform: Platform;
  /** 0–23, UTC. */
  readonly hour: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  readonly followers: number;
  /** Text length in UTF-16 units. */
  readonly chars: number;
  readonly emoji: number;
  readonly question: boolean;
  readonly url: boolean;
  readonly caps: boolean;
}

export interface Engagement {
  readonly likes: number;
  readonly shares: number;
  readonly comments: number;
}

/** log μ of the formula above: the expected likes before the random virality. */
export function logExpectedLikes(d: EngagementDrivers): number {
  return (
    -1.6 +
    0.5 * Math.log1p(d.followers) +
    d.platform.effect +
    (TOPIC_EFFECT[d.topic] ?? 0) +
    TONE_EFFECT[d.tone] +
    0.6 * Math.exp(-((d.hour - 20) ** 2) / 8) -
    (d.hour >= 1 && d.hour <= 5 ? 0.3 : 0) +
    WEEKDAY_EFFECT[d.weekday]! -
    0.25 * ((d.chars - 100) / 80) ** 2 +
    0.12 * Math.min(d.emoji, 3) -
    (d.question ? 0.1 : 0) -
    (d.url ? 0.15 : 0) +
    (d.caps ? 0.1 : 0)
  );
}

/** Likes, shares and comments for one post (see the module comment for the model). */
export function drawEngagement(rng: Rng, d: EngagementDrivers): Engagement {
  const mu = Math.exp(logExpectedLikes(d));
  const virality = gamma(rng, 1.2, 1 / 1.2);
  const strong = d.tone === 'very-positive' || d.tone === 'very-negative' ? 1 : 0;
  const negative = d.tone === 'negative' || d.tone === 'very-negative' ? 1 : 0;
  const likes = overdispersedCount(rng, mu * virality, 4);
  const shares = overdispersedCount(
    rng,
    mu * d.platform.shareRate * Math.exp(0.35 * strong + (d.url ? 0.3 : 0)) * virality,
    3,
  );
  const comments = overdispersedCount(
    rng,
    mu * 0.09 * Math.exp((d.question ? 0.7 : 0) + 0.25 * negative) * virality,
    3,
  );
  return { likes, shares, comments };
}
