/**
 * Labelled posts in two made-up languages that share their opinion words with opposite meanings:
 * "zorp" is praise in `aa` and abuse in `bb`, "blick" the other way round, among the same filler
 * words: only the language (given beside the text) tells them apart. A linear model on the text
 * cannot learn "zorp means one thing in aa and the other in bb" (an interaction), so one model for
 * both guesses; a model per language reads them right. A third language `cc` has too few posts
 * for a model of its own.
 */
import { createRng } from '../random/rng.ts';

const FILLER = ['ka', 'lumo', 'teri', 'sava', 'niko', 'dran', 'vesk'];

/** `perLanguage` posts in each of aa and bb, and `few` in cc: texts, classes (0 negative, 2 positive) and languages. */
export function falseFriendPosts(
  perLanguage: number,
  seed: number,
  few = 6,
): { texts: string[]; y: number[]; languages: string[] } {
  const rng = createRng(seed);
  const texts: string[] = [];
  const y: number[] = [];
  const languages: string[] = [];
  for (const [language, n] of [
    ['aa', perLanguage],
    ['bb', perLanguage],
    ['cc', few],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const positive = rng.next() < 0.5;
      // aa: zorp is praise; bb and cc: zorp is abuse
      const word = positive === (language === 'aa') ? 'zorp' : 'blick';
      const words = [word, ...Array.from({ length: 4 }, () => FILLER[rng.int(FILLER.length)]!)];
      // a number keeps texts apart, so no two posts are copies
      texts.push(`${words.join(' ')} n${i}`);
      y.push(positive ? 2 : 0);
      languages.push(language);
    }
  }
  return { texts, y, languages };
}
