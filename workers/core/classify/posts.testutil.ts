/**
 * Small labelled posts for the classifier tests, generated from a seed: complaints without a
 * negative word, thanks, and plain questions, each with the class a person would give it.
 */
import { createRng } from '../random/rng.ts';

const NEGATIVE = [
  'on hold for {n} hours and nobody answers',
  'still waiting for my bag in {c}',
  'flight to {c} delayed again, missed my connection',
  'rebooked {n} times and still no seat',
  'the refund never arrived after {n} weeks',
];
const NEUTRAL = [
  'what time does the {c} gate open',
  'can i add a bag to flight {n}',
  'is there wifi on the {c} route',
  'how do i change my seat on flight {n}',
];
const POSITIVE = [
  'thanks for the smooth flight to {c}',
  'crew on flight {n} was lovely, great job',
  'love the new seats, best trip to {c} yet',
  'quick boarding and early arrival, thank you',
];
const CITIES = ['Denver', 'Boston', 'Austin', 'Miami', 'Seattle', 'Dallas'];

/**
 * `n` posts: texts and classes (0 negative, 1 neutral, 2 positive), about half negative. A share
 * `noise` of the labels is drawn at random instead (a person disagreeing with the text).
 */
export function labelledPosts(
  n: number,
  seed: number,
  noise = 0,
): { texts: string[]; y: number[] } {
  const rng = createRng(seed);
  const texts: string[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    const c = u < 0.5 ? 0 : u < 0.75 ? 1 : 2;
    const pool = c === 0 ? NEGATIVE : c === 1 ? NEUTRAL : POSITIVE;
    const t = pool[Math.floor(rng.next() * pool.length)]!.replace(
      '{n}',
      String(2 + Math.floor(rng.next() * 900)),
    ).replace('{c}', CITIES[Math.floor(rng.next() * CITIES.length)]!);
    texts.push(`@airline ${t}`);
    y.push(rng.next() < noise ? Math.floor(rng.next() * 3) : c);
  }
  return { texts, y };
}
