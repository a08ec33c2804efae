/**
 * loadBundle for a caller that can wait: when the bundle's sentiment classifier has a model per
 * language, the language detector (eld, loaded once per thread) is loaded first, so each post is
 * read by the model of its language. Other bundles load as they always did, without eld.
 */
import type { Result } from '../errors/index.ts';
import { loadEldDetector } from '../language/eldDetector.ts';
import { bundleNeedsLanguages, loadBundle, type LoadedBundle } from './loadBundle.ts';

export async function loadBundleWithLanguages(value: unknown): Promise<Result<LoadedBundle>> {
  return bundleNeedsLanguages(value)
    ? loadBundle(value, { detector: await loadEldDetector() })
    : loadBundle(value);
}
