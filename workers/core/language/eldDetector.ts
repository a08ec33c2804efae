/**
 * The eld detector (Nito-ELD, Apache-2.0; its n-gram model ships inside the npm package), loaded on
 * first use so a worker that never detects a language never downloads it. The "small" database
 * (1.6 MB) was chosen on measured accuracy on short posts; see scripts/multilingual/README.md.
 */
import { detectLanguage, type Detector, type LanguageCode } from './detectLanguage.ts';

let loading: Promise<Detector> | null = null;

/** Load eld once per thread and return a {@link Detector} over it. */
export function loadEldDetector(): Promise<Detector> {
  loading ??= import('eld/small').then(({ eld }) => {
    return (text: string) => {
      const r = eld.detect(text);
      return { language: r.language, scores: r.getScores(), reliable: r.isReliable() };
    };
  });
  return loading;
}

/** Each text's language (ISO 639-1 or `unknown`) by eld; `hints`: a declared language per text (e.g. a language column), or none. */
export async function detectLanguages(
  texts: readonly string[],
  hints?: readonly (string | null | undefined)[] | null,
): Promise<LanguageCode[]> {
  const detector = await loadEldDetector();
  return texts.map((t, i) => detectLanguage(t, detector, hints?.[i]));
}
