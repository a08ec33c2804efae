/** The language of one typed text (the live box): the detector loads once per worker, on first use. */
import { detectLanguage, type Detector } from '../../core/language/detectLanguage.ts';
import { loadEldDetector } from '../../core/language/eldDetector.ts';

let detector: Promise<Detector> | null = null;

/** ISO 639-1 code of `text`, or `unknown` when it is too short or mixed to tell. */
export async function typedTextLanguage(text: string): Promise<string> {
  detector ??= loadEldDetector();
  return detectLanguage(typeof text === 'string' ? text : '', await detector);
}
